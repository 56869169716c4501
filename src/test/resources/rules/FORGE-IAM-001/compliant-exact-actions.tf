# path: terraform-aws/modules/function/iam.tf
resource "aws_iam_role_policy" "this" {
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["dynamodb:GetItem", "dynamodb:Query"]
      Resource = [var.table_arn, "${var.table_arn}/index/*"]
    }]
  })
}
