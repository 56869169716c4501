resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_sqs_queue" "copies" {
  count = length(aws_sqs_queue.orders.arn) > 10 ? 1 : 0
  name  = "copy"
}
