resource "aws_kms_key" "this" {
  count = var.encryption == "customer-kms" ? 1 : 0

  description             = "S3 bucket ${var.bucket_name}"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  tags                    = var.tags
}

resource "aws_s3_bucket" "this" {
  bucket        = var.bucket_name
  force_destroy = var.force_destroy
  tags          = var.tags
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket = aws_s3_bucket.this.id

  # FORGE rule: buckets never public.
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "this" {
  bucket = aws_s3_bucket.this.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id

  versioning_configuration {
    status = var.versioning ? "Enabled" : "Suspended"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id

  # FORGE rule: buckets encrypted at rest.
  rule {
    bucket_key_enabled = var.encryption != "managed"

    apply_server_side_encryption_by_default {
      sse_algorithm     = var.encryption == "managed" ? "AES256" : "aws:kms"
      kms_master_key_id = one(aws_kms_key.this[*].arn)
    }
  }
}

locals {
  tls_only = [
    {
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]
      Condition = {
        Bool = {
          "aws:SecureTransport" = "false"
        }
      }
    },
  ]
  cloudfront_read = [for d in aws_cloudfront_distribution.this : {
    Sid    = "AllowCloudFrontRead"
    Effect = "Allow"
    Principal = {
      Service = "cloudfront.amazonaws.com"
    }
    Action   = ["s3:GetObject"]
    Resource = ["${aws_s3_bucket.this.arn}/*"]
    Condition = {
      StringEquals = {
        "AWS:SourceArn" = d.arn
      }
    }
  }]
}

resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_bucket.this.id
  # FORGE rule: buckets refuse requests without TLS.
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = concat(local.tls_only, local.cloudfront_read)
  })

  depends_on = [aws_s3_bucket_public_access_block.this]
}

resource "aws_s3_bucket_cors_configuration" "this" {
  count = length(var.cors_rules) > 0 ? 1 : 0

  bucket = aws_s3_bucket.this.id

  dynamic "cors_rule" {
    for_each = var.cors_rules

    content {
      allowed_origins = cors_rule.value.allowed_origins
      allowed_methods = cors_rule.value.allowed_methods
      allowed_headers = cors_rule.value.allowed_headers
      max_age_seconds = cors_rule.value.max_age_seconds
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  count = length(var.lifecycle_rules) > 0 ? 1 : 0

  bucket = aws_s3_bucket.this.id

  dynamic "rule" {
    for_each = var.lifecycle_rules

    content {
      id     = rule.value.id
      status = "Enabled"

      filter {
        prefix = rule.value.prefix
      }

      dynamic "expiration" {
        for_each = rule.value.expiration_days != null ? [1] : []

        content {
          days = rule.value.expiration_days
        }
      }

      dynamic "noncurrent_version_expiration" {
        for_each = rule.value.noncurrent_expiration_days != null ? [1] : []

        content {
          noncurrent_days = rule.value.noncurrent_expiration_days
        }
      }

      dynamic "transition" {
        for_each = rule.value.transition_days != null ? [1] : []

        content {
          days          = rule.value.transition_days
          storage_class = rule.value.transition_storage_class
        }
      }

      abort_incomplete_multipart_upload {
        days_after_initiation = rule.value.abort_incomplete_upload_days
      }
    }
  }
}

resource "aws_s3_bucket" "replica" {
  count = var.replica_bucket_name != null ? 1 : 0

  provider      = aws.replica
  bucket        = var.replica_bucket_name
  force_destroy = var.force_destroy
  tags          = var.tags
}

resource "aws_s3_bucket_public_access_block" "replica" {
  count = var.replica_bucket_name != null ? 1 : 0

  provider = aws.replica
  bucket   = aws_s3_bucket.replica[0].id

  # FORGE rule: buckets never public.
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "replica" {
  count = var.replica_bucket_name != null ? 1 : 0

  provider = aws.replica
  bucket   = aws_s3_bucket.replica[0].id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "replica" {
  count = var.replica_bucket_name != null ? 1 : 0

  provider = aws.replica
  bucket   = aws_s3_bucket.replica[0].id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "replica" {
  count = (var.replica_bucket_name != null) && (length(var.lifecycle_rules) > 0) ? 1 : 0

  provider   = aws.replica
  bucket     = aws_s3_bucket.replica[0].id
  depends_on = [aws_s3_bucket_versioning.replica]

  dynamic "rule" {
    for_each = var.lifecycle_rules

    content {
      id     = rule.value.id
      status = "Enabled"

      filter {
        prefix = rule.value.prefix
      }

      dynamic "expiration" {
        for_each = rule.value.expiration_days != null ? [1] : []

        content {
          days = rule.value.expiration_days
        }
      }

      dynamic "noncurrent_version_expiration" {
        for_each = rule.value.noncurrent_expiration_days != null ? [1] : []

        content {
          noncurrent_days = rule.value.noncurrent_expiration_days
        }
      }

      dynamic "transition" {
        for_each = rule.value.transition_days != null ? [1] : []

        content {
          days          = rule.value.transition_days
          storage_class = rule.value.transition_storage_class
        }
      }

      abort_incomplete_multipart_upload {
        days_after_initiation = rule.value.abort_incomplete_upload_days
      }
    }
  }
}

resource "aws_s3_bucket_policy" "replica" {
  count = var.replica_bucket_name != null ? 1 : 0

  provider = aws.replica
  bucket   = aws_s3_bucket.replica[0].id
  # FORGE-S3-008: the replica refuses requests without TLS too.
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = [aws_s3_bucket.replica[0].arn, "${aws_s3_bucket.replica[0].arn}/*"]
        Condition = {
          Bool = {
            "aws:SecureTransport" = "false"
          }
        }
      },
    ]
  })

  depends_on = [aws_s3_bucket_public_access_block.replica]
}

resource "aws_iam_role" "replication" {
  count = var.replica_bucket_name != null ? 1 : 0

  name = "${var.bucket_name}-replication"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "TrustS3"
        Effect = "Allow"
        Principal = {
          Service = "s3.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = var.tags
}

resource "aws_iam_role_policy" "replication" {
  count = var.replica_bucket_name != null ? 1 : 0

  name = "replication"
  role = aws_iam_role.replication[0].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "SourceBucket"
        Effect   = "Allow"
        Action   = ["s3:GetReplicationConfiguration", "s3:ListBucket"]
        Resource = [aws_s3_bucket.this.arn]
      },
      {
        Sid      = "SourceObjects"
        Effect   = "Allow"
        Action   = ["s3:GetObjectVersionAcl", "s3:GetObjectVersionForReplication", "s3:GetObjectVersionTagging"]
        Resource = ["${aws_s3_bucket.this.arn}/*"]
      },
      {
        Sid      = "ReplicaObjects"
        Effect   = "Allow"
        Action   = ["s3:ReplicateDelete", "s3:ReplicateObject", "s3:ReplicateTags"]
        Resource = ["${aws_s3_bucket.replica[0].arn}/*"]
      },
    ]
  })
}

resource "aws_s3_bucket_replication_configuration" "this" {
  count = var.replica_bucket_name != null ? 1 : 0

  bucket = aws_s3_bucket.this.id
  role   = aws_iam_role.replication[0].arn

  rule {
    id     = "replicate-all"
    status = "Enabled"

    filter {
      prefix = ""
    }

    delete_marker_replication {
      status = "Enabled"
    }

    destination {
      bucket        = aws_s3_bucket.replica[0].arn
      storage_class = var.replica_storage_class
    }
  }

  depends_on = [aws_s3_bucket_versioning.this, aws_s3_bucket_versioning.replica]
}

data "aws_cloudfront_cache_policy" "optimized" {
  count = var.cdn_enabled ? 1 : 0

  name = "Managed-CachingOptimized"
}

resource "aws_cloudfront_origin_access_control" "this" {
  count = var.cdn_enabled ? 1 : 0

  name                              = var.bucket_name
  description                       = "Read access to ${var.bucket_name}"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_distribution" "this" {
  count = var.cdn_enabled ? 1 : 0

  enabled             = true
  is_ipv6_enabled     = true
  comment             = var.bucket_name
  default_root_object = var.cdn_default_root_object
  aliases             = var.cdn_aliases
  price_class         = "PriceClass_100"
  tags                = var.tags

  origin {
    origin_id                = "s3"
    domain_name              = aws_s3_bucket.this.bucket_regional_domain_name
    origin_access_control_id = aws_cloudfront_origin_access_control.this[0].id
  }

  default_cache_behavior {
    target_origin_id       = "s3"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    compress               = true
    cache_policy_id        = data.aws_cloudfront_cache_policy.optimized[0].id
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = var.cdn_certificate_arn == null
    acm_certificate_arn            = var.cdn_certificate_arn
    ssl_support_method             = var.cdn_certificate_arn == null ? null : "sni-only"
    minimum_protocol_version       = var.cdn_certificate_arn == null ? "TLSv1" : "TLSv1.2_2021"
  }
}
