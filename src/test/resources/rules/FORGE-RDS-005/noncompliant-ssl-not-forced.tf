# path: terraform-aws/modules/rds_postgres/main.tf
resource "aws_db_parameter_group" "this" { # expect: 1
  family = "postgres16"
  parameter {
    name  = "rds.force_ssl"
    value = "0"
  }
}

resource "aws_db_instance" "this" {
  parameter_group_name = aws_db_parameter_group.this.name
}

resource "aws_db_instance" "other" {
  parameter_group_name = "default.postgres16" # expect: 3
}
