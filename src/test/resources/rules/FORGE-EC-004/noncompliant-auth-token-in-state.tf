# path: terraform-aws/modules/elasticache/main.tf
resource "aws_elasticache_replication_group" "token" {
  replication_group_id = var.replication_group_id
  auth_token           = var.auth_token # expect: 3
}

resource "aws_elasticache_replication_group" "open" { # expect: 1
  replication_group_id = "${var.replication_group_id}-open"
}
