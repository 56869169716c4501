resource "aws_apigatewayv2_api" "this" {
  name          = var.name
  description   = var.description
  protocol_type = "HTTP"
  tags          = var.tags

  dynamic "cors_configuration" {
    for_each = var.cors == null ? [] : [var.cors]

    content {
      allow_origins     = cors_configuration.value.allow_origins
      allow_methods     = cors_configuration.value.allow_methods
      allow_headers     = cors_configuration.value.allow_headers
      allow_credentials = cors_configuration.value.allow_credentials
      max_age           = cors_configuration.value.max_age
    }
  }
}

resource "aws_apigatewayv2_authorizer" "jwt" {
  count = var.jwt_authorizer != null ? 1 : 0

  api_id           = aws_apigatewayv2_api.this.id
  name             = "${var.name}-jwt"
  authorizer_type  = "JWT"
  identity_sources = ["$request.header.Authorization"]

  jwt_configuration {
    issuer   = var.jwt_authorizer.issuer
    audience = var.jwt_authorizer.audience
  }
}

resource "aws_apigatewayv2_integration" "this" {
  for_each = var.integrations

  api_id                 = aws_apigatewayv2_api.this.id
  integration_type       = "AWS_PROXY"
  integration_uri        = each.value.invoke_arn
  payload_format_version = "2.0"
}

resource "aws_apigatewayv2_route" "this" {
  for_each = var.routes

  api_id               = aws_apigatewayv2_api.this.id
  route_key            = each.key
  target               = "integrations/${aws_apigatewayv2_integration.this[each.value.integration].id}"
  authorization_type   = each.value.authorized ? "JWT" : "NONE"
  authorizer_id        = each.value.authorized ? one(aws_apigatewayv2_authorizer.jwt[*].id) : null
  authorization_scopes = each.value.authorized ? var.authorization_scopes : null

  lifecycle {
    precondition {
      condition     = (each.value.authorized == false) || (var.jwt_authorizer != null)
      error_message = "Route ${each.key} is protected but jwt_authorizer is null; refusing to make it public. Set jwt_authorizer."
    }
  }
}

resource "aws_cloudwatch_log_group" "access" {
  count = var.access_logs ? 1 : 0

  name              = "/aws/apigateway/${var.name}"
  retention_in_days = var.log_retention_in_days
  tags              = var.tags
}

resource "aws_apigatewayv2_stage" "this" {
  api_id      = aws_apigatewayv2_api.this.id
  name        = "$default"
  auto_deploy = true
  tags        = var.tags

  default_route_settings {
    throttling_rate_limit    = var.throttling_rate_limit
    throttling_burst_limit   = var.throttling_burst_limit
    detailed_metrics_enabled = true
  }

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
        route            = "$context.routeKey"
        status           = "$context.status"
        responseLength   = "$context.responseLength"
        latency          = "$context.responseLatency"
        integrationError = "$context.integrationErrorMessage"
      })
    }
  }
}

resource "aws_lambda_permission" "this" {
  for_each = var.routes

  statement_id  = "AllowApiGateway-${md5(each.key)}"
  action        = "lambda:InvokeFunction"
  function_name = var.integrations[each.value.integration].function_name
  qualifier     = var.integrations[each.value.integration].qualifier
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_apigatewayv2_api.this.execution_arn}/*/${each.value.source_path}"
}

resource "aws_apigatewayv2_domain_name" "this" {
  count = var.domain_name == null ? 0 : 1

  domain_name = var.domain_name
  tags        = var.tags

  # FORGE: TLS 1.2 at least on the custom domain.
  domain_name_configuration {
    certificate_arn = var.certificate_arn
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }

  lifecycle {
    precondition {
      condition     = var.certificate_arn != null
      error_message = "domain_name is set but certificate_arn is null: a custom domain needs its TLS certificate (ACM, in the API's region)."
    }
  }
}

resource "aws_apigatewayv2_api_mapping" "this" {
  count = var.domain_name == null ? 0 : 1

  api_id      = aws_apigatewayv2_api.this.id
  stage       = aws_apigatewayv2_stage.this.id
  domain_name = aws_apigatewayv2_domain_name.this[0].id
}
