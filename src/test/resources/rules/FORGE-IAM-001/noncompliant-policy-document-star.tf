# path: terraform-aws/modules/function/iam.tf
data "aws_iam_policy_document" "this" {
  statement {
    actions   = ["*"] # expect: 18
    resources = [var.bucket_arn]
  }
}
