data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

data "aws_region" "current" {}

module "role_convergence_worker" {
  source = "../../modules/iam"

  name        = "forge-platform-convergence-worker-prod"
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
        "arn:${data.aws_partition.current.partition}:ec2:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:security-group/${module.function_convergence_worker.security_group_id}",
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
      resources = [for id in var.private_subnet_ids : "arn:${data.aws_partition.current.partition}:ec2:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:subnet/${id}"]
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
      sid       = "ReadDatabaseCredentialsPlatform"
      actions   = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]
      resources = [var.platform_database_secret_arn]
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
}

module "function_convergence_worker" {
  source = "../../modules/lambda"

  function_name            = "forge-platform-convergence-worker-prod"
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
  log_retention_in_days    = 90
  reserved_concurrency     = 20
  provisioned_concurrency  = 2
  vpc_id                   = var.vpc_id
  vpc_cidr                 = var.vpc_cidr
  subnet_ids               = var.private_subnet_ids
  egress_ports             = [var.platform_database_port]
  environment_variables = {
    ARTIFACTS_BUCKET_NAME        = module.bucket_artifacts.bucket_name
    CLAUDE_HAIKU_MODEL_ID        = "anthropic.claude-3-5-haiku-20241022-v1:0"
    CLAUDE_OPUS_MODEL_ID         = "anthropic.claude-3-opus-20240229-v1:0"
    CLAUDE_SONNET_MODEL_ID       = "anthropic.claude-3-5-sonnet-20241022-v2:0"
    ENVIRONMENT                  = var.environment
    PLATFORM_DATABASE_HOST       = var.platform_database_host
    PLATFORM_DATABASE_NAME       = var.platform_database_name
    PLATFORM_DATABASE_PORT       = var.platform_database_port
    PLATFORM_DATABASE_SECRET_ARN = var.platform_database_secret_arn
  }
}

module "role_parser" {
  source = "../../modules/iam"

  name        = "forge-platform-parser-prod"
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
        "arn:${data.aws_partition.current.partition}:ec2:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:security-group/${module.function_parser.security_group_id}",
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
      resources = [for id in var.private_subnet_ids : "arn:${data.aws_partition.current.partition}:ec2:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:subnet/${id}"]
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

  function_name            = "forge-platform-parser-prod"
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
  log_retention_in_days    = 90
  reserved_concurrency     = 10
  vpc_id                   = var.vpc_id
  vpc_cidr                 = var.vpc_cidr
  subnet_ids               = var.private_subnet_ids
  environment_variables = {
    ARTIFACTS_BUCKET_NAME = module.bucket_artifacts.bucket_name
    CLAUDE_HAIKU_MODEL_ID = "anthropic.claude-3-5-haiku-20241022-v1:0"
    ENVIRONMENT           = var.environment
  }
}

module "bucket_artifacts" {
  source = "../../modules/s3"

  providers = {
    aws         = aws
    aws.replica = aws
  }

  bucket_name   = "forge-platform-artifacts-prod"
  force_destroy = false
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

module "secrets" {
  source = "../../modules/secrets"

  secrets = {
    session-signing-key = {
      name        = "/forge-platform/prod/session-signing-key"
      description = "Signs platform session cookies; rotated by the platform team."
    }
  }
  recovery_window_in_days = 30
}

module "github_oidc" {
  source = "../../modules/github_oidc"

  role_name           = "forge-platform-deploy-prod"
  repository          = "example-org/forge"
  branch              = "main"
  github_environment  = "prod"
  require_environment = true
  create_provider     = var.create_github_oidc_provider
  function_arns       = [module.function_convergence_worker.function_arn, module.function_parser.function_arn]
  state_bucket        = var.state_bucket
  state_key           = "forge-platform/prod/terraform.tfstate"
}

module "monitoring" {
  source = "../../modules/monitoring"

  name         = "forge-platform-prod"
  alert_emails = ["forge-oncall@example.com"]
  functions = {
    convergence-worker = {
      function_name   = module.function_convergence_worker.function_name
      timeout_seconds = 300
    }
    parser = {
      function_name   = module.function_parser.function_name
      timeout_seconds = 60
    }
  }
  http_apis = {}
  rest_apis = {}
  tables    = {}
  dead_letter_queues = {
    function-convergence-worker = module.function_convergence_worker.dead_letter_queue_name
    function-parser             = module.function_parser.dead_letter_queue_name
  }
  error_threshold        = 5
  duration_percent       = 90
  server_error_threshold = 5
  latency_threshold_ms   = 3000
  create_alarms          = true
  create_dashboard       = true
}
