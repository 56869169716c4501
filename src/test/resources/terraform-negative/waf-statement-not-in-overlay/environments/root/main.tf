# The typed aws_wafv2_web_acl (tools/aws-schema/overlay) holds only the statements Forge emits: one it does
# not describe is rejected by Terraform, never waved through as an untyped value.
resource "aws_wafv2_web_acl" "this" {
  name  = "acl"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "geo"
    priority = 0

    action {
      block {}
    }

    statement {
      geo_match_statement {
        country_codes = ["XX"]
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "geo"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "acl"
    sampled_requests_enabled   = true
  }
}
