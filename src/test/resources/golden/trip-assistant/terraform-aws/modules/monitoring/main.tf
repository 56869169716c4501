data "aws_region" "current" {}

resource "aws_sns_topic" "this" {
  name = "${var.name}-alarms"
  # The AWS-managed aws/sns key cannot be used: CloudWatch alarms need a key policy granting them.
  tags = var.tags
}

resource "aws_sns_topic_subscription" "email" {
  for_each = toset(var.alert_emails)

  topic_arn = aws_sns_topic.this.arn
  protocol  = "email"
  endpoint  = each.value
}

resource "aws_cloudwatch_metric_alarm" "function_errors" {
  for_each = var.create_alarms ? var.functions : {}

  alarm_name          = "${var.name}-${each.key}-errors"
  alarm_description   = "Function errors"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.error_threshold
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    FunctionName = each.value.function_name
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "function_throttles" {
  for_each = var.create_alarms ? var.functions : {}

  alarm_name          = "${var.name}-${each.key}-throttles"
  alarm_description   = "Function throttled"
  namespace           = "AWS/Lambda"
  metric_name         = "Throttles"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    FunctionName = each.value.function_name
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "function_duration" {
  for_each = var.create_alarms ? var.functions : {}

  alarm_name          = "${var.name}-${each.key}-duration"
  alarm_description   = "p99 duration near the timeout"
  namespace           = "AWS/Lambda"
  metric_name         = "Duration"
  extended_statistic  = "p99"
  period              = 300
  evaluation_periods  = 1
  threshold           = ((each.value.timeout_seconds * 1000) * var.duration_percent) / 100
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    FunctionName = each.value.function_name
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "http_api_5xx" {
  for_each = var.create_alarms ? var.http_apis : {}

  alarm_name          = "${var.name}-${each.key}-5xx"
  alarm_description   = "API 5xx responses"
  namespace           = "AWS/ApiGateway"
  metric_name         = "5xx"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.server_error_threshold
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    ApiId = each.value
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "http_api_latency" {
  for_each = var.create_alarms ? var.http_apis : {}

  alarm_name          = "${var.name}-${each.key}-latency"
  alarm_description   = "API p99 latency"
  namespace           = "AWS/ApiGateway"
  metric_name         = "Latency"
  extended_statistic  = "p99"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.latency_threshold_ms
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    ApiId = each.value
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "rest_api_5xx" {
  for_each = var.create_alarms ? var.rest_apis : {}

  alarm_name          = "${var.name}-${each.key}-5xx"
  alarm_description   = "API 5xx responses"
  namespace           = "AWS/ApiGateway"
  metric_name         = "5XXError"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.server_error_threshold
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    ApiName = each.value
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "rest_api_latency" {
  for_each = var.create_alarms ? var.rest_apis : {}

  alarm_name          = "${var.name}-${each.key}-latency"
  alarm_description   = "API p99 latency"
  namespace           = "AWS/ApiGateway"
  metric_name         = "Latency"
  extended_statistic  = "p99"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.latency_threshold_ms
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    ApiName = each.value
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "table_read_throttles" {
  for_each = var.create_alarms ? var.tables : {}

  alarm_name          = "${var.name}-${each.key}-read-throttles"
  alarm_description   = "DynamoDB read throttling"
  namespace           = "AWS/DynamoDB"
  metric_name         = "ReadThrottleEvents"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    TableName = each.value
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "table_write_throttles" {
  for_each = var.create_alarms ? var.tables : {}

  alarm_name          = "${var.name}-${each.key}-write-throttles"
  alarm_description   = "DynamoDB write throttling"
  namespace           = "AWS/DynamoDB"
  metric_name         = "WriteThrottleEvents"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    TableName = each.value
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "dead_letter_depth" {
  for_each = var.create_alarms ? var.dead_letter_queues : {}

  alarm_name          = "${var.name}-${each.key}-dlq-depth"
  alarm_description   = "Messages in a dead-letter queue"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    QueueName = each.value
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "function_iterator_age" {
  for_each = var.create_alarms ? var.stream_functions : {}

  alarm_name          = "${var.name}-${each.key}-iterator-age"
  alarm_description   = "A stream consumer falls behind"
  namespace           = "AWS/Lambda"
  metric_name         = "IteratorAge"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.iterator_age_threshold_ms
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    FunctionName = each.value
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "schedule_target_errors" {
  for_each = var.create_alarms ? var.schedule_groups : {}

  alarm_name          = "${var.name}-${each.key}-schedule-target-errors"
  alarm_description   = "A schedule failed to invoke its function"
  namespace           = "AWS/Scheduler"
  metric_name         = "TargetErrorCount"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    ScheduleGroup = each.value
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "alb_5xx" {
  for_each = var.create_alarms ? var.load_balancers : {}

  alarm_name          = "${var.name}-${each.key}-alb-5xx"
  alarm_description   = "5xx responses generated by the load balancer"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_ELB_5XX_Count"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.server_error_threshold
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    LoadBalancer = each.value
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "target_5xx" {
  for_each = var.create_alarms ? var.target_groups : {}

  alarm_name          = "${var.name}-${each.key}-target-5xx"
  alarm_description   = "5xx responses from a service behind the load balancer"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_Target_5XX_Count"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.server_error_threshold
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    LoadBalancer = each.value.load_balancer
    TargetGroup  = each.value.target_group
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "target_response_time" {
  for_each = var.create_alarms ? var.target_groups : {}

  alarm_name          = "${var.name}-${each.key}-response-time"
  alarm_description   = "p99 response time of a service (seconds)"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  extended_statistic  = "p99"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.latency_threshold_ms / 1000
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    LoadBalancer = each.value.load_balancer
    TargetGroup  = each.value.target_group
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "unhealthy_hosts" {
  for_each = var.create_alarms ? var.target_groups : {}

  alarm_name          = "${var.name}-${each.key}-unhealthy-hosts"
  alarm_description   = "Tasks failing the load balancer's health check"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "UnHealthyHostCount"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    LoadBalancer = each.value.load_balancer
    TargetGroup  = each.value.target_group
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "ecs_cpu" {
  for_each = var.create_alarms ? var.ecs_services : {}

  alarm_name          = "${var.name}-${each.key}-cpu"
  alarm_description   = "Service CPU use (% of the task's CPU)"
  namespace           = "AWS/ECS"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.cpu_percent
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    ClusterName = each.value.cluster_name
    ServiceName = each.value.service_name
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "ecs_memory" {
  for_each = var.create_alarms ? var.ecs_services : {}

  alarm_name          = "${var.name}-${each.key}-memory"
  alarm_description   = "Service memory use (% of the task's memory)"
  namespace           = "AWS/ECS"
  metric_name         = "MemoryUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.memory_percent
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    ClusterName = each.value.cluster_name
    ServiceName = each.value.service_name
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "db_cpu" {
  for_each = var.create_alarms ? var.databases : {}

  alarm_name          = "${var.name}-${each.key}-db-cpu"
  alarm_description   = "Database CPU use"
  namespace           = "AWS/RDS"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.cpu_percent
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    DBInstanceIdentifier = each.value.instance_identifier
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "db_free_storage" {
  for_each = var.create_alarms ? var.databases : {}

  alarm_name          = "${var.name}-${each.key}-db-free-storage"
  alarm_description   = "Database storage running out (bytes free)"
  namespace           = "AWS/RDS"
  metric_name         = "FreeStorageSpace"
  statistic           = "Minimum"
  period              = 300
  evaluation_periods  = 1
  threshold           = each.value.free_storage_bytes
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    DBInstanceIdentifier = each.value.instance_identifier
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "db_connections" {
  for_each = var.create_alarms ? var.databases : {}

  alarm_name          = "${var.name}-${each.key}-db-connections"
  alarm_description   = "Database connections near the instance's limit"
  namespace           = "AWS/RDS"
  metric_name         = "DatabaseConnections"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = each.value.max_connections
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    DBInstanceIdentifier = each.value.instance_identifier
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "cache_memory" {
  for_each = var.create_alarms ? var.cache_nodes : {}

  alarm_name          = "${var.name}-${each.key}-cache-memory"
  alarm_description   = "Cache memory use (% of maxmemory)"
  namespace           = "AWS/ElastiCache"
  metric_name         = "DatabaseMemoryUsagePercentage"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.memory_percent
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    CacheClusterId = each.value
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

resource "aws_cloudwatch_metric_alarm" "cache_evictions" {
  for_each = var.create_alarms ? var.cache_nodes : {}

  alarm_name          = "${var.name}-${each.key}-cache-evictions"
  alarm_description   = "Keys evicted from a cache node"
  namespace           = "AWS/ElastiCache"
  metric_name         = "Evictions"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = var.cache_evictions_threshold
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    CacheClusterId = each.value
  }
  alarm_actions = [aws_sns_topic.this.arn]
  ok_actions    = [aws_sns_topic.this.arn]
  tags          = var.tags
}

locals {
  widget_errors = [for m in [[for f in values(var.functions) : ["AWS/Lambda", "Errors", "FunctionName", f.function_name]]] : {
    type   = "metric"
    width  = 12
    height = 6
    properties = {
      title   = "Function errors"
      region  = data.aws_region.current.region
      view    = "timeSeries"
      metrics = m
    }
  } if length(m) > 0]
  duration_metrics = [for f in values(var.functions) : [
    "AWS/Lambda",
    "Duration",
    "FunctionName",
    f.function_name,
    {
      stat = "p99"
    },
  ]]
  widget_duration = [for m in [local.duration_metrics] : {
    type   = "metric"
    width  = 12
    height = 6
    properties = {
      title   = "Function p99 duration (ms)"
      region  = data.aws_region.current.region
      view    = "timeSeries"
      metrics = m
    }
  } if length(m) > 0]
  widget_http_5xx = [for m in [[for id in values(var.http_apis) : ["AWS/ApiGateway", "5xx", "ApiId", id]]] : {
    type   = "metric"
    width  = 12
    height = 6
    properties = {
      title   = "HTTP API 5xx"
      region  = data.aws_region.current.region
      view    = "timeSeries"
      metrics = m
    }
  } if length(m) > 0]
  widget_rest_5xx = [for m in [[for n in values(var.rest_apis) : ["AWS/ApiGateway", "5XXError", "ApiName", n]]] : {
    type   = "metric"
    width  = 12
    height = 6
    properties = {
      title   = "REST API 5xx"
      region  = data.aws_region.current.region
      view    = "timeSeries"
      metrics = m
    }
  } if length(m) > 0]
  widget_throttles = [for m in [[for t in values(var.tables) : ["AWS/DynamoDB", "WriteThrottleEvents", "TableName", t]]] : {
    type   = "metric"
    width  = 12
    height = 6
    properties = {
      title   = "DynamoDB write throttles"
      region  = data.aws_region.current.region
      view    = "timeSeries"
      metrics = m
    }
  } if length(m) > 0]
}

locals {
  widget_alb_5xx = [for m in [[for s in values(var.load_balancers) : ["AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", "LoadBalancer", s]]] : {
    type   = "metric"
    width  = 12
    height = 6
    properties = {
      title   = "Load balancer 5xx"
      region  = data.aws_region.current.region
      view    = "timeSeries"
      metrics = m
    }
  } if length(m) > 0]
  target_time_metrics = [for t in values(var.target_groups) : [
    "AWS/ApplicationELB",
    "TargetResponseTime",
    "LoadBalancer",
    t.load_balancer,
    "TargetGroup",
    t.target_group,
    {
      stat = "p99"
    },
  ]]
  widget_target_time = [for m in [local.target_time_metrics] : {
    type   = "metric"
    width  = 12
    height = 6
    properties = {
      title   = "Service p99 response time (s)"
      region  = data.aws_region.current.region
      view    = "timeSeries"
      metrics = m
    }
  } if length(m) > 0]
  widget_ecs_cpu = [for m in [[for e in values(var.ecs_services) : ["AWS/ECS", "CPUUtilization", "ClusterName", e.cluster_name, "ServiceName", e.service_name]]] : {
    type   = "metric"
    width  = 12
    height = 6
    properties = {
      title   = "Service CPU (%)"
      region  = data.aws_region.current.region
      view    = "timeSeries"
      metrics = m
    }
  } if length(m) > 0]
  widget_ecs_memory = [for m in [[for e in values(var.ecs_services) : ["AWS/ECS", "MemoryUtilization", "ClusterName", e.cluster_name, "ServiceName", e.service_name]]] : {
    type   = "metric"
    width  = 12
    height = 6
    properties = {
      title   = "Service memory (%)"
      region  = data.aws_region.current.region
      view    = "timeSeries"
      metrics = m
    }
  } if length(m) > 0]
  widget_db_cpu = [for m in [[for d in values(var.databases) : ["AWS/RDS", "CPUUtilization", "DBInstanceIdentifier", d.instance_identifier]]] : {
    type   = "metric"
    width  = 12
    height = 6
    properties = {
      title   = "Database CPU (%)"
      region  = data.aws_region.current.region
      view    = "timeSeries"
      metrics = m
    }
  } if length(m) > 0]
  widget_db_storage = [for m in [[for d in values(var.databases) : ["AWS/RDS", "FreeStorageSpace", "DBInstanceIdentifier", d.instance_identifier]]] : {
    type   = "metric"
    width  = 12
    height = 6
    properties = {
      title   = "Database free storage (bytes)"
      region  = data.aws_region.current.region
      view    = "timeSeries"
      metrics = m
    }
  } if length(m) > 0]
  widget_cache_memory = [for m in [[for c in values(var.cache_nodes) : ["AWS/ElastiCache", "DatabaseMemoryUsagePercentage", "CacheClusterId", c]]] : {
    type   = "metric"
    width  = 12
    height = 6
    properties = {
      title   = "Cache memory (%)"
      region  = data.aws_region.current.region
      view    = "timeSeries"
      metrics = m
    }
  } if length(m) > 0]
}

resource "aws_cloudwatch_dashboard" "this" {
  count = var.create_dashboard ? 1 : 0

  dashboard_name = var.name
  dashboard_body = jsonencode({
    widgets = concat(local.widget_errors, local.widget_duration, local.widget_http_5xx, local.widget_rest_5xx, local.widget_throttles, local.widget_alb_5xx, local.widget_target_time, local.widget_ecs_cpu, local.widget_ecs_memory, local.widget_db_cpu, local.widget_db_storage, local.widget_cache_memory)
  })
}
