output "api_id" {
  description = "ID of the API."
  value       = aws_api_gateway_rest_api.this.id
}

output "api_name" {
  description = "Name of the API."
  value       = aws_api_gateway_rest_api.this.name
}

output "api_endpoint" {
  description = "Invoke URL of the stage."
  value       = aws_api_gateway_stage.this.invoke_url
}

output "api_execution_arn" {
  description = "Execution ARN of the API."
  value       = aws_api_gateway_rest_api.this.execution_arn
}
