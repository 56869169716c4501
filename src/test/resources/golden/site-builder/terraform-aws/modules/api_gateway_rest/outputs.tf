output "web_acl_arn" {
  description = "ARN of the web ACL in front of the stage (null without one)."
  value       = one(aws_wafv2_web_acl.this[*].arn)
}

output "domain_target" {
  description = "Domain name a DNS alias (or CNAME) record of domain_name points at (null without one)."
  value       = one(aws_api_gateway_domain_name.this[*].regional_domain_name)
}

output "domain_zone_id" {
  description = "Hosted zone ID of domain_target, for a Route 53 alias record (null without one)."
  value       = one(aws_api_gateway_domain_name.this[*].regional_zone_id)
}

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

output "base_url" {
  description = "Base URL of the stage, built from the API's ID and the stage name (no dependency on the integrations)."
  value       = "https://${aws_api_gateway_rest_api.this.id}.execute-api.${data.aws_region.current.region}.amazonaws.com/${var.stage_name}"
}

output "api_execution_arn" {
  description = "Execution ARN of the API."
  value       = aws_api_gateway_rest_api.this.execution_arn
}
