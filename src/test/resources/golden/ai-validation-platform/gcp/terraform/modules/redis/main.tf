resource "google_redis_instance" "this" {
  name               = var.name
  region             = var.region
  tier               = var.tier
  memory_size_gb     = var.memory_size_gb
  redis_version      = var.redis_version
  authorized_network = var.network_id
  connect_mode       = "PRIVATE_SERVICE_ACCESS"
  # AUTH and TLS in transit
  auth_enabled            = true
  transit_encryption_mode = "SERVER_AUTHENTICATION"
  replica_count           = var.replica_count
  read_replicas_mode      = coalesce(var.replica_count, 0) > 0 ? "READ_REPLICAS_ENABLED" : "READ_REPLICAS_DISABLED"

  dynamic "persistence_config" {
    for_each = var.snapshots ? ["RDB"] : []

    content {
      persistence_mode    = persistence_config.value
      rdb_snapshot_period = "TWENTY_FOUR_HOURS"
    }
  }

  depends_on = [var.private_services_connection]
}
