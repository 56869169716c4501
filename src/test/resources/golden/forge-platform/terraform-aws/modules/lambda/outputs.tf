output "function_name" {
  description = "Name of the function."
  value       = aws_lambda_function.this.function_name
}

output "function_arn" {
  description = "ARN of the function (unqualified)."
  value       = aws_lambda_function.this.arn
}

output "alias_name" {
  description = "Name of the alias that serves traffic."
  value       = aws_lambda_alias.live.name
}

output "alias_arn" {
  description = "ARN of the alias live (grant invoke on this)."
  value       = aws_lambda_alias.live.arn
}

output "alias_invoke_arn" {
  description = "Invoke ARN of the alias live (for API Gateway integrations)."
  value       = aws_lambda_alias.live.invoke_arn
}

output "log_group_name" {
  description = "Name of the function's log group."
  value       = aws_cloudwatch_log_group.this.name
}

output "log_group_arn" {
  description = "ARN of the function's log group."
  value       = aws_cloudwatch_log_group.this.arn
}

output "dead_letter_queue_arn" {
  description = "ARN of the dead-letter queue (null without one)."
  value       = one(aws_sqs_queue.dead_letter[*].arn)
}

output "dead_letter_queue_name" {
  description = "Name of the dead-letter queue (null without one)."
  value       = one(aws_sqs_queue.dead_letter[*].name)
}
