output "role_arn" {
  description = "ARN of the deploy role (the workflow's role-to-assume)."
  value       = aws_iam_role.this.arn
}

output "role_name" {
  description = "Name of the deploy role."
  value       = aws_iam_role.this.name
}

output "cost_report_role_arn" {
  description = "ARN of the cost report role (null unless cost_report)."
  value       = one(aws_iam_role.cost_report[*].arn)
}

output "provider_arn" {
  description = "ARN of GitHub's OIDC provider in the account."
  value       = local.provider_arn
}
