output "address" {
  description = "Host name of the instance."
  value       = aws_db_instance.this.address
}

output "port" {
  description = "Port of the instance."
  value       = aws_db_instance.this.port
}

output "database_name" {
  description = "Name of the database."
  value       = aws_db_instance.this.db_name
}

output "instance_identifier" {
  description = "Identifier of the instance."
  value       = aws_db_instance.this.identifier
}

output "instance_arn" {
  description = "ARN of the instance."
  value       = aws_db_instance.this.arn
}

output "resource_id" {
  description = "Resource ID of the instance (the rds-db:connect ARN names it)."
  value       = aws_db_instance.this.resource_id
}

output "master_user_secret_arn" {
  description = "ARN of the RDS-managed secret holding the master credentials (JSON keys username and password), encrypted with kms_key_arn."
  value       = aws_db_instance.this.master_user_secret[0].secret_arn
}

output "kms_key_arn" {
  description = "ARN of the key encrypting storage, Performance Insights and the credentials secret."
  value       = aws_kms_key.this.arn
}
