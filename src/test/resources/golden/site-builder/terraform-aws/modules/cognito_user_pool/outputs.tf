output "user_pool_id" {
  description = "ID of the user pool."
  value       = aws_cognito_user_pool.this.id
}

output "user_pool_arn" {
  description = "ARN of the user pool (what a REST API's Cognito authorizer trusts)."
  value       = aws_cognito_user_pool.this.arn
}

output "client_id" {
  description = "ID of the app client (the audience of its tokens)."
  value       = aws_cognito_user_pool_client.this.id
}

output "issuer_url" {
  description = "Issuer of the pool's tokens (what a JWT authorizer trusts)."
  value       = "https://${aws_cognito_user_pool.this.endpoint}"
}

output "sign_in_domain" {
  description = "Hosted sign-in domain."
  value       = "${var.domain_prefix}.auth.${data.aws_region.current.region}.amazoncognito.com"
}
