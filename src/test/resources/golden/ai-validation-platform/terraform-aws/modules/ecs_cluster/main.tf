resource "aws_ecs_cluster" "this" {
  name = var.name
  # Container Insights: the metrics the alarms and the dashboard read (FORGE monitoring).
  setting {
    name  = "containerInsights"
    value = var.container_insights
  }

  tags = var.tags
}

resource "aws_ecs_cluster_capacity_providers" "this" {
  cluster_name       = aws_ecs_cluster.this.name
  capacity_providers = ["FARGATE"]

  default_capacity_provider_strategy {
    capacity_provider = "FARGATE"
    weight            = 1
    base              = 0
  }
}

resource "aws_service_discovery_private_dns_namespace" "this" {
  count = var.discovery_namespace == null ? 0 : 1

  # Resolvable only inside the VPC: services find each other by name, nothing outside sees them.
  name        = var.discovery_namespace
  description = "Services of ${var.name} by name (ECS registers their tasks)."
  vpc         = var.vpc_id
  tags        = var.tags
}
