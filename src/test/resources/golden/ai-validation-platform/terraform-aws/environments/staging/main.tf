module "bucket_assets" {
  source = "../../modules/s3"

  providers = {
    aws         = aws
    aws.replica = aws
  }

  bucket_name             = "ai-validation-platform-assets-staging-222222222222"
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

  bucket_name   = "ai-validation-platform-reports-staging-222222222222"
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
      name        = "/ai-validation-platform/staging/feature-flags"
      description = "JSON map of feature flags per environment."
      value       = "{\"marketResearchAgent\": true, \"competitorAgent\": false}"
    }
    log-level = {
      name        = "/ai-validation-platform/staging/log-level"
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
      name        = "/ai-validation-platform/staging/anthropic-api-key"
      description = "Anthropic API key, the fallback LLM provider."
    }
    jwt-signing-key = {
      name        = "/ai-validation-platform/staging/jwt-signing-key"
      description = "Signs user JWTs issued by the API."
    }
    openai-api-key = {
      name        = "/ai-validation-platform/staging/openai-api-key"
      description = "OpenAI API key for the agents (rotated per Story 1.0)."
    }
  }
  recovery_window_in_days = 7
}
