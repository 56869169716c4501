module "network" {
  source = "../../modules/network"

  name                       = "ai-validation-platform-network-local"
  cidr                       = "10.40.0.0/16"
  zones                      = 2
  nat_gateways               = "none"
  interface_endpoints        = ["ecr.api", "ecr.dkr", "logs", "secretsmanager", "ssm"]
  flow_log_retention_in_days = 30

  security_groups = {
    "api:public" = {
      name        = "ai-validation-platform-public-local-api"
      description = "Load balancer public"
    }
    "cache:queue" = {
      name        = "ai-validation-platform-queue-local-cache"
      description = "Cache queue"
    }
    "database:main" = {
      name        = "ai-validation-platform-main-local-database"
      description = "Database main"
    }
    "job:migrate" = {
      name        = "ai-validation-platform-migrate-local-job"
      description = "Job migrate tasks"
    }
    "job:report-cleanup" = {
      name        = "ai-validation-platform-report-cleanup-local-job"
      description = "Job report-cleanup tasks"
    }
    "service:api" = {
      name        = "ai-validation-platform-api-local-service"
      description = "Service api tasks"
    }
    "service:orchestrator" = {
      name        = "ai-validation-platform-orchestrator-local-service"
      description = "Service orchestrator tasks"
    }
    "service:web" = {
      name        = "ai-validation-platform-web-local-service"
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

  bucket_name             = "ai-validation-platform-assets-local"
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

  bucket_name   = "ai-validation-platform-reports-local"
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
      name        = "/ai-validation-platform/local/feature-flags"
      description = "JSON map of feature flags per environment."
      value       = "{\"marketResearchAgent\": true, \"competitorAgent\": false}"
    }
    log-level = {
      name        = "/ai-validation-platform/local/log-level"
      description = "Parameter log-level"
      value       = "debug"
    }
  }
  secure_values = {}
}

module "secrets" {
  source = "../../modules/secrets"

  secrets = {
    anthropic-api-key = {
      name        = "/ai-validation-platform/local/anthropic-api-key"
      description = "Anthropic API key, the fallback LLM provider."
    }
    jwt-signing-key = {
      name        = "/ai-validation-platform/local/jwt-signing-key"
      description = "Signs user JWTs issued by the API."
    }
    openai-api-key = {
      name        = "/ai-validation-platform/local/openai-api-key"
      description = "OpenAI API key for the agents (rotated per Story 1.0)."
    }
  }
  recovery_window_in_days = 7
}
