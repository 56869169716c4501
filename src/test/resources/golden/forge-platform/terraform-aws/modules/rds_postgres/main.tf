resource "aws_kms_key" "this" {
  description             = "RDS PostgreSQL ${var.identifier}: storage, Performance Insights and master credentials"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  tags                    = var.tags
}

resource "aws_kms_alias" "this" {
  name          = "alias/rds/${var.identifier}"
  target_key_id = aws_kms_key.this.key_id
}

resource "aws_db_subnet_group" "this" {
  name        = var.identifier
  description = "Isolated data subnets of ${var.identifier}"
  subnet_ids  = var.subnet_ids
  tags        = var.tags
}

locals {
  family = "postgres${split(".", var.engine_version)[0]}"
}

resource "aws_db_parameter_group" "this" {
  name        = var.identifier
  family      = local.family
  description = "TLS only and logging for ${var.identifier}"
  tags        = var.tags
  # Connections without TLS are refused (FORGE-RDS-005: databases accept TLS only; checkov CKV2_AWS_69).
  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }

  parameter {
    name  = "log_connections"
    value = "1"
  }

  parameter {
    name  = "log_disconnections"
    value = "1"
  }

  parameter {
    name  = "log_lock_waits"
    value = "1"
  }

  parameter {
    name  = "log_statement"
    value = "ddl"
  }

  parameter {
    name  = "log_min_duration_statement"
    value = tostring(var.log_min_duration_statement_ms)
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_cloudwatch_log_group" "this" {
  for_each = toset(["postgresql", "upgrade"])

  # Created before the instance, so RDS does not create them with no retention (FORGE rule: log retention).
  name              = "/aws/rds/instance/${var.identifier}/${each.key}"
  retention_in_days = var.log_retention_in_days
  tags              = var.tags
}

resource "aws_iam_role" "monitoring" {
  # IAM role names have 64 characters: the identifier (up to 63) is cut to 45.
  name        = "${substr(var.identifier, 0, 45)}-rds-monitoring"
  description = "Enhanced monitoring of ${var.identifier}"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "TrustRdsMonitoring"
        Effect = "Allow"
        Principal = {
          Service = "monitoring.rds.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = var.tags
}

data "aws_partition" "current" {}

resource "aws_iam_role_policy_attachment" "monitoring" {
  # AWS's policy for the enhanced-monitoring agent: writes to the RDSOSMetrics log group only.
  role       = aws_iam_role.monitoring.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"
}

resource "aws_db_instance" "this" {
  identifier                 = var.identifier
  engine                     = "postgres"
  engine_version             = var.engine_version
  auto_minor_version_upgrade = true
  instance_class             = var.instance_class
  db_name                    = var.database_name
  username                   = var.master_username
  port                       = 5432

  # RDS generates the master password and keeps (and rotates) it in Secrets Manager: it is in no
  # variable, file or Terraform state (FORGE-RDS-006).
  manage_master_user_password         = true
  master_user_secret_kms_key_id       = aws_kms_key.this.arn
  iam_database_authentication_enabled = var.iam_database_authentication

  allocated_storage     = var.allocated_storage
  max_allocated_storage = var.max_allocated_storage
  storage_type          = "gp3"
  # Encrypted at rest with the instance's own key (FORGE-RDS-001).
  storage_encrypted = true
  kms_key_id        = aws_kms_key.this.arn

  db_subnet_group_name   = aws_db_subnet_group.this.name
  vpc_security_group_ids = var.security_group_ids
  # Never reachable from the internet: isolated subnets, no public address.
  publicly_accessible  = false
  parameter_group_name = aws_db_parameter_group.this.name
  ca_cert_identifier   = "rds-ca-rsa2048-g1"

  # A standby in another zone (FORGE-RDS-002), backups (FORGE-RDS-003), deletion protection (FORGE-RDS-004).
  multi_az                  = var.multi_az
  backup_retention_period   = var.backup_retention_period
  copy_tags_to_snapshot     = true
  delete_automated_backups  = !var.deletion_protection
  deletion_protection       = var.deletion_protection
  skip_final_snapshot       = !var.final_snapshot
  final_snapshot_identifier = var.final_snapshot ? "${var.identifier}-final" : null

  performance_insights_enabled          = var.performance_insights
  performance_insights_kms_key_id       = var.performance_insights ? aws_kms_key.this.arn : null
  performance_insights_retention_period = var.performance_insights ? 7 : null
  monitoring_interval                   = var.monitoring_interval
  monitoring_role_arn                   = var.monitoring_interval > 0 ? aws_iam_role.monitoring.arn : null
  enabled_cloudwatch_logs_exports       = ["postgresql", "upgrade"]
  tags                                  = var.tags
  depends_on                            = [aws_cloudwatch_log_group.this, aws_iam_role_policy_attachment.monitoring]
}
