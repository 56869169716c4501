# path: terraform-aws/modules/rds_postgres/main.tf
resource "aws_db_instance" "this" {
  username = var.master_username
  password = var.master_password # expect: 3
}

resource "aws_db_instance" "write_only" {
  username            = var.master_username
  password_wo         = var.master_password # expect: 3
  password_wo_version = 1
}

resource "aws_db_instance" "unmanaged" { # expect: 1
  username = var.master_username
}
