# path: terraform-aws/modules/elasticache/main.tf
resource "aws_elasticache_user" "default" { # expect: 1
  user_id       = "${var.replication_group_id}-default"
  user_name     = "default"
  access_string = "on ~* +@all"
  authentication_mode {
    type = "no-password-required"
  }
}

resource "aws_elasticache_user_group" "this" {
  user_group_id = var.replication_group_id
  user_ids      = [aws_elasticache_user.default.user_id]
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id = var.replication_group_id
  user_group_ids       = [aws_elasticache_user_group.this.user_group_id]
}
