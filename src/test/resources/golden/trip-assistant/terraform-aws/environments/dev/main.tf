module "role_agent" {
  source = "../../modules/iam"

  name        = "trip-assistant-agent-dev"
  description = "Execution role of function agent"
  statements = [
    {
      sid       = "WriteOwnLogs"
      actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
      resources = [module.function_agent.log_group_arn, "${module.function_agent.log_group_arn}:log-stream:*"]
    },
    {
      sid       = "WriteTraces"
      actions   = ["xray:PutTelemetryRecords", "xray:PutTraceSegments"]
      resources = ["*"]
    },
    {
      sid       = "SendToOwnDeadLetterQueue"
      actions   = ["sqs:SendMessage"]
      resources = [module.function_agent.dead_letter_queue_arn]
    },
    {
      sid       = "ReadSecretOpenaiApiKey"
      actions   = ["ssm:GetParameter", "ssm:GetParameters"]
      resources = [module.ssm.parameter_arns["openai-api-key"]]
    },
  ]
}

module "function_agent" {
  source = "../../modules/lambda"

  function_name            = "trip-assistant-agent-dev"
  description              = "LangGraph agent (awslambdaric entry point); reads the OpenAI key lazily from SSM."
  role_arn                 = module.role_agent.role_arn
  package_type             = "Image"
  image_uri                = "${module.ecr.repository_urls["agent"]}:${var.image_tag}"
  ci_deploys_code          = true
  architecture             = "arm64"
  memory_size              = 512
  timeout                  = 30
  tracing                  = true
  create_dead_letter_queue = true
  log_retention_in_days    = 7
  environment_variables = {
    ENVIRONMENT        = var.environment
    SSM_PARAMETER_NAME = module.ssm.parameter_names["openai-api-key"]
  }
}

module "role_api" {
  source = "../../modules/iam"

  name        = "trip-assistant-api-dev"
  description = "Execution role of function api"
  statements = [
    {
      sid       = "WriteOwnLogs"
      actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
      resources = [module.function_api.log_group_arn, "${module.function_api.log_group_arn}:log-stream:*"]
    },
    {
      sid       = "WriteTraces"
      actions   = ["xray:PutTelemetryRecords", "xray:PutTraceSegments"]
      resources = ["*"]
    },
    {
      sid       = "SendToOwnDeadLetterQueue"
      actions   = ["sqs:SendMessage"]
      resources = [module.function_api.dead_letter_queue_arn]
    },
    {
      sid       = "InvokeFunctionAgent"
      actions   = ["lambda:InvokeFunction"]
      resources = [module.function_agent.alias_arn]
    },
  ]
}

module "function_api" {
  source = "../../modules/lambda"

  function_name            = "trip-assistant-api-dev"
  description              = "FastAPI app behind Mangum; invokes the agent."
  role_arn                 = module.role_api.role_arn
  package_type             = "Image"
  image_uri                = "${module.ecr.repository_urls["api"]}:${var.image_tag}"
  ci_deploys_code          = true
  architecture             = "arm64"
  memory_size              = 512
  timeout                  = 30
  tracing                  = true
  create_dead_letter_queue = true
  log_retention_in_days    = 7
  environment_variables = {
    AGENT_LAMBDA_FUNCTION_NAME = "${module.function_agent.function_name}:${module.function_agent.alias_name}"
    ENVIRONMENT                = var.environment
  }
}

module "ssm" {
  source = "../../modules/ssm"

  secure_parameters = {
    openai-api-key = {
      name        = "/trip-assistant/dev/openai-api-key"
      description = "OpenAI API key used by the agent; set with `aws ssm put-parameter` or terraform's openai_api_key variable."
    }
  }
  secure_values = {
    openai-api-key = var.openai_api_key
  }
  secure_value_versions = var.secret_versions
}

module "api_public" {
  source = "../../modules/api_gateway_http"

  name        = "trip-assistant-public-dev"
  description = "Public HTTP API; FastAPI routes inside the API function."
  integrations = {
    api = {
      invoke_arn    = module.function_api.alias_invoke_arn
      function_name = module.function_api.function_name
      qualifier     = module.function_api.alias_name
    }
  }
  routes = {
    "GET /api/health" = {
      integration = "api"
      authorized  = false
      source_path = "GET/api/health"
    }
    "POST /api/messages" = {
      integration = "api"
      authorized  = false
      source_path = "POST/api/messages"
    }
  }
  cors = {
    allow_origins     = ["*"]
    allow_methods     = ["GET", "POST", "PUT", "DELETE", "OPTIONS"]
    allow_headers     = ["Content-Type", "Authorization"]
    allow_credentials = false
    max_age           = 3600
  }
  throttling_rate_limit  = 20
  throttling_burst_limit = 40
  access_logs            = true
  log_retention_in_days  = 7
}

module "ecr" {
  source = "../../modules/ecr"

  repositories = {
    agent = "trip-assistant-agent-dev"
    api   = "trip-assistant-api-dev"
  }
  force_delete = true
}

module "github_oidc" {
  source = "../../modules/github_oidc"

  role_name           = "trip-assistant-deploy-dev"
  repository          = "example-org/trip-assistant"
  branch              = "main"
  github_environment  = "dev"
  require_environment = false
  create_provider     = var.create_github_oidc_provider
  function_arns       = [module.function_agent.function_arn, module.function_api.function_arn]
  repository_arns     = values(module.ecr.repository_arns)
  state_bucket        = var.state_bucket
  state_key           = "trip-assistant/dev/terraform.tfstate"
}

module "monitoring" {
  source = "../../modules/monitoring"

  name         = "trip-assistant-dev"
  alert_emails = []
  functions = {
    agent = {
      function_name   = module.function_agent.function_name
      timeout_seconds = 30
    }
    api = {
      function_name   = module.function_api.function_name
      timeout_seconds = 30
    }
  }
  http_apis = {
    public = module.api_public.api_id
  }
  rest_apis = {}
  tables    = {}
  dead_letter_queues = {
    function-agent = module.function_agent.dead_letter_queue_name
    function-api   = module.function_api.dead_letter_queue_name
  }
  error_threshold        = 5
  duration_percent       = 90
  server_error_threshold = 5
  latency_threshold_ms   = 3000
  create_alarms          = true
  create_dashboard       = true
}
