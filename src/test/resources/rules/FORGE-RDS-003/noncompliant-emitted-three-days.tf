# path: terraform-aws/environments/dev/main.tf
module "database_main" {
  source = "../../modules/rds_postgres"

  backup_retention_period = 3 # expect: 3
}

resource "aws_db_instance" "legacy" {
  identifier              = "legacy"
  backup_retention_period = 0 # expect: 3
}
