output "cluster_name" {
  description = "Name of the cluster."
  value       = aws_ecs_cluster.this.name
}

output "cluster_arn" {
  description = "ARN of the cluster."
  value       = aws_ecs_cluster.this.arn
}

output "discovery_namespace_id" {
  description = "ID of the private DNS namespace (null without one)."
  value       = one(aws_service_discovery_private_dns_namespace.this[*].id)
}
