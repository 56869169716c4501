# path: terraform-aws/modules/function/main.tf
resource "aws_lambda_function" "this" {
  function_name = var.name
  environment {
    variables = {
      OPENAI_API_KEY_SECRET_ARN = var.openai_secret_arn
    }
  }
}
