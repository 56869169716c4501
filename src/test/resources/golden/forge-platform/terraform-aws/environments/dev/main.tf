data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

data "aws_region" "current" {}

module "network" {
  source = "../../modules/network"

  name                       = "forge-platform-network-dev"
  cidr                       = "10.20.0.0/16"
  zones                      = 2
  nat_gateways               = "single"
  interface_endpoints        = ["bedrock-runtime", "ecr.api", "ecr.dkr", "logs", "secretsmanager", "sqs"]
  flow_log_retention_in_days = 30

  security_groups = {
    "api:web" = {
      name        = "forge-platform-web-dev-api"
      description = "Load balancer web"
    }
    "cache:sessions" = {
      name        = "forge-platform-sessions-dev-cache"
      description = "Cache sessions"
    }
    "database:platform" = {
      name        = "forge-platform-platform-dev-database"
      description = "Database platform"
    }
    "function:convergence-worker" = {
      name        = "forge-platform-convergence-worker-dev-function"
      description = "Function convergence-worker in the VPC"
    }
    "function:parser" = {
      name        = "forge-platform-parser-dev-function"
      description = "Function parser in the VPC"
    }
    "service:api" = {
      name        = "forge-platform-api-dev-service"
      description = "Service api tasks"
    }
    "service:ui" = {
      name        = "forge-platform-ui-dev-service"
      description = "Service ui tasks"
    }
  }
  connections = {
    "api:web->service:api:3000" = {
      from        = "api:web"
      to          = "service:api"
      port        = 3000
      description = "api web routes to service:api"
    }
    "api:web->service:ui:8080" = {
      from        = "api:web"
      to          = "service:ui"
      port        = 8080
      description = "api web routes to service:ui"
    }
    "function:convergence-worker->database:platform:5432" = {
      from        = "function:convergence-worker"
      to          = "database:platform"
      port        = 5432
      description = "function:convergence-worker uses database:platform"
    }
    "service:api->cache:sessions:6379" = {
      from        = "service:api"
      to          = "cache:sessions"
      port        = 6379
      description = "service:api uses cache:sessions"
    }
    "service:api->database:platform:5432" = {
      from        = "service:api"
      to          = "database:platform"
      port        = 5432
      description = "service:api uses database:platform"
    }
    "service:ui->service:api:3000" = {
      from        = "service:ui"
      to          = "service:api"
      port        = 3000
      description = "service:ui uses service:api"
    }
  }
  internet_ingress = {
    "api:web/443" = {
      security_group = "api:web"
      port           = 443
      description    = "HTTPS from the internet"
    }
    "api:web/80" = {
      security_group = "api:web"
      port           = 80
      description    = "HTTP from the internet, redirected to HTTPS"
    }
  }
  https_egress = ["service:api", "service:ui", "function:convergence-worker", "function:parser"]
}

module "role_convergence_worker" {
  source = "../../modules/iam"

  name        = "forge-platform-convergence-worker-dev"
  description = "Execution role of function convergence-worker"
  statements = [
    {
      sid     = "WriteOwnLogs"
      actions = ["logs:CreateLogStream", "logs:PutLogEvents"]
      resources = [
        module.function_convergence_worker.log_group_arn,
        "${module.function_convergence_worker.log_group_arn}:log-stream:*",
      ]
    },
    {
      sid       = "WriteTraces"
      actions   = ["xray:PutTelemetryRecords", "xray:PutTraceSegments"]
      resources = ["*"]
    },
    {
      sid       = "SendToOwnDeadLetterQueue"
      actions   = ["sqs:SendMessage"]
      resources = [module.function_convergence_worker.dead_letter_queue_arn]
    },
    {
      sid       = "DescribeNetwork"
      actions   = ["ec2:DescribeNetworkInterfaces", "ec2:DescribeSubnets"]
      resources = ["*"]
    },
    {
      sid = "ManageNetworkInterfaces"
      actions = [
        "ec2:AssignPrivateIpAddresses",
        "ec2:CreateNetworkInterface",
        "ec2:DeleteNetworkInterface",
        "ec2:UnassignPrivateIpAddresses",
      ]
      resources = [
        "arn:${data.aws_partition.current.partition}:ec2:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:network-interface/*",
        "arn:${data.aws_partition.current.partition}:ec2:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:security-group/${module.network.security_group_ids["function:convergence-worker"]}",
      ]
    },
    {
      sid = "UsePrivateSubnets"
      actions = [
        "ec2:AssignPrivateIpAddresses",
        "ec2:CreateNetworkInterface",
        "ec2:DeleteNetworkInterface",
        "ec2:UnassignPrivateIpAddresses",
      ]
      resources = [for id in module.network.private_subnet_ids : "arn:${data.aws_partition.current.partition}:ec2:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:subnet/${id}"]
    },
    {
      sid       = "ListBucketArtifacts"
      actions   = ["s3:ListBucket"]
      resources = [module.bucket_artifacts.bucket_arn]
    },
    {
      sid       = "ReadObjectsArtifacts"
      actions   = ["s3:GetObject", "s3:GetObjectVersion"]
      resources = ["${module.bucket_artifacts.bucket_arn}/*"]
    },
    {
      sid       = "WriteObjectsArtifacts"
      actions   = ["s3:AbortMultipartUpload", "s3:PutObject"]
      resources = ["${module.bucket_artifacts.bucket_arn}/*"]
    },
    {
      sid       = "ConsumeConvergenceJobs"
      actions   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ReceiveMessage"]
      resources = [module.queue_convergence_jobs.queue_arn]
    },
    {
      sid       = "PublishTopicRunEvents"
      actions   = ["sns:Publish"]
      resources = [module.topic_run_events.topic_arn]
    },
    {
      sid       = "ReadDatabaseCredentialsPlatform"
      actions   = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]
      resources = [module.database_platform.master_user_secret_arn]
    },
    {
      sid     = "InvokeModelClaudeHaiku"
      actions = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
      resources = [
        "arn:${data.aws_partition.current.partition}:bedrock:${data.aws_region.current.region}::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0",
      ]
    },
    {
      sid     = "InvokeModelClaudeOpus"
      actions = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
      resources = [
        "arn:${data.aws_partition.current.partition}:bedrock:${data.aws_region.current.region}::foundation-model/anthropic.claude-3-opus-20240229-v1:0",
      ]
    },
    {
      sid     = "InvokeModelClaudeSonnet"
      actions = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
      resources = [
        "arn:${data.aws_partition.current.partition}:bedrock:${data.aws_region.current.region}::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0",
      ]
    },
  ]
  conditional_statements = [
    {
      sid       = "UseKeyDatabaseCredentialsPlatform"
      actions   = ["kms:Decrypt"]
      resources = [module.database_platform.kms_key_arn]
      condition = {
        StringEquals = {
          "kms:ViaService" = ["secretsmanager.us-east-1.amazonaws.com"]
        }
      }
    },
  ]
}

module "function_convergence_worker" {
  source = "../../modules/lambda"

  function_name            = "forge-platform-convergence-worker-dev"
  description              = "FORGE convergence engine; iterates answers with Claude until they converge."
  role_arn                 = module.role_convergence_worker.role_arn
  runtime                  = "nodejs22.x"
  handler                  = "index.handler"
  source_dir               = "${var.source_root}/packages/infrastructure/lambda/forge-worker"
  architecture             = "arm64"
  memory_size              = 1024
  timeout                  = 300
  tracing                  = true
  create_dead_letter_queue = true
  log_retention_in_days    = 30
  subnet_ids               = module.network.private_subnet_ids
  security_group_ids       = [module.network.security_group_ids["function:convergence-worker"]]
  environment_variables = {
    ARTIFACTS_BUCKET_NAME        = module.bucket_artifacts.bucket_name
    CLAUDE_HAIKU_MODEL_ID        = "anthropic.claude-3-5-haiku-20241022-v1:0"
    CLAUDE_OPUS_MODEL_ID         = "anthropic.claude-3-opus-20240229-v1:0"
    CLAUDE_SONNET_MODEL_ID       = "anthropic.claude-3-5-sonnet-20241022-v2:0"
    ENVIRONMENT                  = var.environment
    PLATFORM_DATABASE_HOST       = module.database_platform.address
    PLATFORM_DATABASE_NAME       = module.database_platform.database_name
    PLATFORM_DATABASE_PORT       = module.database_platform.port
    PLATFORM_DATABASE_SECRET_ARN = module.database_platform.master_user_secret_arn
    RUN_EVENTS_TOPIC_ARN         = module.topic_run_events.topic_arn
  }
}

module "role_parser" {
  source = "../../modules/iam"

  name        = "forge-platform-parser-dev"
  description = "Execution role of function parser"
  statements = [
    {
      sid       = "WriteOwnLogs"
      actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
      resources = [module.function_parser.log_group_arn, "${module.function_parser.log_group_arn}:log-stream:*"]
    },
    {
      sid       = "WriteTraces"
      actions   = ["xray:PutTelemetryRecords", "xray:PutTraceSegments"]
      resources = ["*"]
    },
    {
      sid       = "SendToOwnDeadLetterQueue"
      actions   = ["sqs:SendMessage"]
      resources = [module.function_parser.dead_letter_queue_arn]
    },
    {
      sid       = "DescribeNetwork"
      actions   = ["ec2:DescribeNetworkInterfaces", "ec2:DescribeSubnets"]
      resources = ["*"]
    },
    {
      sid = "ManageNetworkInterfaces"
      actions = [
        "ec2:AssignPrivateIpAddresses",
        "ec2:CreateNetworkInterface",
        "ec2:DeleteNetworkInterface",
        "ec2:UnassignPrivateIpAddresses",
      ]
      resources = [
        "arn:${data.aws_partition.current.partition}:ec2:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:network-interface/*",
        "arn:${data.aws_partition.current.partition}:ec2:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:security-group/${module.network.security_group_ids["function:parser"]}",
      ]
    },
    {
      sid = "UsePrivateSubnets"
      actions = [
        "ec2:AssignPrivateIpAddresses",
        "ec2:CreateNetworkInterface",
        "ec2:DeleteNetworkInterface",
        "ec2:UnassignPrivateIpAddresses",
      ]
      resources = [for id in module.network.private_subnet_ids : "arn:${data.aws_partition.current.partition}:ec2:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:subnet/${id}"]
    },
    {
      sid       = "ListBucketArtifacts"
      actions   = ["s3:ListBucket"]
      resources = [module.bucket_artifacts.bucket_arn]
    },
    {
      sid       = "ReadObjectsArtifacts"
      actions   = ["s3:GetObject", "s3:GetObjectVersion"]
      resources = ["${module.bucket_artifacts.bucket_arn}/*"]
    },
    {
      sid       = "WriteObjectsArtifacts"
      actions   = ["s3:AbortMultipartUpload", "s3:PutObject"]
      resources = ["${module.bucket_artifacts.bucket_arn}/*"]
    },
    {
      sid     = "InvokeModelClaudeHaiku"
      actions = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
      resources = [
        "arn:${data.aws_partition.current.partition}:bedrock:${data.aws_region.current.region}::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0",
      ]
    },
  ]
}

module "function_parser" {
  source = "../../modules/lambda"

  function_name            = "forge-platform-parser-dev"
  description              = "Parses uploaded documents into answer-contract inputs."
  role_arn                 = module.role_parser.role_arn
  runtime                  = "nodejs22.x"
  handler                  = "index.handler"
  source_dir               = "${var.source_root}/packages/infrastructure/lambda/parser"
  architecture             = "arm64"
  memory_size              = 512
  timeout                  = 60
  tracing                  = true
  create_dead_letter_queue = true
  log_retention_in_days    = 30
  subnet_ids               = module.network.private_subnet_ids
  security_group_ids       = [module.network.security_group_ids["function:parser"]]
  environment_variables = {
    ARTIFACTS_BUCKET_NAME = module.bucket_artifacts.bucket_name
    CLAUDE_HAIKU_MODEL_ID = "anthropic.claude-3-5-haiku-20241022-v1:0"
    ENVIRONMENT           = var.environment
  }
}

module "role_run_report" {
  source = "../../modules/iam"

  name        = "forge-platform-run-report-dev"
  description = "Execution role of function run-report"
  statements = [
    {
      sid     = "WriteOwnLogs"
      actions = ["logs:CreateLogStream", "logs:PutLogEvents"]
      resources = [
        module.function_run_report.log_group_arn,
        "${module.function_run_report.log_group_arn}:log-stream:*",
      ]
    },
    {
      sid       = "WriteTraces"
      actions   = ["xray:PutTelemetryRecords", "xray:PutTraceSegments"]
      resources = ["*"]
    },
    {
      sid       = "SendToOwnDeadLetterQueue"
      actions   = ["sqs:SendMessage"]
      resources = [module.function_run_report.dead_letter_queue_arn]
    },
    {
      sid       = "ListBucketArtifacts"
      actions   = ["s3:ListBucket"]
      resources = [module.bucket_artifacts.bucket_arn]
    },
    {
      sid       = "ReadObjectsArtifacts"
      actions   = ["s3:GetObject", "s3:GetObjectVersion"]
      resources = ["${module.bucket_artifacts.bucket_arn}/*"]
    },
  ]
}

module "function_run_report" {
  source = "../../modules/lambda"

  function_name            = "forge-platform-run-report-dev"
  description              = "Nightly report of the day's convergence runs, and an alert on each failed run."
  role_arn                 = module.role_run_report.role_arn
  runtime                  = "nodejs22.x"
  handler                  = "index.handler"
  source_dir               = "${var.source_root}/packages/infrastructure/lambda/run-report"
  architecture             = "arm64"
  memory_size              = 256
  timeout                  = 120
  tracing                  = true
  create_dead_letter_queue = true
  log_retention_in_days    = 30
  environment_variables = {
    ARTIFACTS_BUCKET_NAME = module.bucket_artifacts.bucket_name
    ENVIRONMENT           = var.environment
  }
}

module "bucket_artifacts" {
  source = "../../modules/s3"

  providers = {
    aws         = aws
    aws.replica = aws
  }

  bucket_name   = "forge-platform-artifacts-dev"
  force_destroy = true
  versioning    = true
  encryption    = "managed"
  lifecycle_rules = [
    {
      id                           = "rule-1"
      prefix                       = "tmp/"
      expiration_days              = 7
      abort_incomplete_upload_days = 7
    },
    {
      id                           = "rule-2"
      prefix                       = ""
      transition_days              = 90
      transition_storage_class     = "STANDARD_IA"
      abort_incomplete_upload_days = 7
    },
  ]
}

module "queue_convergence_jobs" {
  source = "../../modules/sqs"

  name = "forge-platform-convergence-jobs-dev"
  fifo = false
  # Derived, not written: 6 x the timeout of function convergence-worker, its slowest consumer (at most 12 hours), so a batch in progress is not received twice.
  visibility_timeout_seconds = 1800
  message_retention_seconds  = 345600
  max_receive_count          = 5
  encryption                 = "managed"
}

module "queue_run_audit" {
  source = "../../modules/sqs"

  name                       = "forge-platform-run-audit-dev"
  fifo                       = false
  visibility_timeout_seconds = 30
  message_retention_seconds  = 345600
  max_receive_count          = 5
  encryption                 = "managed"
}

module "secrets" {
  source = "../../modules/secrets"

  secrets = {
    session-signing-key = {
      name        = "/forge-platform/dev/session-signing-key"
      description = "Signs platform session cookies; rotated by the platform team."
    }
  }
  recovery_window_in_days = 7
}

module "database_platform" {
  source = "../../modules/rds_postgres"

  identifier        = "forge-platform-platform-dev"
  engine_version    = "16"
  instance_class    = "db.t4g.micro"
  database_name     = "platform"
  allocated_storage = 20

  subnet_ids         = module.network.data_subnet_ids
  security_group_ids = [module.network.security_group_ids["database:platform"]]

  multi_az                    = false
  backup_retention_period     = 7
  deletion_protection         = false
  final_snapshot              = false
  iam_database_authentication = false
  log_retention_in_days       = 30
}

module "cache_sessions" {
  source = "../../modules/elasticache"

  replication_group_id = "forge-platform-sessions-dev"
  description          = "Sessions and convergence progress."
  engine               = "redis"
  engine_version       = "7.1"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 1

  subnet_ids         = module.network.data_subnet_ids
  security_group_ids = [module.network.security_group_ids["cache:sessions"]]

  multi_az                 = false
  snapshot_retention_limit = 1
  final_snapshot           = false
}

resource "aws_lambda_event_source_mapping" "convergence_worker_queue_convergence_jobs" {
  # Messages of queue convergence-jobs to function convergence-worker (its alias live).
  function_name           = module.function_convergence_worker.alias_arn
  event_source_arn        = module.queue_convergence_jobs.queue_arn
  batch_size              = 10
  function_response_types = ["ReportBatchItemFailures"]
}

resource "aws_sqs_queue" "run_report_schedule_1_dlq" {
  # What schedule cron(0 3 * * ? *) of function run-report failed every retry (kept 14 days).
  name                      = "forge-platform-run-report-dev-schedule-1-dlq"
  message_retention_seconds = 1209600
  # FORGE rule: queues encrypted at rest.
  sqs_managed_sse_enabled = true
}

resource "aws_iam_role" "run_report_schedule_1" {
  # Assumed by EventBridge Scheduler for this schedule only, from this account only.
  name        = "forge-platform-run-report-dev-schedule-1"
  description = "Schedule cron(0 3 * * ? *) of function run-report"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "TrustScheduler"
        Effect = "Allow"
        Principal = {
          Service = "scheduler.amazonaws.com"
        }
        Action = "sts:AssumeRole"
        Condition = {
          StringEquals = {
            "aws:SourceAccount" = data.aws_caller_identity.current.account_id
          }
        }
      },
    ]
  })
}

resource "aws_iam_role_policy" "run_report_schedule_1" {
  name = "forge-platform-run-report-dev-schedule-1-least-privilege"
  role = aws_iam_role.run_report_schedule_1.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "InvokeFunction"
        Effect   = "Allow"
        Action   = ["lambda:InvokeFunction"]
        Resource = [module.function_run_report.alias_arn]
      },
      {
        Sid      = "SendToDeadLetterQueue"
        Effect   = "Allow"
        Action   = ["sqs:SendMessage"]
        Resource = [aws_sqs_queue.run_report_schedule_1_dlq.arn]
      },
    ]
  })
}

resource "aws_scheduler_schedule" "run_report_schedule_1" {
  name                         = "forge-platform-run-report-dev-schedule-1"
  description                  = "Runs function run-report (cron(0 3 * * ? *))"
  schedule_expression          = "cron(0 3 * * ? *)"
  schedule_expression_timezone = "Europe/Berlin"

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = module.function_run_report.alias_arn
    role_arn = aws_iam_role.run_report_schedule_1.arn
    input    = "{\"task\": \"nightly-report\"}"

    retry_policy {
      maximum_retry_attempts       = 2
      maximum_event_age_in_seconds = 3600
    }

    dead_letter_config {
      arn = aws_sqs_queue.run_report_schedule_1_dlq.arn
    }
  }

  depends_on = [aws_iam_role_policy.run_report_schedule_1]
}

resource "aws_lambda_permission" "run_report_topic_run_events" {
  statement_id  = "AllowSNSRunEvents"
  action        = "lambda:InvokeFunction"
  function_name = module.function_run_report.function_name
  qualifier     = module.function_run_report.alias_name
  principal     = "sns.amazonaws.com"
  source_arn    = module.topic_run_events.topic_arn
}

resource "aws_sns_topic_subscription" "run_report_topic_run_events" {
  topic_arn = module.topic_run_events.topic_arn
  protocol  = "lambda"
  endpoint  = module.function_run_report.alias_arn
  filter_policy = jsonencode({
    type = ["run-failed"]
  })

  depends_on = [aws_lambda_permission.run_report_topic_run_events]
}

resource "aws_lambda_permission" "parser_bucket_artifacts" {
  statement_id   = "AllowS3Artifacts"
  action         = "lambda:InvokeFunction"
  function_name  = module.function_parser.function_name
  qualifier      = module.function_parser.alias_name
  principal      = "s3.amazonaws.com"
  source_arn     = module.bucket_artifacts.bucket_arn
  source_account = data.aws_caller_identity.current.account_id
}

resource "aws_s3_bucket_notification" "bucket_artifacts" {
  # Every function bucket artifacts runs (S3 takes one notification configuration per bucket).
  bucket = module.bucket_artifacts.bucket_name

  lambda_function {
    lambda_function_arn = module.function_parser.alias_arn
    events              = ["s3:ObjectCreated:*"]
    filter_prefix       = "uploads/"
  }

  depends_on = [aws_lambda_permission.parser_bucket_artifacts]
}

module "topic_run_events" {
  source = "../../modules/sns"

  name       = "forge-platform-run-events-dev"
  fifo       = false
  encryption = "kms"
}

resource "aws_sns_topic_subscription" "topic_run_events_queue_run_audit" {
  topic_arn            = module.topic_run_events.topic_arn
  protocol             = "sqs"
  endpoint             = module.queue_run_audit.queue_arn
  raw_message_delivery = true
}

resource "aws_sqs_queue_policy" "queue_run_audit" {
  # Only the topics subscribed to queue run-audit may send to it.
  queue_url = module.queue_run_audit.queue_url
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "TopicsSend"
        Effect = "Allow"
        Principal = {
          Service = "sns.amazonaws.com"
        }
        Action   = "sqs:SendMessage"
        Resource = module.queue_run_audit.queue_arn
        Condition = {
          ArnEquals = {
            "aws:SourceArn" = [module.topic_run_events.topic_arn]
          }
        }
      },
    ]
  })
}

module "api_web" {
  source = "../../modules/load_balancer"

  name                      = "forge-platform-web-dev"
  vpc_id                    = module.network.vpc_id
  subnet_ids                = module.network.public_subnet_ids
  security_group_ids        = [module.network.security_group_ids["api:web"]]
  deletion_protection       = false
  access_logs               = true
  access_log_bucket_name    = "forge-platform-web-lb-logs-dev"
  access_log_retention_days = 30
  force_destroy_logs        = true
  elb_account_id            = "127311923021"
  domain_name               = "forge.example.com"
  certificate_arn           = var.web_certificate_arn
  cors_origin               = "https://forge.example.com"
  cors_methods              = "GET,POST,PUT,DELETE,OPTIONS"
  cors_headers              = "Content-Type,Authorization"
  cors_credentials          = true
  cors_max_age              = "3600"
  services = {
    api = {
      port                = 3000
      target_group_name   = "forge-platform-web-dev-api"
      health_path         = "/health"
      health_interval     = 30
      health_timeout      = 5
      healthy_threshold   = 2
      unhealthy_threshold = 3
    }
    ui = {
      port                = 8080
      target_group_name   = "forge-platform-web-dev-ui"
      health_path         = "/"
      health_interval     = 30
      health_timeout      = 5
      healthy_threshold   = 2
      unhealthy_threshold = 3
    }
  }
  rules = [
    {
      priority   = 10
      service    = "api"
      methods    = []
      paths      = ["/api/*"]
      blue_green = false
    },
    {
      priority   = 20
      service    = "ui"
      methods    = []
      paths      = ["/*"]
      blue_green = false
    },
  ]
}

module "ecs_cluster" {
  source = "../../modules/ecs_cluster"

  name                = "forge-platform-dev"
  discovery_namespace = "dev.forge-platform.internal"
  vpc_id              = module.network.vpc_id
}

module "service_api" {
  source = "../../modules/ecs_service"

  name   = "forge-platform-api-dev"
  image  = "${module.ecr.repository_urls["api"]}:${var.image_tag}"
  cpu    = 512
  memory = 1024
  environment = {
    ARTIFACTS_BUCKET_NAME            = module.bucket_artifacts.bucket_name
    CONVERGENCE_JOBS_QUEUE_URL       = module.queue_convergence_jobs.queue_url
    CONVERGENCE_WORKER_FUNCTION_NAME = "${module.function_convergence_worker.function_name}:${module.function_convergence_worker.alias_name}"
    ENVIRONMENT                      = var.environment
    LOG_LEVEL                        = "info"
    PLATFORM_DATABASE_HOST           = module.database_platform.address
    PLATFORM_DATABASE_NAME           = module.database_platform.database_name
    PLATFORM_DATABASE_PORT           = module.database_platform.port
    PLATFORM_DATABASE_SECRET_ARN     = module.database_platform.master_user_secret_arn
    RUN_AUDIT_QUEUE_URL              = module.queue_run_audit.queue_url
    SESSIONS_CACHE_HOST              = module.cache_sessions.primary_endpoint_address
    SESSIONS_CACHE_PORT              = module.cache_sessions.port
    SESSION_SIGNING_KEY_SECRET_ARN   = module.secrets.secret_arns["session-signing-key"]
  }
  secrets = {
    PLATFORM_DATABASE_PASSWORD = "${module.database_platform.master_user_secret_arn}:password::"
    PLATFORM_DATABASE_USER     = "${module.database_platform.master_user_secret_arn}:username::"
  }
  log_retention_in_days = 30
  task_statements = [
    {
      sid       = "InvokeFunctionConvergenceWorker"
      actions   = ["lambda:InvokeFunction"]
      resources = [module.function_convergence_worker.alias_arn]
    },
    {
      sid       = "ListBucketArtifacts"
      actions   = ["s3:ListBucket"]
      resources = [module.bucket_artifacts.bucket_arn]
    },
    {
      sid       = "ReadObjectsArtifacts"
      actions   = ["s3:GetObject", "s3:GetObjectVersion"]
      resources = ["${module.bucket_artifacts.bucket_arn}/*"]
    },
    {
      sid       = "WriteObjectsArtifacts"
      actions   = ["s3:AbortMultipartUpload", "s3:PutObject"]
      resources = ["${module.bucket_artifacts.bucket_arn}/*"]
    },
    {
      sid       = "PublishConvergenceJobs"
      actions   = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"]
      resources = [module.queue_convergence_jobs.queue_arn]
    },
    {
      sid = "ConsumeRunAudit"
      actions = [
        "sqs:ChangeMessageVisibility",
        "sqs:DeleteMessage",
        "sqs:GetQueueAttributes",
        "sqs:GetQueueUrl",
        "sqs:ReceiveMessage",
      ]
      resources = [module.queue_run_audit.queue_arn]
    },
    {
      sid       = "ReadDatabaseCredentialsPlatform"
      actions   = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]
      resources = [module.database_platform.master_user_secret_arn]
    },
    {
      sid       = "UseKeyDatabaseCredentialsPlatform"
      actions   = ["kms:Decrypt"]
      resources = [module.database_platform.kms_key_arn]
      condition = {
        StringEquals = {
          "kms:ViaService" = ["secretsmanager.us-east-1.amazonaws.com"]
        }
      }
    },
    {
      sid       = "ConnectCacheSessions"
      actions   = ["elasticache:Connect"]
      resources = [module.cache_sessions.replication_group_arn, module.cache_sessions.user_arn]
    },
    {
      sid       = "ReadSecretSessionSigningKey"
      actions   = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]
      resources = [module.secrets.secret_arns["session-signing-key"]]
    },
  ]
  execution_statements = [
    {
      sid       = "GetRegistryToken"
      actions   = ["ecr:GetAuthorizationToken"]
      resources = ["*"]
    },
    {
      sid       = "PullOwnImage"
      actions   = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      resources = [module.ecr.repository_arns["api"]]
    },
    {
      sid       = "InjectSecrets"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = [module.database_platform.master_user_secret_arn]
    },
  ]
  cluster_arn        = module.ecs_cluster.cluster_arn
  cluster_name       = module.ecs_cluster.cluster_name
  port               = 3000
  subnet_ids         = module.network.private_subnet_ids
  security_group_ids = [module.network.security_group_ids["service:api"]]
  health_check = {
    command = [
      "CMD",
      "node",
      "-e",
      "require('http').get(\"http://127.0.0.1:3000/health\", r => process.exit(r.statusCode >= 200 && r.statusCode < 400 ? 0 : 1)).on('error', () => process.exit(1))",
    ]
    interval    = 30
    timeout     = 5
    retries     = 3
    startPeriod = 10
  }
  discovery_namespace_id            = module.ecs_cluster.discovery_namespace_id
  discovery_name                    = "api"
  desired_count                     = 1
  target_group_arn                  = module.api_web.target_group_arns["api"]
  health_check_grace_period_seconds = 10
  ci_deploys_image                  = true
}

module "service_ui" {
  source = "../../modules/ecs_service"

  name   = "forge-platform-ui-dev"
  image  = "${module.ecr.repository_urls["ui"]}:${var.image_tag}"
  cpu    = 256
  memory = 512
  environment = {
    API_URL     = "http://api.dev.forge-platform.internal:3000"
    ENVIRONMENT = var.environment
  }
  secrets               = {}
  log_retention_in_days = 30
  execution_statements = [
    {
      sid       = "GetRegistryToken"
      actions   = ["ecr:GetAuthorizationToken"]
      resources = ["*"]
    },
    {
      sid       = "PullOwnImage"
      actions   = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      resources = [module.ecr.repository_arns["ui"]]
    },
  ]
  cluster_arn        = module.ecs_cluster.cluster_arn
  cluster_name       = module.ecs_cluster.cluster_name
  port               = 8080
  subnet_ids         = module.network.private_subnet_ids
  security_group_ids = [module.network.security_group_ids["service:ui"]]
  health_check = {
    command     = ["CMD", "wget", "-q", "--spider", "http://127.0.0.1:8080/"]
    interval    = 30
    timeout     = 5
    retries     = 3
    startPeriod = 10
  }
  desired_count                     = 1
  target_group_arn                  = module.api_web.target_group_arns["ui"]
  health_check_grace_period_seconds = 10
  ci_deploys_image                  = true
}

module "ecr" {
  source = "../../modules/ecr"

  repositories = {
    api = "forge-platform-api-dev"
    ui  = "forge-platform-ui-dev"
  }
  force_delete = true
}

module "ci_artifacts" {
  source = "../../modules/s3"

  count = var.function_artifact_bucket != null ? 0 : 1
  providers = {
    aws         = aws
    aws.replica = aws
  }

  bucket_name = "forge-platform-dev-ci-artifacts-${data.aws_caller_identity.current.account_id}"
  versioning  = true
  encryption  = "managed"
  # Old builds expire: Lambda keeps its own copy of each published version's code.
  lifecycle_rules = [
    {
      id                           = "expire-old-builds"
      prefix                       = "functions/"
      expiration_days              = 30
      noncurrent_expiration_days   = 30
      abort_incomplete_upload_days = 1
    },
  ]
}

module "github_oidc" {
  source = "../../modules/github_oidc"

  role_name           = "forge-platform-deploy-dev"
  repository          = "example-org/forge"
  branch              = "main"
  github_environment  = "dev"
  require_environment = false
  create_provider     = var.create_github_oidc_provider
  function_arns = [
    module.function_convergence_worker.function_arn,
    module.function_parser.function_arn,
    module.function_run_report.function_arn,
  ]
  repository_arns   = values(module.ecr.repository_arns)
  ecs_cluster_name  = module.ecs_cluster.cluster_name
  ecs_service_names = [module.service_api.service_name, module.service_ui.service_name]
  ecs_task_role_arns = [
    module.service_api.task_role_arn,
    module.service_api.execution_role_arn,
    module.service_ui.task_role_arn,
    module.service_ui.execution_role_arn,
  ]
  eks_cluster_name     = "forge-dev"
  eks_namespace        = "forge-platform-dev"
  eks_kubernetes_group = "forge-platform-deploy-dev"
  artifact_bucket      = var.function_artifact_bucket != null ? var.function_artifact_bucket : one(module.ci_artifacts[*].bucket_name)
  state_bucket         = var.state_bucket
  state_key            = "forge-platform/dev/terraform.tfstate"
}

module "monitoring" {
  source = "../../modules/monitoring"

  name         = "forge-platform-dev"
  alert_emails = []
  functions = {
    convergence-worker = {
      function_name   = module.function_convergence_worker.function_name
      timeout_seconds = 300
    }
    parser = {
      function_name   = module.function_parser.function_name
      timeout_seconds = 60
    }
    run-report = {
      function_name   = module.function_run_report.function_name
      timeout_seconds = 120
    }
  }
  http_apis = {}
  rest_apis = {}
  tables    = {}
  dead_letter_queues = {
    function-convergence-worker   = module.function_convergence_worker.dead_letter_queue_name
    function-parser               = module.function_parser.dead_letter_queue_name
    function-run-report           = module.function_run_report.dead_letter_queue_name
    queue-convergence-jobs        = module.queue_convergence_jobs.queue_dead_letter_name
    queue-run-audit               = module.queue_run_audit.queue_dead_letter_name
    trigger-run-report-schedule-1 = aws_sqs_queue.run_report_schedule_1_dlq.name
  }
  error_threshold        = 5
  duration_percent       = 90
  server_error_threshold = 5
  latency_threshold_ms   = 3000
  create_alarms          = true
  create_dashboard       = true
  schedule_groups = {
    default = "default"
  }
  load_balancers = {
    web = module.api_web.load_balancer_arn_suffix
  }
  target_groups = {
    web-api = {
      load_balancer = module.api_web.load_balancer_arn_suffix
      target_group  = module.api_web.target_group_arn_suffixes["api"]
    }
    web-ui = {
      load_balancer = module.api_web.load_balancer_arn_suffix
      target_group  = module.api_web.target_group_arn_suffixes["ui"]
    }
  }
  ecs_services = {
    api = {
      cluster_name = module.ecs_cluster.cluster_name
      service_name = module.service_api.service_name
    }
    ui = {
      cluster_name = module.ecs_cluster.cluster_name
      service_name = module.service_ui.service_name
    }
  }
  databases = {
    platform = {
      instance_identifier = module.database_platform.instance_identifier
      free_storage_bytes  = 2147483648
      max_connections     = 89
    }
  }
  cache_nodes = {
    sessions-1 = "${module.cache_sessions.replication_group_id}-001"
  }
  cpu_percent    = 80
  memory_percent = 80
}
