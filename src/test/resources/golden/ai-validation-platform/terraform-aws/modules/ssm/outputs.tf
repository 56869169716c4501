output "parameter_names" {
  description = "Parameter names by key."
  value       = { for k, p in merge(aws_ssm_parameter.this, aws_ssm_parameter.unset, aws_ssm_parameter.secure) : k => p.name }
}

output "parameter_arns" {
  description = "Parameter ARNs by key."
  value       = { for k, p in merge(aws_ssm_parameter.this, aws_ssm_parameter.unset, aws_ssm_parameter.secure) : k => p.arn }
}
