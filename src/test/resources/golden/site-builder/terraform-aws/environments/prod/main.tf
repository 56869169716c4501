data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

data "aws_region" "current" {}

module "role_agents" {
  source = "../../modules/iam"

  name        = "site-builder-agents-prod"
  description = "Execution role of function agents"
  statements = [
    {
      sid       = "WriteOwnLogs"
      actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
      resources = [module.function_agents.log_group_arn, "${module.function_agents.log_group_arn}:log-stream:*"]
    },
    {
      sid       = "WriteTraces"
      actions   = ["xray:PutTelemetryRecords", "xray:PutTraceSegments"]
      resources = ["*"]
    },
    {
      sid       = "SendToOwnDeadLetterQueue"
      actions   = ["sqs:SendMessage"]
      resources = [module.function_agents.dead_letter_queue_arn]
    },
    {
      sid = "ReadTableAgentSessions"
      actions = [
        "dynamodb:BatchGetItem",
        "dynamodb:ConditionCheckItem",
        "dynamodb:DescribeTable",
        "dynamodb:GetItem",
        "dynamodb:Query",
        "dynamodb:Scan",
      ]
      resources = concat([module.table_agent_sessions.table_arn], values(module.table_agent_sessions.table_index_arns))
    },
    {
      sid       = "WriteTableAgentSessions"
      actions   = ["dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:UpdateItem"]
      resources = [module.table_agent_sessions.table_arn]
    },
    {
      sid = "ReadTableGenerations"
      actions = [
        "dynamodb:BatchGetItem",
        "dynamodb:ConditionCheckItem",
        "dynamodb:DescribeTable",
        "dynamodb:GetItem",
        "dynamodb:Query",
        "dynamodb:Scan",
      ]
      resources = concat([module.table_generations.table_arn], values(module.table_generations.table_index_arns))
    },
    {
      sid     = "InvokeModelClaudeSonnet"
      actions = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
      resources = [
        "arn:${data.aws_partition.current.partition}:bedrock:${data.aws_region.current.region}::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0",
      ]
    },
  ]
}

module "function_agents" {
  source = "../../modules/lambda"

  function_name            = "site-builder-agents-prod"
  description              = "Runs the design and content agents."
  role_arn                 = module.role_agents.role_arn
  runtime                  = "python3.12"
  handler                  = "handler.handler"
  source_dir               = "${var.source_root}/src/lambdas/agents"
  architecture             = "arm64"
  memory_size              = 512
  timeout                  = 60
  tracing                  = true
  create_dead_letter_queue = true
  log_retention_in_days    = 90
  reserved_concurrency     = 20
  environment_variables = {
    AGENT_SESSIONS_TABLE_NAME = module.table_agent_sessions.table_name
    CLAUDE_SONNET_MODEL_ID    = "anthropic.claude-sonnet-4-5-20250929-v1:0"
    ENVIRONMENT               = var.environment
    GENERATIONS_TABLE_NAME    = module.table_generations.table_name
  }
}

module "role_generation" {
  source = "../../modules/iam"

  name        = "site-builder-generation-prod"
  description = "Execution role of function generation"
  statements = [
    {
      sid     = "WriteOwnLogs"
      actions = ["logs:CreateLogStream", "logs:PutLogEvents"]
      resources = [
        module.function_generation.log_group_arn,
        "${module.function_generation.log_group_arn}:log-stream:*",
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
      resources = [module.function_generation.dead_letter_queue_arn]
    },
    {
      sid = "ReadTableGenerations"
      actions = [
        "dynamodb:BatchGetItem",
        "dynamodb:ConditionCheckItem",
        "dynamodb:DescribeTable",
        "dynamodb:GetItem",
        "dynamodb:Query",
        "dynamodb:Scan",
      ]
      resources = concat([module.table_generations.table_arn], values(module.table_generations.table_index_arns))
    },
    {
      sid       = "WriteTableGenerations"
      actions   = ["dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:UpdateItem"]
      resources = [module.table_generations.table_arn]
    },
    {
      sid       = "ListBucketSites"
      actions   = ["s3:ListBucket"]
      resources = [module.bucket_sites.bucket_arn]
    },
    {
      sid       = "ReadObjectsSites"
      actions   = ["s3:GetObject", "s3:GetObjectVersion"]
      resources = ["${module.bucket_sites.bucket_arn}/*"]
    },
    {
      sid       = "WriteObjectsSites"
      actions   = ["s3:AbortMultipartUpload", "s3:PutObject"]
      resources = ["${module.bucket_sites.bucket_arn}/*"]
    },
    {
      sid     = "InvokeModelClaudeSonnet"
      actions = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
      resources = [
        "arn:${data.aws_partition.current.partition}:bedrock:${data.aws_region.current.region}::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0",
      ]
    },
    {
      sid     = "InvokeModelStableDiffusion"
      actions = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
      resources = [
        "arn:${data.aws_partition.current.partition}:bedrock:${data.aws_region.current.region}::foundation-model/stability.stable-diffusion-xl-v1",
      ]
    },
  ]
}

module "function_generation" {
  source = "../../modules/lambda"

  function_name            = "site-builder-generation-prod"
  description              = "Generates sites with Claude and images with Stable Diffusion."
  role_arn                 = module.role_generation.role_arn
  runtime                  = "python3.12"
  handler                  = "handler.handler"
  source_dir               = "${var.source_root}/src/lambdas/generation"
  architecture             = "arm64"
  memory_size              = 1024
  timeout                  = 60
  tracing                  = true
  create_dead_letter_queue = true
  log_retention_in_days    = 90
  reserved_concurrency     = 50
  environment_variables = {
    CLAUDE_SONNET_MODEL_ID    = "anthropic.claude-sonnet-4-5-20250929-v1:0"
    ENVIRONMENT               = var.environment
    GENERATIONS_TABLE_NAME    = module.table_generations.table_name
    PUBLIC_API_URL            = module.api_generation_api.base_url
    SITES_BUCKET_NAME         = module.bucket_sites.bucket_name
    STABLE_DIFFUSION_MODEL_ID = "stability.stable-diffusion-xl-v1"
  }
}

module "role_validation" {
  source = "../../modules/iam"

  name        = "site-builder-validation-prod"
  description = "Execution role of function validation"
  statements = [
    {
      sid     = "WriteOwnLogs"
      actions = ["logs:CreateLogStream", "logs:PutLogEvents"]
      resources = [
        module.function_validation.log_group_arn,
        "${module.function_validation.log_group_arn}:log-stream:*",
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
      resources = [module.function_validation.dead_letter_queue_arn]
    },
    {
      sid = "ReadTableGenerations"
      actions = [
        "dynamodb:BatchGetItem",
        "dynamodb:ConditionCheckItem",
        "dynamodb:DescribeTable",
        "dynamodb:GetItem",
        "dynamodb:Query",
        "dynamodb:Scan",
      ]
      resources = concat([module.table_generations.table_arn], values(module.table_generations.table_index_arns))
    },
    {
      sid       = "ListBucketSites"
      actions   = ["s3:ListBucket"]
      resources = [module.bucket_sites.bucket_arn]
    },
    {
      sid       = "ReadObjectsSites"
      actions   = ["s3:GetObject", "s3:GetObjectVersion"]
      resources = ["${module.bucket_sites.bucket_arn}/*"]
    },
  ]
}

module "function_validation" {
  source = "../../modules/lambda"

  function_name            = "site-builder-validation-prod"
  description              = "Validates generated sites (HTML, links, accessibility)."
  role_arn                 = module.role_validation.role_arn
  runtime                  = "python3.12"
  handler                  = "handler.handler"
  source_dir               = "${var.source_root}/src/lambdas/validation"
  architecture             = "arm64"
  memory_size              = 512
  timeout                  = 30
  tracing                  = true
  create_dead_letter_queue = true
  log_retention_in_days    = 90
  reserved_concurrency     = 10
  environment_variables = {
    ENVIRONMENT            = var.environment
    GENERATIONS_TABLE_NAME = module.table_generations.table_name
    SITES_BUCKET_NAME      = module.bucket_sites.bucket_name
  }
}

module "table_agent_sessions" {
  source = "../../modules/dynamodb"

  name     = "site-builder-agent-sessions-prod"
  hash_key = "session_id"
  attributes = [
    {
      name = "session_id"
      type = "S"
    },
  ]
  ttl_attribute          = "expires_at"
  encryption             = "kms"
  point_in_time_recovery = true
  deletion_protection    = true
}

module "table_generations" {
  source = "../../modules/dynamodb"

  name      = "site-builder-generations-prod"
  hash_key  = "tenant_id"
  range_key = "generation_id"
  attributes = [
    {
      name = "created_at"
      type = "N"
    },
    {
      name = "generation_id"
      type = "S"
    },
    {
      name = "status"
      type = "S"
    },
    {
      name = "tenant_id"
      type = "S"
    },
  ]
  global_secondary_indexes = [
    {
      name            = "by-status"
      hash_key        = "status"
      range_key       = "created_at"
      projection_type = "ALL"
    },
  ]
  ttl_attribute          = "expires_at"
  stream_view_type       = "NEW_AND_OLD_IMAGES"
  replica_regions        = ["eu-west-1"]
  encryption             = "kms"
  point_in_time_recovery = true
  deletion_protection    = true
}

module "bucket_sites" {
  source = "../../modules/s3"

  providers = {
    aws         = aws
    aws.replica = aws.replica_eu_west_1
  }

  bucket_name   = "site-builder-sites-prod"
  force_destroy = false
  versioning    = true
  encryption    = "managed"
  cors_rules = [
    {
      allowed_origins = ["https://builder.example.com"]
      allowed_methods = ["GET", "PUT", "POST"]
      allowed_headers = ["Content-Type", "Authorization"]
      max_age_seconds = 3000
    },
  ]
  lifecycle_rules = [
    {
      id                           = "rule-1"
      prefix                       = ""
      noncurrent_expiration_days   = 30
      abort_incomplete_upload_days = 7
    },
  ]
  replica_bucket_name     = "site-builder-sites-prod-replica"
  replica_storage_class   = "STANDARD"
  cdn_enabled             = true
  cdn_default_root_object = "index.html"
}

module "api_generation_api" {
  source = "../../modules/api_gateway_rest"

  name        = "site-builder-generation-api-prod"
  description = "Generation, agents and validation endpoints (openapi/*.yaml)."
  integrations = {
    agents = {
      invoke_arn    = module.function_agents.alias_invoke_arn
      function_name = module.function_agents.function_name
      qualifier     = module.function_agents.alias_name
    }
    generation = {
      invoke_arn    = module.function_generation.alias_invoke_arn
      function_name = module.function_generation.function_name
      qualifier     = module.function_generation.alias_name
    }
    validation = {
      invoke_arn    = module.function_validation.alias_invoke_arn
      function_name = module.function_validation.function_name
      qualifier     = module.function_validation.alias_name
    }
  }
  routes = {
    "GET /v1/generations/{generation_id}" = {
      integration = "generation"
      authorized  = true
      source_path = "GET/v1/generations/*"
    }
    "GET /v1/health" = {
      integration = "validation"
      authorized  = false
      source_path = "GET/v1/health"
    }
    "POST /v1/agents/{agent}/invoke" = {
      integration = "agents"
      authorized  = true
      source_path = "POST/v1/agents/*/invoke"
    }
    "POST /v1/generations" = {
      integration = "generation"
      authorized  = true
      source_path = "POST/v1/generations"
    }
    "POST /v1/validations" = {
      integration = "validation"
      authorized  = true
      source_path = "POST/v1/validations"
    }
  }
  resources = {
    "/v1" = {
      depth     = 1
      parent    = "/"
      path_part = "v1"
    }
    "/v1/agents" = {
      depth     = 2
      parent    = "/v1"
      path_part = "agents"
    }
    "/v1/agents/{agent}" = {
      depth     = 3
      parent    = "/v1/agents"
      path_part = "{agent}"
    }
    "/v1/agents/{agent}/invoke" = {
      depth     = 4
      parent    = "/v1/agents/{agent}"
      path_part = "invoke"
    }
    "/v1/generations" = {
      depth     = 2
      parent    = "/v1"
      path_part = "generations"
    }
    "/v1/generations/{generation_id}" = {
      depth     = 3
      parent    = "/v1/generations"
      path_part = "{generation_id}"
    }
    "/v1/health" = {
      depth     = 2
      parent    = "/v1"
      path_part = "health"
    }
    "/v1/validations" = {
      depth     = 2
      parent    = "/v1"
      path_part = "validations"
    }
  }
  cognito_user_pool_arn = var.cognito_user_pool_arn
  cors = {
    allow_origin      = "https://builder.example.com"
    allow_methods     = "GET,POST,PUT,DELETE,OPTIONS"
    allow_headers     = "Content-Type,Authorization"
    allow_credentials = true
    max_age           = 3600
  }
  waf                    = true
  throttling_rate_limit  = 50
  throttling_burst_limit = 100
  access_logs            = true
  log_retention_in_days  = 90
}

module "ci_artifacts" {
  source = "../../modules/s3"

  count = var.function_artifact_bucket != null ? 0 : 1
  providers = {
    aws         = aws
    aws.replica = aws
  }

  bucket_name = "site-builder-prod-ci-artifacts-${data.aws_caller_identity.current.account_id}"
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

  role_name           = "site-builder-deploy-prod"
  repository          = "example-org/site-builder"
  branch              = "main"
  github_environment  = "prod"
  require_environment = true
  create_provider     = var.create_github_oidc_provider
  function_arns = [
    module.function_agents.function_arn,
    module.function_generation.function_arn,
    module.function_validation.function_arn,
  ]
  artifact_bucket = var.function_artifact_bucket != null ? var.function_artifact_bucket : one(module.ci_artifacts[*].bucket_name)
  state_bucket    = var.state_bucket
  state_key       = "site-builder/prod/terraform.tfstate"
}

module "monitoring" {
  source = "../../modules/monitoring"

  name         = "site-builder-prod"
  alert_emails = ["prod-alerts@example.com", "oncall@example.com"]
  functions = {
    agents = {
      function_name   = module.function_agents.function_name
      timeout_seconds = 60
    }
    generation = {
      function_name   = module.function_generation.function_name
      timeout_seconds = 60
    }
    validation = {
      function_name   = module.function_validation.function_name
      timeout_seconds = 30
    }
  }
  http_apis = {}
  rest_apis = {
    generation-api = module.api_generation_api.api_name
  }
  tables = {
    agent-sessions = module.table_agent_sessions.table_name
    generations    = module.table_generations.table_name
  }
  dead_letter_queues = {
    function-agents     = module.function_agents.dead_letter_queue_name
    function-generation = module.function_generation.dead_letter_queue_name
    function-validation = module.function_validation.dead_letter_queue_name
  }
  error_threshold        = 5
  duration_percent       = 90
  server_error_threshold = 5
  latency_threshold_ms   = 3000
  create_alarms          = true
  create_dashboard       = true
}
