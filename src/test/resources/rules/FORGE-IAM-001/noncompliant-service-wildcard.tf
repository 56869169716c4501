# path: terraform-aws/modules/function/iam.tf
resource "aws_iam_role_policy" "this" {
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect = "Allow"
      Action = [
        "s3:*", # expect: 9
      ]
      Resource = [var.bucket_arn]
    }]
  })
}
