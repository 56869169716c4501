output "topic_name" {
  description = "Name of the topic."
  value       = aws_sns_topic.this.name
}

output "topic_arn" {
  description = "ARN of the topic."
  value       = aws_sns_topic.this.arn
}

output "topic_kms_key_arn" {
  description = "ARN of the customer-managed key (null unless encryption is customer-kms)."
  value       = one(aws_kms_key.this[*].arn)
}
