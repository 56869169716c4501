# path: terraform-aws/modules/rds_postgres/main.tf
resource "aws_db_parameter_group" "this" {
  family = "postgres16"
  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_db_instance" "this" {
  parameter_group_name = aws_db_parameter_group.this.name
}
