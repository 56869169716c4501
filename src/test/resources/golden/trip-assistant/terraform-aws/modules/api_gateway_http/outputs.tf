output "domain_target" {
  description = "Domain name a DNS alias (or CNAME) record of domain_name points at (null without one)."
  value       = one(aws_apigatewayv2_domain_name.this[*].domain_name_configuration[0].target_domain_name)
}

output "domain_zone_id" {
  description = "Hosted zone ID of domain_target, for a Route 53 alias record (null without one)."
  value       = one(aws_apigatewayv2_domain_name.this[*].domain_name_configuration[0].hosted_zone_id)
}

output "api_id" {
  description = "ID of the API."
  value       = aws_apigatewayv2_api.this.id
}

output "api_endpoint" {
  description = "Base URL of the API."
  value       = aws_apigatewayv2_stage.this.invoke_url
}

output "base_url" {
  description = "Base URL of the API's default stage, from the API itself (no dependency on the integrations, so a function behind the API may read it)."
  value       = aws_apigatewayv2_api.this.api_endpoint
}

output "api_execution_arn" {
  description = "Execution ARN of the API."
  value       = aws_apigatewayv2_api.this.execution_arn
}
