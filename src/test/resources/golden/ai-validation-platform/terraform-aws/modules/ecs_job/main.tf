data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

resource "aws_cloudwatch_log_group" "this" {
  name = "/ecs/${var.name}"
  # FORGE-LOG-001: logs kept for a bounded time.
  retention_in_days = var.log_retention_in_days
  tags              = var.tags
}

locals {
  own_log_statements = [
    {
      sid       = "WriteOwnLogs"
      actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
      resources = ["${aws_cloudwatch_log_group.this.arn}:log-stream:*"]
    },
  ]
}

resource "aws_iam_role" "execution" {
  name        = "${var.name}-execution"
  description = "Role of ECS starting the task: pull the image, inject the secrets, write the logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "TrustEcsTasks"
        Effect = "Allow"
        Principal = {
          Service = "ecs-tasks.amazonaws.com"
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
  tags = var.tags
}

resource "aws_iam_role_policy" "execution" {
  name = "${var.name}-execution"
  role = aws_iam_role.execution.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [for s in concat(local.own_log_statements, var.execution_statements) : {
      Sid      = s.sid
      Effect   = "Allow"
      Action   = s.actions
      Resource = s.resources
    }]
  })
}

resource "aws_iam_role" "task" {
  name        = "${var.name}-task"
  description = "Role of the code in the task: exactly what the spec's uses: grant"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "TrustEcsTasks"
        Effect = "Allow"
        Principal = {
          Service = "ecs-tasks.amazonaws.com"
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
  tags = var.tags
}

resource "aws_iam_role_policy" "task" {
  count = length(var.task_statements) > 0 ? 1 : 0

  name = "${var.name}-task"
  role = aws_iam_role.task.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [for s in var.task_statements : {
      Sid      = s.sid
      Effect   = "Allow"
      Action   = s.actions
      Resource = s.resources
    }]
  })
}

resource "aws_ecs_task_definition" "this" {
  family                   = var.name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = tostring(var.cpu)
  memory                   = tostring(var.memory)
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = var.architecture
  }

  # Read-only root filesystem (checkov CKV_AWS_336; FORGE-K8S-002 on pods): /tmp is the one writable place.
  volume {
    name = "tmp"
  }

  # Secrets arrive as `secrets` (valueFrom), never in `environment` (FORGE-SEC-001); not privileged
  # mode, every capability dropped, a numeric non-root user (FORGE-DKR-001).
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = var.image
      essential = true
      command   = var.command
      environment = [for k in keys(var.environment) : {
        name  = k
        value = var.environment[k]
      }]
      secrets = [for k in keys(var.secrets) : {
        name      = k
        valueFrom = var.secrets[k]
      }]
      user                   = var.user
      readonlyRootFilesystem = true
      mountPoints = [
        {
          sourceVolume  = "tmp"
          containerPath = "/tmp"
          readOnly      = false
        },
      ]
      linuxParameters = {
        initProcessEnabled = true
        capabilities = {
          drop = ["ALL"]
        }
      }
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.this.name
          awslogs-region        = data.aws_region.current.region
          awslogs-stream-prefix = "app"
        }
      }
    },
  ])
  tags = var.tags
}

data "aws_partition" "current" {}

resource "aws_iam_role" "scheduler" {
  count = var.schedule_expression != null ? 1 : 0

  name        = "${var.name}-scheduler"
  description = "EventBridge Scheduler running this job's task"
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
  tags = var.tags
}

resource "aws_iam_role_policy" "scheduler" {
  count = var.schedule_expression != null ? 1 : 0

  name = "${var.name}-scheduler"
  role = aws_iam_role.scheduler[0].id
  # RunTask of this family only, in this cluster only; its two roles passed to ECS tasks only.
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "RunJobTask"
        Effect = "Allow"
        Action = ["ecs:RunTask"]
        Resource = [
          "arn:${data.aws_partition.current.partition}:ecs:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:task-definition/${var.name}:*",
        ]
        Condition = {
          ArnEquals = {
            "ecs:cluster" = var.cluster_arn
          }
        }
      },
      {
        Sid      = "PassJobRoles"
        Effect   = "Allow"
        Action   = ["iam:PassRole"]
        Resource = [aws_iam_role.task.arn, aws_iam_role.execution.arn]
        Condition = {
          StringEquals = {
            "iam:PassedToService" = "ecs-tasks.amazonaws.com"
          }
        }
      },
    ]
  })
}

resource "aws_scheduler_schedule" "this" {
  count = var.schedule_expression != null ? 1 : 0

  name                         = var.name
  description                  = "Runs job ${var.name}"
  schedule_expression          = var.schedule_expression
  schedule_expression_timezone = var.schedule_timezone

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = var.cluster_arn
    role_arn = aws_iam_role.scheduler[0].arn

    ecs_parameters {
      task_definition_arn     = aws_ecs_task_definition.this.arn
      launch_type             = "FARGATE"
      platform_version        = "LATEST"
      task_count              = 1
      propagate_tags          = "TASK_DEFINITION"
      enable_ecs_managed_tags = true

      network_configuration {
        subnets          = var.subnet_ids
        security_groups  = var.security_group_ids
        assign_public_ip = false
      }
    }

    retry_policy {
      maximum_retry_attempts       = var.retries
      maximum_event_age_in_seconds = 3600
    }
  }

  depends_on = [aws_iam_role_policy.scheduler]
}
