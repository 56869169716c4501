output "table_name" {
  description = "Name of the table."
  value       = aws_dynamodb_table.this.name
}

output "table_arn" {
  description = "ARN of the table."
  value       = aws_dynamodb_table.this.arn
}

output "table_index_arns" {
  description = "ARNs of the global secondary indexes, by index name."
  value       = { for i in var.global_secondary_indexes : i.name => "${aws_dynamodb_table.this.arn}/index/${i.name}" }
}

output "table_stream_arn" {
  description = "ARN of the table's stream (null without one)."
  value       = aws_dynamodb_table.this.stream_arn
}

output "table_kms_key_arn" {
  description = "ARN of the customer-managed key (null unless encryption is customer-kms)."
  value       = one(aws_kms_key.this[*].arn)
}
