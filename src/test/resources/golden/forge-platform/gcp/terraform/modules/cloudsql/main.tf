resource "google_sql_database_instance" "this" {
  name                = var.name
  region              = var.region
  database_version    = var.database_version
  deletion_protection = var.deletion_protection

  settings {
    tier                        = var.tier
    edition                     = "ENTERPRISE"
    availability_type           = var.availability_type
    disk_type                   = "PD_SSD"
    disk_size                   = var.disk_size
    disk_autoresize             = var.disk_autoresize_limit > 0
    disk_autoresize_limit       = var.disk_autoresize_limit
    deletion_protection_enabled = var.deletion_protection

    ip_configuration {
      # Private IP only, TLS required
      ipv4_enabled    = false
      private_network = var.network_id
      ssl_mode        = "ENCRYPTED_ONLY"
    }

    backup_configuration {
      enabled                        = true
      start_time                     = "03:00"
      point_in_time_recovery_enabled = true
      transaction_log_retention_days = var.log_retention_days

      backup_retention_settings {
        retained_backups = var.retained_backups
        retention_unit   = "COUNT"
      }
    }

    dynamic "database_flags" {
      for_each = var.iam_authentication ? ["on"] : []

      content {
        name  = "cloudsql.iam_authentication"
        value = database_flags.value
      }
    }

    insights_config {
      query_insights_enabled = true
    }
  }

  depends_on = [var.private_services_connection]
}

resource "google_sql_database" "this" {
  name     = var.database_name
  instance = google_sql_database_instance.this.name
}

ephemeral "random_password" "this" {
  length  = 32
  special = false
}

resource "google_sql_user" "app" {
  name     = var.user_name
  instance = google_sql_database_instance.this.name
  # Write-only: the password is sent on create and when password_version changes, never stored
  password_wo         = ephemeral.random_password.this.result
  password_wo_version = var.password_version
}

resource "google_secret_manager_secret" "password" {
  secret_id = "${var.name}-password"

  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_version" "password" {
  secret                 = google_secret_manager_secret.password.id
  secret_data_wo         = ephemeral.random_password.this.result
  secret_data_wo_version = var.password_version
}
