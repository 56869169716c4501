# path: terraform-aws/environments/prod/main.tf
module "cache_sessions" {
  source = "../../modules/elasticache"

  num_cache_clusters = 1 # expect: 3
  multi_az           = true
}
