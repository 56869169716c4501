# path: terraform-aws/modules/cache/main.tf
resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = var.name
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}
