output "load_balancer_arn" {
  description = "ARN of the load balancer."
  value       = aws_lb.this.arn
}

output "load_balancer_arn_suffix" {
  description = "ARN suffix (CloudWatch dimension LoadBalancer)."
  value       = aws_lb.this.arn_suffix
}

output "dns_name" {
  description = "DNS name of the load balancer."
  value       = aws_lb.this.dns_name
}

output "zone_id" {
  description = "Hosted zone of the load balancer's DNS name (Route 53 alias records)."
  value       = aws_lb.this.zone_id
}

output "https_listener_arn" {
  description = "ARN of the HTTPS listener."
  value       = aws_lb_listener.https.arn
}

output "base_url" {
  description = "https:// and the domain (or the load balancer's DNS name)."
  value       = "https://${coalesce(var.domain_name, aws_lb.this.dns_name)}"
}

output "target_group_arns" {
  description = "Target group ARNs by service."
  value       = { for k, t in aws_lb_target_group.this : k => t.arn }
}

output "target_group_arn_suffixes" {
  description = "Target group ARN suffixes by service (CloudWatch dimension TargetGroup)."
  value       = { for k, t in aws_lb_target_group.this : k => t.arn_suffix }
}

output "target_group_names" {
  description = "Target group names by service (blue)."
  value       = { for k, t in aws_lb_target_group.this : k => t.name }
}

output "green_target_group_arns" {
  description = "Green target group ARNs by blue-green service."
  value       = { for k, t in aws_lb_target_group.green : k => t.arn }
}

output "production_listener_rule_arns" {
  description = "The listener rule ECS moves, by blue-green service."
  value       = { for r in var.rules : r.service => aws_lb_listener_rule.blue_green[tostring(r.priority)].arn if r.blue_green }
}

output "access_log_bucket" {
  description = "Bucket of the access logs (null without)."
  value       = one(aws_s3_bucket.logs[*].id)
}
