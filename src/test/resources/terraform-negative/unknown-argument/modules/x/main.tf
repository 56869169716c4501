resource "aws_sqs_queue" "this" {
  nmae = "orders"
}
