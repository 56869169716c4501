# path: terraform-aws/modules/function/main.tf
resource "aws_lambda_function" "this" {
  function_name = var.name
  environment {
    variables = {
      AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE" # expect: 1
    }
  }
}
