resource "aws_api_gateway_rest_api" "this" {
  name        = var.name
  description = var.description
  tags        = var.tags

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_resource" "level1" {
  for_each = { for k, r in var.resources : k => r if r.depth == 1 }

  rest_api_id = aws_api_gateway_rest_api.this.id
  parent_id   = aws_api_gateway_rest_api.this.root_resource_id
  path_part   = each.value.path_part
}

resource "aws_api_gateway_resource" "level2" {
  for_each = { for k, r in var.resources : k => r if r.depth == 2 }

  rest_api_id = aws_api_gateway_rest_api.this.id
  parent_id   = aws_api_gateway_resource.level1[each.value.parent].id
  path_part   = each.value.path_part
}

resource "aws_api_gateway_resource" "level3" {
  for_each = { for k, r in var.resources : k => r if r.depth == 3 }

  rest_api_id = aws_api_gateway_rest_api.this.id
  parent_id   = aws_api_gateway_resource.level2[each.value.parent].id
  path_part   = each.value.path_part
}

resource "aws_api_gateway_resource" "level4" {
  for_each = { for k, r in var.resources : k => r if r.depth == 4 }

  rest_api_id = aws_api_gateway_rest_api.this.id
  parent_id   = aws_api_gateway_resource.level3[each.value.parent].id
  path_part   = each.value.path_part
}

locals {
  root_id = {
    "/" = aws_api_gateway_rest_api.this.root_resource_id
  }
  resource_ids = merge(local.root_id, { for k, r in aws_api_gateway_resource.level1 : k => r.id }, { for k, r in aws_api_gateway_resource.level2 : k => r.id }, { for k, r in aws_api_gateway_resource.level3 : k => r.id }, { for k, r in aws_api_gateway_resource.level4 : k => r.id })
  cors_paths   = var.cors == null ? toset([]) : toset(distinct([for k in keys(var.routes) : split(" ", k)[1]]))
}

resource "aws_api_gateway_authorizer" "cognito" {
  count = (var.cognito_authorizer != null ? var.cognito_authorizer : (var.cognito_user_pool_arn != null)) ? 1 : 0

  name            = "${var.name}-cognito"
  rest_api_id     = aws_api_gateway_rest_api.this.id
  type            = "COGNITO_USER_POOLS"
  provider_arns   = [var.cognito_user_pool_arn]
  identity_source = "method.request.header.Authorization"
}

resource "aws_api_gateway_method" "this" {
  for_each = var.routes

  rest_api_id   = aws_api_gateway_rest_api.this.id
  resource_id   = local.resource_ids[split(" ", each.key)[1]]
  http_method   = split(" ", each.key)[0]
  authorization = each.value.authorized ? "COGNITO_USER_POOLS" : "NONE"
  authorizer_id = each.value.authorized ? one(aws_api_gateway_authorizer.cognito[*].id) : null

  authorization_scopes = each.value.authorized && (length(var.authorization_scopes) > 0) ? var.authorization_scopes : null

  lifecycle {
    precondition {
      condition     = (each.value.authorized == false) || (var.cognito_user_pool_arn != null)
      error_message = "Route ${each.key} is protected but cognito_user_pool_arn is null; refusing to make it public. Set cognito_user_pool_arn."
    }
  }
}

resource "aws_api_gateway_integration" "this" {
  for_each = var.routes

  rest_api_id             = aws_api_gateway_rest_api.this.id
  resource_id             = aws_api_gateway_method.this[each.key].resource_id
  http_method             = aws_api_gateway_method.this[each.key].http_method
  type                    = "AWS_PROXY"
  integration_http_method = "POST"
  uri                     = var.integrations[each.value.integration].invoke_arn
}

resource "aws_api_gateway_method" "options" {
  for_each = local.cors_paths

  rest_api_id   = aws_api_gateway_rest_api.this.id
  resource_id   = local.resource_ids[each.value]
  http_method   = "OPTIONS"
  authorization = "NONE"
}

resource "aws_api_gateway_integration" "options" {
  for_each = local.cors_paths

  rest_api_id = aws_api_gateway_rest_api.this.id
  resource_id = aws_api_gateway_method.options[each.value].resource_id
  http_method = aws_api_gateway_method.options[each.value].http_method
  type        = "MOCK"
  request_templates = {
    "application/json" = jsonencode({
      statusCode = 200
    })
  }
}

resource "aws_api_gateway_method_response" "options" {
  for_each = local.cors_paths

  rest_api_id = aws_api_gateway_rest_api.this.id
  resource_id = aws_api_gateway_method.options[each.value].resource_id
  http_method = aws_api_gateway_method.options[each.value].http_method
  status_code = "200"
  response_parameters = merge({ for i, k in var.cors.allow_credentials ? ["method.response.header.Access-Control-Allow-Credentials"] : [] : k => true }, {
    "method.response.header.Access-Control-Allow-Headers" = true
    "method.response.header.Access-Control-Allow-Methods" = true
    "method.response.header.Access-Control-Allow-Origin"  = true
    "method.response.header.Access-Control-Max-Age"       = true
  })
}

resource "aws_api_gateway_integration_response" "options" {
  for_each = local.cors_paths

  rest_api_id = aws_api_gateway_rest_api.this.id
  resource_id = aws_api_gateway_method.options[each.value].resource_id
  http_method = aws_api_gateway_method.options[each.value].http_method
  status_code = aws_api_gateway_method_response.options[each.value].status_code
  response_parameters = merge({ for i, k in var.cors.allow_credentials ? ["method.response.header.Access-Control-Allow-Credentials"] : [] : k => "'true'" }, {
    "method.response.header.Access-Control-Allow-Headers" = "'${var.cors.allow_headers}'"
    "method.response.header.Access-Control-Allow-Methods" = "'${var.cors.allow_methods}'"
    "method.response.header.Access-Control-Allow-Origin"  = "'${var.cors.allow_origin}'"
    "method.response.header.Access-Control-Max-Age"       = "'${var.cors.max_age}'"
  })

  depends_on = [aws_api_gateway_integration.options]
}

resource "aws_api_gateway_deployment" "this" {
  rest_api_id = aws_api_gateway_rest_api.this.id

  triggers = {
    redeployment = sha1(jsonencode([
      aws_api_gateway_resource.level1,
      aws_api_gateway_method.this,
      aws_api_gateway_integration.this,
      aws_api_gateway_integration.options,
      aws_api_gateway_integration_response.options,
    ]))
  }

  lifecycle {
    create_before_destroy = true
  }

  depends_on = [
    aws_api_gateway_integration.this,
    aws_api_gateway_integration.options,
    aws_api_gateway_integration_response.options,
  ]
}

resource "aws_cloudwatch_log_group" "access" {
  count = var.access_logs ? 1 : 0

  name              = "/aws/apigateway/${var.name}"
  retention_in_days = var.log_retention_in_days
  tags              = var.tags
}

resource "aws_api_gateway_stage" "this" {
  rest_api_id          = aws_api_gateway_rest_api.this.id
  deployment_id        = aws_api_gateway_deployment.this.id
  stage_name           = var.stage_name
  xray_tracing_enabled = true
  tags                 = var.tags
  # FORGE rule: APIs write access logs.
  dynamic "access_log_settings" {
    for_each = aws_cloudwatch_log_group.access[*].arn

    content {
      destination_arn = access_log_settings.value
      format = jsonencode({
        requestId        = "$context.requestId"
        ip               = "$context.identity.sourceIp"
        requestTime      = "$context.requestTime"
        httpMethod       = "$context.httpMethod"
        route            = "$context.resourcePath"
        status           = "$context.status"
        responseLength   = "$context.responseLength"
        latency          = "$context.responseLatency"
        integrationError = "$context.integrationErrorMessage"
      })
    }
  }
}

resource "aws_api_gateway_method_settings" "this" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  stage_name  = aws_api_gateway_stage.this.stage_name
  method_path = "*/*"

  settings {
    metrics_enabled        = true
    throttling_rate_limit  = var.throttling_rate_limit
    throttling_burst_limit = var.throttling_burst_limit
  }
}

resource "aws_wafv2_web_acl" "this" {
  count = var.waf ? 1 : 0

  name        = "${var.name}-waf"
  description = "Web ACL of API ${var.name}"
  scope       = "REGIONAL"
  tags        = var.tags
  # FORGE rule: production REST APIs have a firewall. Requests no rule blocks are allowed.
  default_action {
    allow {}
  }

  rule {
    name     = "AWSManagedRulesCommonRuleSet"
    priority = 0

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesCommonRuleSet"
        vendor_name = "AWS"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${var.name}-waf-AWSManagedRulesCommonRuleSet"
      sampled_requests_enabled   = true
    }
  }

  rule {
    name     = "AWSManagedRulesKnownBadInputsRuleSet"
    priority = 1

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesKnownBadInputsRuleSet"
        vendor_name = "AWS"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${var.name}-waf-AWSManagedRulesKnownBadInputsRuleSet"
      sampled_requests_enabled   = true
    }
  }

  rule {
    name     = "AWSManagedRulesAmazonIpReputationList"
    priority = 2

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesAmazonIpReputationList"
        vendor_name = "AWS"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${var.name}-waf-AWSManagedRulesAmazonIpReputationList"
      sampled_requests_enabled   = true
    }
  }

  rule {
    name     = "RateLimitPerIp"
    priority = 3

    action {
      block {}
    }

    statement {
      rate_based_statement {
        limit              = var.waf_rate_limit
        aggregate_key_type = "IP"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${var.name}-waf-RateLimitPerIp"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "${var.name}-waf"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_association" "this" {
  count = var.waf ? 1 : 0

  resource_arn = aws_api_gateway_stage.this.arn
  web_acl_arn  = aws_wafv2_web_acl.this[0].arn
}

resource "aws_api_gateway_domain_name" "this" {
  count = var.domain_name == null ? 0 : 1

  domain_name              = var.domain_name
  regional_certificate_arn = var.certificate_arn
  # FORGE: TLS 1.2 at least on the custom domain.
  security_policy = "TLS_1_2"
  tags            = var.tags

  endpoint_configuration {
    types = ["REGIONAL"]
  }

  lifecycle {
    precondition {
      condition     = var.certificate_arn != null
      error_message = "domain_name is set but certificate_arn is null: a custom domain needs its TLS certificate (ACM, in the API's region)."
    }
  }
}

resource "aws_api_gateway_base_path_mapping" "this" {
  count = var.domain_name == null ? 0 : 1

  api_id      = aws_api_gateway_rest_api.this.id
  stage_name  = aws_api_gateway_stage.this.stage_name
  domain_name = aws_api_gateway_domain_name.this[0].domain_name
}

resource "aws_lambda_permission" "this" {
  for_each = var.routes

  statement_id  = "AllowApiGateway-${md5(each.key)}"
  action        = "lambda:InvokeFunction"
  function_name = var.integrations[each.value.integration].function_name
  qualifier     = var.integrations[each.value.integration].qualifier
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_api_gateway_rest_api.this.execution_arn}/*/${each.value.source_path}"
}

data "aws_region" "current" {}
