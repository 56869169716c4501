# path: terraform-aws/modules/data/main.tf
resource "aws_dynamodb_table" "this" {
  name         = var.name
  billing_mode = "PAY_PER_REQUEST" # FORGE-DDB-001
  hash_key     = "id"

  point_in_time_recovery {
    enabled = true
  }
}
