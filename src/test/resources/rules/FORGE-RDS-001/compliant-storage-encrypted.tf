# path: terraform-aws/modules/database/main.tf
resource "aws_db_instance" "this" {
  identifier        = var.name
  engine            = "postgres"
  storage_encrypted = true
}
