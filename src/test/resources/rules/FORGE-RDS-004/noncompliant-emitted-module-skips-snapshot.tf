# path: terraform-aws/modules/rds_postgres/main.tf
resource "aws_db_instance" "this" { # expect: 1
  identifier          = var.identifier
  deletion_protection = false # expect: 3
  skip_final_snapshot = true
}
