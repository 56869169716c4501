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
      portMappings = [
        {
          containerPort = var.port
          protocol      = "tcp"
        },
      ]
      healthCheck = var.health_check
    },
  ])
  tags = var.tags
}

resource "aws_ecs_service" "this" {
  count = (var.deployment == "rolling") && (var.ci_deploys_image == false) ? 1 : 0

  name                    = var.name
  cluster                 = var.cluster_arn
  task_definition         = aws_ecs_task_definition.this.arn
  desired_count           = var.desired_count
  launch_type             = "FARGATE"
  platform_version        = "LATEST"
  propagate_tags          = "SERVICE"
  enable_ecs_managed_tags = true
  # ECS Exec off unless asked: a shell into production tasks bypasses every other control.
  enable_execute_command = var.enable_execute_command
  # Never below the desired count during a deployment (seed 003: zero-downtime deploys).
  deployment_minimum_healthy_percent = 100
  deployment_maximum_percent         = 200
  health_check_grace_period_seconds  = var.target_group_arn == null ? null : var.health_check_grace_period_seconds

  deployment_controller {
    type = "ECS"
  }

  # A deployment whose tasks keep failing stops and rolls back to the last working one.
  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  network_configuration {
    subnets         = var.subnet_ids
    security_groups = var.security_group_ids
    # Private subnets only: nothing reaches a task but through its security group.
    assign_public_ip = false
  }

  dynamic "load_balancer" {
    for_each = var.target_group_arn == null ? [] : [var.target_group_arn]

    content {
      target_group_arn = load_balancer.value
      container_name   = "app"
      container_port   = var.port
    }
  }

  dynamic "service_registries" {
    for_each = aws_service_discovery_service.this[*].arn

    content {
      registry_arn = service_registries.value
    }
  }

  tags = var.tags
  # Autoscaling (or an operator) owns the count after creation.
  lifecycle {
    ignore_changes = [desired_count]
  }
}

resource "aws_ecs_service" "ci" {
  count = (var.deployment == "rolling") && var.ci_deploys_image ? 1 : 0

  name                    = var.name
  cluster                 = var.cluster_arn
  task_definition         = aws_ecs_task_definition.this.arn
  desired_count           = var.desired_count
  launch_type             = "FARGATE"
  platform_version        = "LATEST"
  propagate_tags          = "SERVICE"
  enable_ecs_managed_tags = true
  # ECS Exec off unless asked: a shell into production tasks bypasses every other control.
  enable_execute_command = var.enable_execute_command
  # Never below the desired count during a deployment (seed 003: zero-downtime deploys).
  deployment_minimum_healthy_percent = 100
  deployment_maximum_percent         = 200
  health_check_grace_period_seconds  = var.target_group_arn == null ? null : var.health_check_grace_period_seconds

  deployment_controller {
    type = "ECS"
  }

  # A deployment whose tasks keep failing stops and rolls back to the last working one.
  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  network_configuration {
    subnets         = var.subnet_ids
    security_groups = var.security_group_ids
    # Private subnets only: nothing reaches a task but through its security group.
    assign_public_ip = false
  }

  dynamic "load_balancer" {
    for_each = var.target_group_arn == null ? [] : [var.target_group_arn]

    content {
      target_group_arn = load_balancer.value
      container_name   = "app"
      container_port   = var.port
    }
  }

  dynamic "service_registries" {
    for_each = aws_service_discovery_service.this[*].arn

    content {
      registry_arn = service_registries.value
    }
  }

  tags = var.tags
  # Autoscaling owns the count; CI rolls out new task definition revisions (deploy.yml).
  lifecycle {
    ignore_changes = [desired_count, task_definition]
  }
}

resource "aws_ecs_service" "blue_green" {
  count = (var.deployment == "blue-green") && (var.ci_deploys_image == false) ? 1 : 0

  name                    = var.name
  cluster                 = var.cluster_arn
  task_definition         = aws_ecs_task_definition.this.arn
  desired_count           = var.desired_count
  launch_type             = "FARGATE"
  platform_version        = "LATEST"
  propagate_tags          = "SERVICE"
  enable_ecs_managed_tags = true
  # ECS Exec off unless asked: a shell into production tasks bypasses every other control.
  enable_execute_command = var.enable_execute_command
  # Never below the desired count during a deployment (seed 003: zero-downtime deploys).
  deployment_minimum_healthy_percent = 100
  deployment_maximum_percent         = 200
  health_check_grace_period_seconds  = var.target_group_arn == null ? null : var.health_check_grace_period_seconds

  deployment_controller {
    type = "ECS"
  }

  # ECS's blue/green: the new revision starts in the green target group, the rule's traffic moves at once, both run for the bake time.
  deployment_configuration {
    strategy             = "BLUE_GREEN"
    bake_time_in_minutes = 5
  }

  # A deployment whose tasks keep failing stops and rolls back to the last working one.
  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  network_configuration {
    subnets         = var.subnet_ids
    security_groups = var.security_group_ids
    # Private subnets only: nothing reaches a task but through its security group.
    assign_public_ip = false
  }

  dynamic "load_balancer" {
    for_each = var.target_group_arn == null ? [] : [var.target_group_arn]

    content {
      target_group_arn = load_balancer.value
      container_name   = "app"
      container_port   = var.port

      advanced_configuration {
        alternate_target_group_arn = var.green_target_group_arn
        production_listener_rule   = var.production_listener_rule_arn
        role_arn                   = aws_iam_role.blue_green[0].arn
      }
    }
  }

  tags = var.tags
  # Autoscaling owns the count; ECS moves the service between its two target groups with each deployment.
  lifecycle {
    ignore_changes = [desired_count, load_balancer]
  }

  depends_on = [aws_iam_role_policy_attachment.blue_green]
}

resource "aws_ecs_service" "blue_green_ci" {
  count = (var.deployment == "blue-green") && var.ci_deploys_image ? 1 : 0

  name                    = var.name
  cluster                 = var.cluster_arn
  task_definition         = aws_ecs_task_definition.this.arn
  desired_count           = var.desired_count
  launch_type             = "FARGATE"
  platform_version        = "LATEST"
  propagate_tags          = "SERVICE"
  enable_ecs_managed_tags = true
  # ECS Exec off unless asked: a shell into production tasks bypasses every other control.
  enable_execute_command = var.enable_execute_command
  # Never below the desired count during a deployment (seed 003: zero-downtime deploys).
  deployment_minimum_healthy_percent = 100
  deployment_maximum_percent         = 200
  health_check_grace_period_seconds  = var.target_group_arn == null ? null : var.health_check_grace_period_seconds

  deployment_controller {
    type = "ECS"
  }

  # ECS's blue/green: the new revision starts in the green target group, the rule's traffic moves at once, both run for the bake time.
  deployment_configuration {
    strategy             = "BLUE_GREEN"
    bake_time_in_minutes = 5
  }

  # A deployment whose tasks keep failing stops and rolls back to the last working one.
  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  network_configuration {
    subnets         = var.subnet_ids
    security_groups = var.security_group_ids
    # Private subnets only: nothing reaches a task but through its security group.
    assign_public_ip = false
  }

  dynamic "load_balancer" {
    for_each = var.target_group_arn == null ? [] : [var.target_group_arn]

    content {
      target_group_arn = load_balancer.value
      container_name   = "app"
      container_port   = var.port

      advanced_configuration {
        alternate_target_group_arn = var.green_target_group_arn
        production_listener_rule   = var.production_listener_rule_arn
        role_arn                   = aws_iam_role.blue_green[0].arn
      }
    }
  }

  tags = var.tags
  # Autoscaling owns the count; CI rolls out new task definition revisions (deploy.yml); ECS moves the service between its two target groups with each deployment.
  lifecycle {
    ignore_changes = [desired_count, task_definition, load_balancer]
  }

  depends_on = [aws_iam_role_policy_attachment.blue_green]
}

locals {
  service = one(concat(aws_ecs_service.this, aws_ecs_service.ci, aws_ecs_service.blue_green, aws_ecs_service.blue_green_ci))
}

resource "aws_service_discovery_service" "this" {
  count = var.discovery_name == null ? 0 : 1

  name        = var.discovery_name
  description = "Tasks of ${var.name} (ECS keeps the records current)."

  dns_config {
    namespace_id = var.discovery_namespace_id
    # One A record per running task; a caller's resolver spreads requests over them.
    routing_policy = "MULTIVALUE"

    dns_records {
      type = "A"
      ttl  = 10
    }
  }

  # ECS reports each task's health (its container health check) to Cloud Map.
  health_check_custom_config {}

  tags = var.tags
}

resource "aws_appautoscaling_target" "this" {
  count = var.min_capacity != null ? 1 : 0

  service_namespace  = "ecs"
  scalable_dimension = "ecs:service:DesiredCount"
  resource_id        = "service/${var.cluster_name}/${local.service.name}"
  min_capacity       = var.min_capacity
  max_capacity       = var.max_capacity
}

resource "aws_appautoscaling_policy" "cpu" {
  count = var.min_capacity != null ? 1 : 0

  name               = "${var.name}-cpu"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.this[0].service_namespace
  resource_id        = aws_appautoscaling_target.this[0].resource_id
  scalable_dimension = aws_appautoscaling_target.this[0].scalable_dimension

  target_tracking_scaling_policy_configuration {
    target_value       = var.cpu_target
    scale_in_cooldown  = 300
    scale_out_cooldown = 60

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}

resource "aws_appautoscaling_policy" "memory" {
  count = (var.min_capacity != null) && (var.memory_target != null) ? 1 : 0

  name               = "${var.name}-memory"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.this[0].service_namespace
  resource_id        = aws_appautoscaling_target.this[0].resource_id
  scalable_dimension = aws_appautoscaling_target.this[0].scalable_dimension

  target_tracking_scaling_policy_configuration {
    target_value       = var.memory_target
    scale_in_cooldown  = 300
    scale_out_cooldown = 60

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageMemoryUtilization"
    }
  }
}

resource "aws_appautoscaling_policy" "requests" {
  count = (var.min_capacity != null) && (var.requests_per_target != null) ? 1 : 0

  name               = "${var.name}-requests"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.this[0].service_namespace
  resource_id        = aws_appautoscaling_target.this[0].resource_id
  scalable_dimension = aws_appautoscaling_target.this[0].scalable_dimension

  target_tracking_scaling_policy_configuration {
    target_value       = var.requests_per_target
    scale_in_cooldown  = 300
    scale_out_cooldown = 60

    predefined_metric_specification {
      predefined_metric_type = "ALBRequestCountPerTarget"
      resource_label         = var.request_count_resource_label
    }
  }
}

resource "aws_appautoscaling_scheduled_action" "this" {
  for_each = var.min_capacity != null ? var.scaling_schedules : {}

  name               = "${var.name}-${each.key}"
  service_namespace  = aws_appautoscaling_target.this[0].service_namespace
  resource_id        = aws_appautoscaling_target.this[0].resource_id
  scalable_dimension = aws_appautoscaling_target.this[0].scalable_dimension
  schedule           = each.value.schedule
  timezone           = each.value.timezone

  scalable_target_action {
    min_capacity = each.value.min
    max_capacity = each.value.max
  }
}

data "aws_partition" "current" {}

resource "aws_iam_role" "blue_green" {
  count = var.deployment == "blue-green" ? 1 : 0

  name        = "${var.name}-blue-green"
  description = "ECS moving the traffic of a blue-green deployment between the target groups"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "TrustEcs"
        Effect = "Allow"
        Principal = {
          Service = "ecs.amazonaws.com"
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

resource "aws_iam_role_policy_attachment" "blue_green" {
  count = var.deployment == "blue-green" ? 1 : 0

  role = aws_iam_role.blue_green[0].name
  # AWS's policy for exactly this role (platform.aws.EcsBlueGreen says why not a list of actions).
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonECSInfrastructureRolePolicyForLoadBalancers"
}
