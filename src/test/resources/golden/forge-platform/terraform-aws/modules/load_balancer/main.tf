resource "aws_s3_bucket" "logs" {
  count = var.access_logs ? 1 : 0

  bucket        = var.access_log_bucket_name
  force_destroy = var.force_destroy_logs
  tags          = var.tags
}

resource "aws_s3_bucket_public_access_block" "logs" {
  count = var.access_logs ? 1 : 0

  bucket = aws_s3_bucket.logs[0].id
  # FORGE-S3-001: no public access.
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "logs" {
  count = var.access_logs ? 1 : 0

  bucket = aws_s3_bucket.logs[0].id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  count = var.access_logs ? 1 : 0

  bucket = aws_s3_bucket.logs[0].id
  # FORGE-S3-003: encrypted at rest; SSE-S3 is the one encryption ALB log delivery supports.
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  count = var.access_logs ? 1 : 0

  bucket = aws_s3_bucket.logs[0].id

  rule {
    id     = "expire-access-logs"
    status = "Enabled"

    filter {
      prefix = ""
    }

    expiration {
      days = var.access_log_retention_days
    }
  }
}

resource "aws_s3_bucket_policy" "logs" {
  # FORGE-S3-008: TLS only; the region's log delivery writes under AWSLogs/<account>/ only.
  count = var.access_logs ? 1 : 0

  bucket = aws_s3_bucket.logs[0].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyWithoutTls"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = [aws_s3_bucket.logs[0].arn, "${aws_s3_bucket.logs[0].arn}/*"]
        Condition = {
          Bool = {
            "aws:SecureTransport" = "false"
          }
        }
      },
      {
        Sid    = "LoadBalancerLogDelivery"
        Effect = "Allow"
        Principal = {
          (var.elb_account_id == null ? "Service" : "AWS") = var.elb_account_id == null ? "logdelivery.elasticloadbalancing.amazonaws.com" : "arn:${data.aws_partition.current.partition}:iam::${var.elb_account_id}:root"
        }
        Action   = "s3:PutObject"
        Resource = "${aws_s3_bucket.logs[0].arn}/AWSLogs/${data.aws_caller_identity.current.account_id}/*"
      },
    ]
  })

  depends_on = [aws_s3_bucket_public_access_block.logs]
}

data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

resource "aws_lb" "this" {
  name               = var.name
  load_balancer_type = "application"
  internal           = false
  subnets            = var.subnet_ids
  security_groups    = var.security_group_ids
  # Headers that are not valid HTTP are dropped, not passed to the services (AWS FSBP ELB.4).
  drop_invalid_header_fields = true
  desync_mitigation_mode     = "defensive"
  # Production cannot be deleted by accident (AWS FSBP ELB.6).
  enable_deletion_protection = var.deletion_protection
  idle_timeout               = var.idle_timeout
  # Access logs (AWS FSBP ELB.5).
  dynamic "access_logs" {
    for_each = var.access_logs ? [1] : []

    content {
      bucket  = aws_s3_bucket.logs[0].id
      enabled = true
    }
  }

  tags = var.tags

  depends_on = [aws_s3_bucket_policy.logs]
}

resource "aws_lb_target_group" "this" {
  for_each = var.services

  name                 = each.value.target_group_name
  port                 = each.value.port
  protocol             = "HTTP"
  target_type          = "ip"
  vpc_id               = var.vpc_id
  deregistration_delay = 30

  health_check {
    path                = each.value.health_path
    interval            = each.value.health_interval
    timeout             = each.value.health_timeout
    healthy_threshold   = each.value.healthy_threshold
    unhealthy_threshold = each.value.unhealthy_threshold
    matcher             = "200-399"
  }

  tags = var.tags
}

resource "aws_lb_target_group" "green" {
  for_each = { for k, s in var.services : k => s if s.green_target_group_name != null }

  name                 = each.value.green_target_group_name
  port                 = each.value.port
  protocol             = "HTTP"
  target_type          = "ip"
  vpc_id               = var.vpc_id
  deregistration_delay = 30

  health_check {
    path                = each.value.health_path
    interval            = each.value.health_interval
    timeout             = each.value.health_timeout
    healthy_threshold   = each.value.healthy_threshold
    unhealthy_threshold = each.value.unhealthy_threshold
    matcher             = "200-399"
  }

  tags = var.tags
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.this.arn
  port              = 80
  protocol          = "HTTP"
  # Plain HTTP only redirects to HTTPS (AWS FSBP ELB.1).
  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }

  tags = var.tags
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.this.arn
  port              = 443
  protocol          = "HTTPS"
  # TLS 1.3 and 1.2 with forward secrecy only (AWS FSBP ELB.17).
  ssl_policy      = var.ssl_policy
  certificate_arn = local.certificate_arn
  # Security headers on every response; the server header is not sent.
  routing_http_response_strict_transport_security_header_value = "max-age=31536000; includeSubDomains"
  routing_http_response_x_content_type_options_header_value    = "nosniff"
  routing_http_response_x_frame_options_header_value           = "DENY"
  routing_http_response_server_enabled                         = false
  # CORS answered by the load balancer (one origin: the header holds a single value).
  routing_http_response_access_control_allow_origin_header_value      = var.cors_origin
  routing_http_response_access_control_allow_methods_header_value     = var.cors_methods
  routing_http_response_access_control_allow_headers_header_value     = var.cors_headers
  routing_http_response_access_control_allow_credentials_header_value = var.cors_credentials ? "true" : null
  routing_http_response_access_control_max_age_header_value           = var.cors_max_age
  # A request no route matches gets 404, not a service.
  default_action {
    type = "fixed-response"

    fixed_response {
      content_type = "text/plain"
      message_body = "Not found"
      status_code  = "404"
    }
  }

  tags = var.tags
}

resource "aws_lb_listener_rule" "this" {
  for_each = { for r in var.rules : tostring(r.priority) => r if !r.blue_green }

  listener_arn = aws_lb_listener.https.arn
  priority     = each.value.priority

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this[each.value.service].arn
  }

  condition {
    path_pattern {
      values = each.value.paths
    }
  }

  dynamic "condition" {
    for_each = length(each.value.methods) > 0 ? [1] : []

    content {
      http_request_method {
        values = each.value.methods
      }
    }
  }

  tags = var.tags
}

resource "aws_lb_listener_rule" "blue_green" {
  for_each = { for r in var.rules : tostring(r.priority) => r if r.blue_green }

  listener_arn = aws_lb_listener.https.arn
  priority     = each.value.priority

  action {
    type = "forward"

    forward {
      target_group {
        arn    = aws_lb_target_group.this[each.value.service].arn
        weight = 100
      }

      target_group {
        arn    = aws_lb_target_group.green[each.value.service].arn
        weight = 0
      }
    }
  }

  condition {
    path_pattern {
      values = each.value.paths
    }
  }

  dynamic "condition" {
    for_each = length(each.value.methods) > 0 ? [1] : []

    content {
      http_request_method {
        values = each.value.methods
      }
    }
  }

  tags = var.tags
  # ECS moves this rule's weights between the blue and green target groups.
  lifecycle {
    ignore_changes = [action]
  }
}

resource "aws_acm_certificate" "this" {
  count = (var.certificate_arn == null) && (var.zone_id != null) ? 1 : 0

  domain_name       = var.domain_name
  validation_method = "DNS"
  tags              = var.tags

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route53_record" "validation" {
  count = (var.certificate_arn == null) && (var.zone_id != null) ? 1 : 0

  zone_id         = var.zone_id
  name            = tolist(aws_acm_certificate.this[0].domain_validation_options)[0].resource_record_name
  type            = tolist(aws_acm_certificate.this[0].domain_validation_options)[0].resource_record_type
  records         = [tolist(aws_acm_certificate.this[0].domain_validation_options)[0].resource_record_value]
  ttl             = 60
  allow_overwrite = true
}

resource "aws_acm_certificate_validation" "this" {
  count = (var.certificate_arn == null) && (var.zone_id != null) ? 1 : 0

  certificate_arn         = aws_acm_certificate.this[0].arn
  validation_record_fqdns = [aws_route53_record.validation[0].fqdn]
}

locals {
  certificate_arn = coalesce(var.certificate_arn, one(aws_acm_certificate_validation.this[*].certificate_arn))
}

resource "aws_route53_record" "alias" {
  count = (var.zone_id != null) && (var.domain_name != null) ? 1 : 0

  zone_id = var.zone_id
  name    = var.domain_name
  type    = "A"

  alias {
    name                   = aws_lb.this.dns_name
    zone_id                = aws_lb.this.zone_id
    evaluate_target_health = true
  }
}
