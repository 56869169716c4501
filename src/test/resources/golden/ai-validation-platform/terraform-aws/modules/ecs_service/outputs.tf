output "service_name" {
  description = "Name of the ECS service."
  value       = local.service.name
}

output "task_definition_arn" {
  description = "ARN of the task definition (with its revision)."
  value       = aws_ecs_task_definition.this.arn
}

output "task_role_arn" {
  description = "ARN of the task role."
  value       = aws_iam_role.task.arn
}

output "task_role_name" {
  description = "Name of the task role."
  value       = aws_iam_role.task.name
}

output "execution_role_arn" {
  description = "ARN of the execution role."
  value       = aws_iam_role.execution.arn
}

output "log_group_name" {
  description = "Name of the log group."
  value       = aws_cloudwatch_log_group.this.name
}

output "blue_green_role_arn" {
  description = "Infrastructure role ECS moves a blue-green service's traffic as (null for rolling)."
  value       = one(aws_iam_role.blue_green[*].arn)
}
