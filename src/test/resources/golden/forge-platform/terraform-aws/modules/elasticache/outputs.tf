output "primary_endpoint_address" {
  description = "Host name of the primary (reads and writes; TLS)."
  value       = aws_elasticache_replication_group.this.primary_endpoint_address
}

output "reader_endpoint_address" {
  description = "Host name spreading reads over the replicas (TLS)."
  value       = aws_elasticache_replication_group.this.reader_endpoint_address
}

output "port" {
  description = "Port of the cache."
  value       = aws_elasticache_replication_group.this.port
}

output "replication_group_id" {
  description = "ID of the replication group."
  value       = aws_elasticache_replication_group.this.id
}

output "replication_group_arn" {
  description = "ARN of the replication group (elasticache:Connect names it)."
  value       = aws_elasticache_replication_group.this.arn
}

output "user_name" {
  description = "User name clients authenticate as, with an IAM token (user ID = user name)."
  value       = aws_elasticache_user.app.user_name
}

output "user_arn" {
  description = "ARN of that user (elasticache:Connect names it too)."
  value       = aws_elasticache_user.app.arn
}

output "auth_token_secret_arn" {
  description = "ARN of a secret holding an auth token: always null, clients authenticate with IAM (no token exists)."
  value       = null
}

output "kms_key_arn" {
  description = "ARN of the key encrypting the data at rest."
  value       = aws_kms_key.this.arn
}
