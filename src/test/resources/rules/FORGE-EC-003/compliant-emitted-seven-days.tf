# path: terraform-aws/environments/prod/main.tf
module "cache_sessions" {
  source = "../../modules/elasticache"

  snapshot_retention_limit = 7
}
