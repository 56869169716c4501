locals {
  family = "${var.engine}${tonumber(split(".", var.engine_version)[0])}"
}

resource "aws_kms_key" "this" {
  description             = "ElastiCache ${var.replication_group_id}: data at rest and snapshots"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  tags                    = var.tags
}

resource "aws_elasticache_subnet_group" "this" {
  name        = var.replication_group_id
  description = "Isolated data subnets of ${var.replication_group_id}"
  subnet_ids  = var.subnet_ids
  tags        = var.tags
}

resource "aws_elasticache_parameter_group" "this" {
  name        = var.replication_group_id
  family      = local.family
  description = "Parameters of ${var.replication_group_id}"
  tags        = var.tags

  parameter {
    name  = "maxmemory-policy"
    value = var.maxmemory_policy
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_elasticache_user" "default" {
  # Every user group must hold a user named `default`: this one is switched off, so no connection
  # is ever accepted without an IAM token.
  user_id       = "${var.replication_group_id}-default"
  user_name     = "default"
  engine        = var.engine
  access_string = "off -@all"

  authentication_mode {
    type = "no-password-required"
  }

  tags = var.tags
}

resource "aws_elasticache_user" "app" {
  # Clients sign an IAM token for this user (elasticache:Connect): no password exists, and an
  # auth_token would be kept in state (FORGE-EC-004).
  user_id       = "${var.replication_group_id}-app"
  user_name     = "${var.replication_group_id}-app"
  engine        = var.engine
  access_string = var.access_string

  authentication_mode {
    type = "iam"
  }

  tags = var.tags
}

resource "aws_elasticache_user_group" "this" {
  user_group_id = var.replication_group_id
  engine        = var.engine
  user_ids      = [aws_elasticache_user.default.user_id, aws_elasticache_user.app.user_id]
  tags          = var.tags
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = var.replication_group_id
  description                = var.description
  engine                     = var.engine
  engine_version             = var.engine_version
  auto_minor_version_upgrade = true
  node_type                  = var.node_type
  num_cache_clusters         = var.num_cache_clusters
  port                       = 6379
  parameter_group_name       = aws_elasticache_parameter_group.this.name
  subnet_group_name          = aws_elasticache_subnet_group.this.name
  security_group_ids         = var.security_group_ids

  # Encrypted at rest with the group's own key and in transit, TLS required (FORGE-EC-001).
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.this.arn
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  # Only the user group's IAM user may connect (FORGE-EC-004).
  user_group_ids = [aws_elasticache_user_group.this.user_group_id]

  # Failover to a replica in another zone (FORGE-EC-002), daily snapshots (FORGE-EC-003).
  automatic_failover_enabled = var.multi_az
  multi_az_enabled           = var.multi_az
  snapshot_retention_limit   = var.snapshot_retention_limit
  final_snapshot_identifier  = var.final_snapshot ? "${var.replication_group_id}-final" : null
  apply_immediately          = false
  tags                       = var.tags
}
