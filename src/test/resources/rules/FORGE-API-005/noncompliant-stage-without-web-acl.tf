# path: terraform-aws/modules/api_gateway_rest/main.tf
resource "aws_api_gateway_rest_api" "this" {
  name = var.name
}

resource "aws_api_gateway_stage" "this" { # expect: 1
  rest_api_id   = aws_api_gateway_rest_api.this.id
  deployment_id = aws_api_gateway_deployment.this.id
  stage_name    = var.stage_name
}
