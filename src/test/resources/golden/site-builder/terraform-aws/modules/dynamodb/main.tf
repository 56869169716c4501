resource "aws_kms_key" "this" {
  count = var.encryption == "customer-kms" ? 1 : 0

  description             = "DynamoDB table ${var.name}"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  tags                    = var.tags
}

resource "aws_dynamodb_table" "this" {
  name = var.name
  # On-demand capacity, always (FORGE rule: tables on-demand).
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = var.hash_key
  range_key                   = var.range_key
  deletion_protection_enabled = var.deletion_protection
  stream_enabled              = var.stream_view_type != null
  stream_view_type            = var.stream_view_type
  tags                        = var.tags

  dynamic "attribute" {
    for_each = var.attributes

    content {
      name = attribute.value.name
      type = attribute.value.type
    }
  }

  dynamic "global_secondary_index" {
    for_each = var.global_secondary_indexes

    content {
      name               = global_secondary_index.value.name
      hash_key           = global_secondary_index.value.hash_key
      range_key          = global_secondary_index.value.range_key
      projection_type    = global_secondary_index.value.projection_type
      non_key_attributes = global_secondary_index.value.projection_type == "INCLUDE" ? global_secondary_index.value.non_key_attributes : null
    }
  }

  dynamic "ttl" {
    for_each = var.ttl_attribute != null ? [1] : []

    content {
      attribute_name = var.ttl_attribute
      enabled        = true
    }
  }

  # FORGE-DDB-002: point-in-time recovery (35 days); the spec's `pitr`, on by default.
  point_in_time_recovery {
    enabled = var.point_in_time_recovery
  }

  server_side_encryption {
    enabled     = var.encryption != "managed"
    kms_key_arn = one(aws_kms_key.this[*].arn)
  }

  dynamic "replica" {
    for_each = toset(var.replica_regions)

    content {
      region_name            = replica.value
      point_in_time_recovery = var.point_in_time_recovery
      propagate_tags         = true
    }
  }
}
