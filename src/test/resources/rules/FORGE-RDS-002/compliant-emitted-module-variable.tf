# path: terraform-aws/modules/rds_postgres/main.tf
resource "aws_db_instance" "this" {
  identifier = var.identifier
  multi_az   = var.multi_az
}
