# path: terraform-aws/modules/rds_postgres/main.tf
resource "aws_db_instance" "this" {
  username                    = var.master_username
  manage_master_user_password = true
}
