output "queue_name" {
  description = "Name of the queue."
  value       = aws_sqs_queue.this.name
}

output "queue_url" {
  description = "URL of the queue."
  value       = aws_sqs_queue.this.url
}

output "queue_arn" {
  description = "ARN of the queue."
  value       = aws_sqs_queue.this.arn
}

output "queue_dead_letter_name" {
  description = "Name of the dead-letter queue."
  value       = aws_sqs_queue.dead_letter.name
}

output "queue_dead_letter_arn" {
  description = "ARN of the dead-letter queue."
  value       = aws_sqs_queue.dead_letter.arn
}

output "queue_kms_key_arn" {
  description = "ARN of the customer-managed key (null unless encryption is customer-kms)."
  value       = one(aws_kms_key.this[*].arn)
}
