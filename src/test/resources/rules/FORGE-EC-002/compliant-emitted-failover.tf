# path: terraform-aws/modules/elasticache/main.tf
resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = var.replication_group_id
  num_cache_clusters         = var.num_cache_clusters
  automatic_failover_enabled = var.multi_az
  multi_az_enabled           = var.multi_az
}
