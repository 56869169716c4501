# path: terraform-aws/modules/data/main.tf
resource "aws_dynamodb_table" "this" { # expect: 1
  name     = var.name
  hash_key = "id"
}
