module "network" {
  source = "../../modules/network"

  name                       = "ai-validation-platform-network-dev"
  cidr                       = "10.40.0.0/16"
  zones                      = 2
  nat_gateways               = "single"
  interface_endpoints        = ["ecr.api", "ecr.dkr", "logs", "secretsmanager", "ssm"]
  flow_log_retention_in_days = 30

  security_groups = {
    "api:public" = {
      name        = "ai-validation-platform-public-dev-api"
      description = "Load balancer public"
    }
    "cache:queue" = {
      name        = "ai-validation-platform-queue-dev-cache"
      description = "Cache queue"
    }
    "database:main" = {
      name        = "ai-validation-platform-main-dev-database"
      description = "Database main"
    }
    "job:migrate" = {
      name        = "ai-validation-platform-migrate-dev-job"
      description = "Job migrate tasks"
    }
    "job:report-cleanup" = {
      name        = "ai-validation-platform-report-cleanup-dev-job"
      description = "Job report-cleanup tasks"
    }
    "service:api" = {
      name        = "ai-validation-platform-api-dev-service"
      description = "Service api tasks"
    }
    "service:orchestrator" = {
      name        = "ai-validation-platform-orchestrator-dev-service"
      description = "Service orchestrator tasks"
    }
    "service:web" = {
      name        = "ai-validation-platform-web-dev-service"
      description = "Service web tasks"
    }
  }
  connections = {
    "api:public->service:api:3000" = {
      from        = "api:public"
      to          = "service:api"
      port        = 3000
      description = "api public routes to service:api"
    }
    "api:public->service:web:8080" = {
      from        = "api:public"
      to          = "service:web"
      port        = 8080
      description = "api public routes to service:web"
    }
    "job:migrate->database:main:5432" = {
      from        = "job:migrate"
      to          = "database:main"
      port        = 5432
      description = "job:migrate uses database:main"
    }
    "job:report-cleanup->database:main:5432" = {
      from        = "job:report-cleanup"
      to          = "database:main"
      port        = 5432
      description = "job:report-cleanup uses database:main"
    }
    "service:api->cache:queue:6379" = {
      from        = "service:api"
      to          = "cache:queue"
      port        = 6379
      description = "service:api uses cache:queue"
    }
    "service:api->database:main:5432" = {
      from        = "service:api"
      to          = "database:main"
      port        = 5432
      description = "service:api uses database:main"
    }
    "service:orchestrator->cache:queue:6379" = {
      from        = "service:orchestrator"
      to          = "cache:queue"
      port        = 6379
      description = "service:orchestrator uses cache:queue"
    }
    "service:orchestrator->database:main:5432" = {
      from        = "service:orchestrator"
      to          = "database:main"
      port        = 5432
      description = "service:orchestrator uses database:main"
    }
  }
  internet_ingress = {
    "api:public/443" = {
      security_group = "api:public"
      port           = 443
      description    = "HTTPS from the internet"
    }
    "api:public/80" = {
      security_group = "api:public"
      port           = 80
      description    = "HTTP from the internet, redirected to HTTPS"
    }
  }
  https_egress = ["service:api", "service:orchestrator", "service:web", "job:migrate", "job:report-cleanup"]
}

module "bucket_assets" {
  source = "../../modules/s3"

  providers = {
    aws         = aws
    aws.replica = aws
  }

  bucket_name             = "ai-validation-platform-assets-dev-111111111111"
  force_destroy           = true
  versioning              = true
  encryption              = "managed"
  cdn_enabled             = true
  cdn_default_root_object = "index.html"
  cdn_aliases             = ["static.example.com"]
  cdn_certificate_arn     = var.assets_cdn_certificate_arn
}

module "bucket_reports" {
  source = "../../modules/s3"

  providers = {
    aws         = aws
    aws.replica = aws
  }

  bucket_name   = "ai-validation-platform-reports-dev-111111111111"
  force_destroy = true
  versioning    = true
  encryption    = "managed"
  lifecycle_rules = [
    {
      id                           = "rule-1"
      prefix                       = ""
      transition_days              = 30
      transition_storage_class     = "STANDARD_IA"
      abort_incomplete_upload_days = 7
    },
    {
      id                           = "rule-2"
      prefix                       = ""
      noncurrent_expiration_days   = 90
      abort_incomplete_upload_days = 7
    },
  ]
}

module "ssm" {
  source = "../../modules/ssm"

  parameters = {
    feature-flags = {
      name        = "/ai-validation-platform/dev/feature-flags"
      description = "JSON map of feature flags per environment."
      value       = "{\"marketResearchAgent\": true, \"competitorAgent\": false}"
    }
    log-level = {
      name        = "/ai-validation-platform/dev/log-level"
      description = "Parameter log-level"
      value       = "info"
    }
  }
  secure_values = {}
}

module "secrets" {
  source = "../../modules/secrets"

  secrets = {
    anthropic-api-key = {
      name        = "/ai-validation-platform/dev/anthropic-api-key"
      description = "Anthropic API key, the fallback LLM provider."
    }
    jwt-signing-key = {
      name        = "/ai-validation-platform/dev/jwt-signing-key"
      description = "Signs user JWTs issued by the API."
    }
    openai-api-key = {
      name        = "/ai-validation-platform/dev/openai-api-key"
      description = "OpenAI API key for the agents (rotated per Story 1.0)."
    }
  }
  recovery_window_in_days = 7
}

module "database_main" {
  source = "../../modules/rds_postgres"

  identifier        = "ai-validation-platform-main-dev"
  engine_version    = "16"
  instance_class    = "db.t3.micro"
  database_name     = "main"
  allocated_storage = 20

  subnet_ids         = module.network.data_subnet_ids
  security_group_ids = [module.network.security_group_ids["database:main"]]

  multi_az                    = false
  backup_retention_period     = 7
  deletion_protection         = false
  final_snapshot              = false
  iam_database_authentication = false
  log_retention_in_days       = 30
}

module "cache_queue" {
  source = "../../modules/elasticache"

  replication_group_id = "ai-validation-platform-queue-dev"
  description          = "BullMQ queues and response cache."
  engine               = "redis"
  engine_version       = "7.1"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 1

  subnet_ids         = module.network.data_subnet_ids
  security_group_ids = [module.network.security_group_ids["cache:queue"]]

  multi_az                 = false
  snapshot_retention_limit = 1
  final_snapshot           = false
}

module "api_public" {
  source = "../../modules/load_balancer"

  name                      = "ai-validation-platform-de2f91d6"
  vpc_id                    = module.network.vpc_id
  subnet_ids                = module.network.public_subnet_ids
  security_group_ids        = [module.network.security_group_ids["api:public"]]
  deletion_protection       = false
  access_logs               = true
  access_log_bucket_name    = "ai-validation-platform-public-lb-logs-dev-111111111111"
  access_log_retention_days = 30
  force_destroy_logs        = true
  elb_account_id            = "127311923021"
  domain_name               = "app.example.com"
  zone_id                   = "Z0123456789EXAMPLEAPP"
  cors_origin               = "https://app.example.com"
  cors_methods              = "GET,POST,PUT,DELETE,OPTIONS"
  cors_headers              = "Content-Type,Authorization"
  cors_credentials          = true
  cors_max_age              = "3600"
  services = {
    api = {
      port                = 3000
      target_group_name   = "ai-validation-platform-003e9cfe"
      health_path         = "/health"
      health_interval     = 15
      health_timeout      = 5
      healthy_threshold   = 2
      unhealthy_threshold = 3
    }
    web = {
      port                = 8080
      target_group_name   = "ai-validation-platform-7cdb2881"
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
      service    = "web"
      methods    = []
      paths      = ["/*"]
      blue_green = false
    },
  ]
}

module "ecs_cluster" {
  source = "../../modules/ecs_cluster"

  name = "ai-validation-platform-dev"
}

module "service_api" {
  source = "../../modules/ecs_service"

  name   = "ai-validation-platform-api-dev"
  image  = "${module.ecr.repository_urls["api"]}:${var.image_tag}"
  cpu    = 256
  memory = 512
  environment = {
    ENVIRONMENT                = var.environment
    JWT_SIGNING_KEY_SECRET_ARN = module.secrets.secret_arns["jwt-signing-key"]
    MAIN_DATABASE_HOST         = module.database_main.address
    MAIN_DATABASE_NAME         = module.database_main.database_name
    MAIN_DATABASE_PORT         = module.database_main.port
    MAIN_DATABASE_SECRET_ARN   = module.database_main.master_user_secret_arn
    QUEUE_CACHE_HOST           = module.cache_queue.primary_endpoint_address
    QUEUE_CACHE_PORT           = module.cache_queue.port
    REPORTS_BUCKET_NAME        = module.bucket_reports.bucket_name
  }
  secrets = {
    FEATURE_FLAGS          = module.ssm.parameter_arns["feature-flags"]
    LOG_LEVEL              = module.ssm.parameter_arns["log-level"]
    MAIN_DATABASE_PASSWORD = "${module.database_main.master_user_secret_arn}:password::"
    MAIN_DATABASE_USER     = "${module.database_main.master_user_secret_arn}:username::"
  }
  log_retention_in_days = 30
  task_statements = [
    {
      sid       = "ListBucketReports"
      actions   = ["s3:ListBucket"]
      resources = [module.bucket_reports.bucket_arn]
    },
    {
      sid       = "ReadObjectsReports"
      actions   = ["s3:GetObject", "s3:GetObjectVersion"]
      resources = ["${module.bucket_reports.bucket_arn}/*"]
    },
    {
      sid       = "ReadDatabaseCredentialsMain"
      actions   = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]
      resources = [module.database_main.master_user_secret_arn]
    },
    {
      sid       = "UseKeyDatabaseCredentialsMain"
      actions   = ["kms:Decrypt"]
      resources = [module.database_main.kms_key_arn]
      condition = {
        StringEquals = {
          "kms:ViaService" = ["secretsmanager.us-east-1.amazonaws.com"]
        }
      }
    },
    {
      sid       = "ConnectCacheQueue"
      actions   = ["elasticache:Connect"]
      resources = [module.cache_queue.replication_group_arn, module.cache_queue.user_arn]
    },
    {
      sid       = "ReadSecretJwtSigningKey"
      actions   = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]
      resources = [module.secrets.secret_arns["jwt-signing-key"]]
    },
    {
      sid       = "ReadParameterFeatureFlags"
      actions   = ["ssm:GetParameter", "ssm:GetParameters"]
      resources = [module.ssm.parameter_arns["feature-flags"]]
    },
    {
      sid       = "ReadParameterLogLevel"
      actions   = ["ssm:GetParameter", "ssm:GetParameters"]
      resources = [module.ssm.parameter_arns["log-level"]]
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
      resources = [module.database_main.master_user_secret_arn]
    },
    {
      sid       = "InjectParameters"
      actions   = ["ssm:GetParameters"]
      resources = [module.ssm.parameter_arns["feature-flags"], module.ssm.parameter_arns["log-level"]]
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
    interval    = 15
    timeout     = 5
    retries     = 3
    startPeriod = 10
  }
  desired_count                     = 1
  target_group_arn                  = module.api_public.target_group_arns["api"]
  health_check_grace_period_seconds = 10
  ci_deploys_image                  = true
}

module "service_orchestrator" {
  source = "../../modules/ecs_service"

  name   = "ai-validation-platform-orchestrator-dev"
  image  = "${module.ecr.repository_urls["orchestrator"]}:${var.image_tag}"
  cpu    = 512
  memory = 1024
  environment = {
    ANTHROPIC_API_KEY_SECRET_ARN = module.secrets.secret_arns["anthropic-api-key"]
    ENVIRONMENT                  = var.environment
    MAIN_DATABASE_HOST           = module.database_main.address
    MAIN_DATABASE_NAME           = module.database_main.database_name
    MAIN_DATABASE_PORT           = module.database_main.port
    MAIN_DATABASE_SECRET_ARN     = module.database_main.master_user_secret_arn
    OPENAI_API_KEY_SECRET_ARN    = module.secrets.secret_arns["openai-api-key"]
    QUEUE_CACHE_HOST             = module.cache_queue.primary_endpoint_address
    QUEUE_CACHE_PORT             = module.cache_queue.port
    REPORTS_BUCKET_NAME          = module.bucket_reports.bucket_name
  }
  secrets = {
    LOG_LEVEL              = module.ssm.parameter_arns["log-level"]
    MAIN_DATABASE_PASSWORD = "${module.database_main.master_user_secret_arn}:password::"
    MAIN_DATABASE_USER     = "${module.database_main.master_user_secret_arn}:username::"
  }
  log_retention_in_days = 30
  task_statements = [
    {
      sid       = "ListBucketReports"
      actions   = ["s3:ListBucket"]
      resources = [module.bucket_reports.bucket_arn]
    },
    {
      sid       = "ReadObjectsReports"
      actions   = ["s3:GetObject", "s3:GetObjectVersion"]
      resources = ["${module.bucket_reports.bucket_arn}/*"]
    },
    {
      sid       = "WriteObjectsReports"
      actions   = ["s3:AbortMultipartUpload", "s3:PutObject"]
      resources = ["${module.bucket_reports.bucket_arn}/*"]
    },
    {
      sid       = "ReadDatabaseCredentialsMain"
      actions   = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]
      resources = [module.database_main.master_user_secret_arn]
    },
    {
      sid       = "UseKeyDatabaseCredentialsMain"
      actions   = ["kms:Decrypt"]
      resources = [module.database_main.kms_key_arn]
      condition = {
        StringEquals = {
          "kms:ViaService" = ["secretsmanager.us-east-1.amazonaws.com"]
        }
      }
    },
    {
      sid       = "ConnectCacheQueue"
      actions   = ["elasticache:Connect"]
      resources = [module.cache_queue.replication_group_arn, module.cache_queue.user_arn]
    },
    {
      sid       = "ReadSecretAnthropicApiKey"
      actions   = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]
      resources = [module.secrets.secret_arns["anthropic-api-key"]]
    },
    {
      sid       = "ReadSecretOpenaiApiKey"
      actions   = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]
      resources = [module.secrets.secret_arns["openai-api-key"]]
    },
    {
      sid       = "ReadParameterLogLevel"
      actions   = ["ssm:GetParameter", "ssm:GetParameters"]
      resources = [module.ssm.parameter_arns["log-level"]]
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
      resources = [module.ecr.repository_arns["orchestrator"]]
    },
    {
      sid       = "InjectSecrets"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = [module.database_main.master_user_secret_arn]
    },
    {
      sid       = "InjectParameters"
      actions   = ["ssm:GetParameters"]
      resources = [module.ssm.parameter_arns["log-level"]]
    },
  ]
  cluster_arn        = module.ecs_cluster.cluster_arn
  cluster_name       = module.ecs_cluster.cluster_name
  port               = 3001
  subnet_ids         = module.network.private_subnet_ids
  security_group_ids = [module.network.security_group_ids["service:orchestrator"]]
  health_check = {
    command = [
      "CMD",
      "node",
      "-e",
      "require('http').get(\"http://127.0.0.1:3001/health\", r => process.exit(r.statusCode >= 200 && r.statusCode < 400 ? 0 : 1)).on('error', () => process.exit(1))",
    ]
    interval    = 30
    timeout     = 5
    retries     = 3
    startPeriod = 10
  }
  desired_count    = 1
  ci_deploys_image = true
}

module "service_web" {
  source = "../../modules/ecs_service"

  name   = "ai-validation-platform-web-dev"
  image  = "${module.ecr.repository_urls["web"]}:${var.image_tag}"
  cpu    = 256
  memory = 512
  environment = {
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
      resources = [module.ecr.repository_arns["web"]]
    },
  ]
  cluster_arn        = module.ecs_cluster.cluster_arn
  cluster_name       = module.ecs_cluster.cluster_name
  port               = 8080
  subnet_ids         = module.network.private_subnet_ids
  security_group_ids = [module.network.security_group_ids["service:web"]]
  health_check = {
    command     = ["CMD", "wget", "-q", "--spider", "http://127.0.0.1:8080/"]
    interval    = 30
    timeout     = 5
    retries     = 3
    startPeriod = 10
  }
  desired_count                     = 1
  target_group_arn                  = module.api_public.target_group_arns["web"]
  health_check_grace_period_seconds = 10
  ci_deploys_image                  = true
}

module "job_migrate" {
  source = "../../modules/ecs_job"

  name    = "ai-validation-platform-migrate-dev"
  image   = "${module.ecr.repository_urls["migrate"]}:${var.image_tag}"
  cpu     = 256
  memory  = 512
  command = ["node", "jobs/migrate.js"]
  environment = {
    ENVIRONMENT              = var.environment
    MAIN_DATABASE_HOST       = module.database_main.address
    MAIN_DATABASE_NAME       = module.database_main.database_name
    MAIN_DATABASE_PORT       = module.database_main.port
    MAIN_DATABASE_SECRET_ARN = module.database_main.master_user_secret_arn
  }
  secrets = {
    MAIN_DATABASE_PASSWORD = "${module.database_main.master_user_secret_arn}:password::"
    MAIN_DATABASE_USER     = "${module.database_main.master_user_secret_arn}:username::"
  }
  log_retention_in_days = 30
  task_statements = [
    {
      sid       = "ReadDatabaseCredentialsMain"
      actions   = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]
      resources = [module.database_main.master_user_secret_arn]
    },
    {
      sid       = "UseKeyDatabaseCredentialsMain"
      actions   = ["kms:Decrypt"]
      resources = [module.database_main.kms_key_arn]
      condition = {
        StringEquals = {
          "kms:ViaService" = ["secretsmanager.us-east-1.amazonaws.com"]
        }
      }
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
      resources = [module.ecr.repository_arns["migrate"]]
    },
    {
      sid       = "InjectSecrets"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = [module.database_main.master_user_secret_arn]
    },
  ]
  cluster_arn        = module.ecs_cluster.cluster_arn
  subnet_ids         = module.network.private_subnet_ids
  security_group_ids = [module.network.security_group_ids["job:migrate"]]
}

module "job_report_cleanup" {
  source = "../../modules/ecs_job"

  name    = "ai-validation-platform-report-cleanup-dev"
  image   = "${module.ecr.repository_urls["report-cleanup"]}:${var.image_tag}"
  cpu     = 256
  memory  = 512
  command = ["node", "jobs/report-cleanup.js"]
  environment = {
    ENVIRONMENT              = var.environment
    MAIN_DATABASE_HOST       = module.database_main.address
    MAIN_DATABASE_NAME       = module.database_main.database_name
    MAIN_DATABASE_PORT       = module.database_main.port
    MAIN_DATABASE_SECRET_ARN = module.database_main.master_user_secret_arn
    REPORTS_BUCKET_NAME      = module.bucket_reports.bucket_name
  }
  secrets = {
    LOG_LEVEL              = module.ssm.parameter_arns["log-level"]
    MAIN_DATABASE_PASSWORD = "${module.database_main.master_user_secret_arn}:password::"
    MAIN_DATABASE_USER     = "${module.database_main.master_user_secret_arn}:username::"
  }
  log_retention_in_days = 30
  task_statements = [
    {
      sid       = "ListBucketReports"
      actions   = ["s3:ListBucket"]
      resources = [module.bucket_reports.bucket_arn]
    },
    {
      sid       = "ReadObjectsReports"
      actions   = ["s3:GetObject", "s3:GetObjectVersion"]
      resources = ["${module.bucket_reports.bucket_arn}/*"]
    },
    {
      sid       = "WriteObjectsReports"
      actions   = ["s3:AbortMultipartUpload", "s3:PutObject"]
      resources = ["${module.bucket_reports.bucket_arn}/*"]
    },
    {
      sid       = "ReadDatabaseCredentialsMain"
      actions   = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]
      resources = [module.database_main.master_user_secret_arn]
    },
    {
      sid       = "UseKeyDatabaseCredentialsMain"
      actions   = ["kms:Decrypt"]
      resources = [module.database_main.kms_key_arn]
      condition = {
        StringEquals = {
          "kms:ViaService" = ["secretsmanager.us-east-1.amazonaws.com"]
        }
      }
    },
    {
      sid       = "ReadParameterLogLevel"
      actions   = ["ssm:GetParameter", "ssm:GetParameters"]
      resources = [module.ssm.parameter_arns["log-level"]]
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
      resources = [module.ecr.repository_arns["report-cleanup"]]
    },
    {
      sid       = "InjectSecrets"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = [module.database_main.master_user_secret_arn]
    },
    {
      sid       = "InjectParameters"
      actions   = ["ssm:GetParameters"]
      resources = [module.ssm.parameter_arns["log-level"]]
    },
  ]
  cluster_arn         = module.ecs_cluster.cluster_arn
  subnet_ids          = module.network.private_subnet_ids
  security_group_ids  = [module.network.security_group_ids["job:report-cleanup"]]
  schedule_expression = "cron(30 2 * * ? *)"
  schedule_timezone   = "America/New_York"
  retries             = 2
}

module "ecr" {
  source = "../../modules/ecr"

  repositories = {
    api            = "ai-validation-platform-api-dev"
    migrate        = "ai-validation-platform-migrate-dev"
    orchestrator   = "ai-validation-platform-orchestrator-dev"
    report-cleanup = "ai-validation-platform-report-cleanup-dev"
    web            = "ai-validation-platform-web-dev"
  }
  force_delete = true
}

module "github_oidc" {
  source = "../../modules/github_oidc"

  role_name           = "ai-validation-platform-deploy-dev"
  repository          = "example-org/ai-validation-platform"
  branch              = "main"
  github_environment  = "dev"
  require_environment = false
  create_provider     = var.create_github_oidc_provider
  function_arns       = []
  repository_arns     = values(module.ecr.repository_arns)
  ecs_cluster_name    = module.ecs_cluster.cluster_name
  ecs_service_names = [
    module.service_api.service_name,
    module.service_orchestrator.service_name,
    module.service_web.service_name,
  ]
  ecs_task_role_arns = [
    module.service_api.task_role_arn,
    module.service_api.execution_role_arn,
    module.service_orchestrator.task_role_arn,
    module.service_orchestrator.execution_role_arn,
    module.service_web.task_role_arn,
    module.service_web.execution_role_arn,
  ]
  cost_report  = true
  state_bucket = var.state_bucket
  state_key    = "ai-validation-platform/dev/terraform.tfstate"
}

module "monitoring" {
  source = "../../modules/monitoring"

  name                   = "ai-validation-platform-dev"
  alert_emails           = []
  functions              = {}
  http_apis              = {}
  rest_apis              = {}
  tables                 = {}
  dead_letter_queues     = {}
  error_threshold        = 5
  duration_percent       = 90
  server_error_threshold = 5
  latency_threshold_ms   = 3000
  create_alarms          = true
  create_dashboard       = true
  load_balancers = {
    public = module.api_public.load_balancer_arn_suffix
  }
  target_groups = {
    public-api = {
      load_balancer = module.api_public.load_balancer_arn_suffix
      target_group  = module.api_public.target_group_arn_suffixes["api"]
    }
    public-web = {
      load_balancer = module.api_public.load_balancer_arn_suffix
      target_group  = module.api_public.target_group_arn_suffixes["web"]
    }
  }
  ecs_services = {
    api = {
      cluster_name = module.ecs_cluster.cluster_name
      service_name = module.service_api.service_name
    }
    orchestrator = {
      cluster_name = module.ecs_cluster.cluster_name
      service_name = module.service_orchestrator.service_name
    }
    web = {
      cluster_name = module.ecs_cluster.cluster_name
      service_name = module.service_web.service_name
    }
  }
  databases = {
    main = {
      instance_identifier = module.database_main.instance_identifier
      free_storage_bytes  = 2147483648
      max_connections     = 89
    }
  }
  cache_nodes = {
    queue-1 = "${module.cache_queue.replication_group_id}-001"
  }
  cpu_percent    = 80
  memory_percent = 85
}

module "budget" {
  source = "../../modules/budget"

  name             = "ai-validation-platform-dev"
  monthly_amount   = 150
  alert_emails     = ["dev-costs@example.com"]
  cost_filter_tags = ["user:app$ai-validation-platform"]
}

module "waf_public" {
  source = "../../modules/waf"

  name = "ai-validation-platform-public-dev"
  # FORGE-API-005: the load balancer's firewall (`waf`, on by default in production).
  resource_arn = module.api_public.load_balancer_arn
}
