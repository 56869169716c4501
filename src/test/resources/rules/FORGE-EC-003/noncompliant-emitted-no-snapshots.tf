# path: terraform-aws/modules/elasticache/main.tf
resource "aws_elasticache_replication_group" "this" {
  replication_group_id     = var.replication_group_id
  snapshot_retention_limit = 0 # expect: 3
}
