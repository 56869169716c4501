resource "aws_iam_role" "fn" {
  name = "fn"
}
