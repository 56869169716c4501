# path: terraform-aws/modules/queue/main.tf
resource "aws_sqs_queue" "this" { # expect: 1
  name = var.name
}
