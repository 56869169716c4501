resource "aws_kms_key" "this" {
  count = var.encryption == "customer-kms" ? 1 : 0

  description             = "SNS topic ${var.name}"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  tags                    = var.tags
}

resource "aws_sns_topic" "this" {
  name                        = "${var.name}${var.fifo ? ".fifo" : ""}"
  fifo_topic                  = var.fifo
  content_based_deduplication = var.fifo ? true : null
  # FORGE rule: topics encrypted at rest.
  kms_master_key_id = var.encryption == "customer-kms" ? one(aws_kms_key.this[*].arn) : "alias/aws/sns"
  tags              = var.tags
}
