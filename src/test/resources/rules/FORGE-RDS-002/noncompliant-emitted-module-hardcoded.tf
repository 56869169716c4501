# path: terraform-aws/modules/rds_postgres/main.tf
resource "aws_db_instance" "this" {
  identifier = var.identifier
  multi_az   = false # expect: 3
}

resource "aws_db_instance" "replica" { # expect: 1
  identifier = "${var.identifier}-replica"
}
