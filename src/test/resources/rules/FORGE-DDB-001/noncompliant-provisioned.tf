# path: terraform-aws/modules/data/main.tf
resource "aws_dynamodb_table" "this" {
  name           = var.name
  billing_mode   = "PROVISIONED" # expect: 3
  read_capacity  = 5
  write_capacity = 5
}
