resource "aws_kms_key" "this" {
  count = var.encryption == "customer-kms" ? 1 : 0

  description             = "SQS queue ${var.name}"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  tags                    = var.tags
}

locals {
  kms_master_key_id = var.encryption == "customer-kms" ? one(aws_kms_key.this[*].arn) : (var.encryption == "kms" ? "alias/aws/sqs" : null)
}

resource "aws_sqs_queue" "dead_letter" {
  name                      = "${var.name}-dlq${var.fifo ? ".fifo" : ""}"
  fifo_queue                = var.fifo
  message_retention_seconds = 1209600
  # FORGE rule: queues encrypted at rest.
  sqs_managed_sse_enabled = var.encryption == "managed"
  kms_master_key_id       = local.kms_master_key_id
  tags                    = var.tags
}

resource "aws_sqs_queue" "this" {
  name                      = "${var.name}${var.fifo ? ".fifo" : ""}"
  fifo_queue                = var.fifo
  message_retention_seconds = var.message_retention_seconds
  # FORGE rule: queues encrypted at rest.
  sqs_managed_sse_enabled    = var.encryption == "managed"
  kms_master_key_id          = local.kms_master_key_id
  tags                       = var.tags
  visibility_timeout_seconds = var.visibility_timeout_seconds
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letter.arn
    maxReceiveCount     = var.max_receive_count
  })
}

resource "aws_sqs_queue_redrive_allow_policy" "dead_letter" {
  queue_url = aws_sqs_queue.dead_letter.id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.this.arn]
  })
}
