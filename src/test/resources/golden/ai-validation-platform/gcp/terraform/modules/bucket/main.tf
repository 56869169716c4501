data "google_storage_project_service_account" "this" {
  count = var.cmek ? 1 : 0
}

resource "google_kms_key_ring" "this" {
  count    = var.cmek ? 1 : 0
  name     = var.name
  location = var.location
}

resource "google_kms_crypto_key" "this" {
  count           = var.cmek ? 1 : 0
  name            = var.name
  key_ring        = google_kms_key_ring.this[0].id
  rotation_period = "7776000s"
}

resource "google_kms_crypto_key_iam_member" "storage" {
  count         = var.cmek ? 1 : 0
  crypto_key_id = google_kms_crypto_key.this[0].id
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = "serviceAccount:${data.google_storage_project_service_account.this[0].email_address}"
}

resource "google_storage_bucket" "this" {
  name          = var.name
  location      = var.location
  storage_class = "STANDARD"
  force_destroy = var.force_destroy
  # No ACLs, never public
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = var.versioning
  }

  dynamic "encryption" {
    for_each = var.cmek ? ["cmek"] : []

    content {
      default_kms_key_name = google_kms_crypto_key.this[0].id
    }
  }

  dynamic "cors" {
    for_each = var.cors

    content {
      origin          = cors.value.origins
      method          = cors.value.methods
      response_header = cors.value.headers
      max_age_seconds = cors.value.max_age
    }
  }

  dynamic "lifecycle_rule" {
    for_each = var.lifecycle_rules

    content {
      action {
        type          = lifecycle_rule.value.action
        storage_class = lifecycle_rule.value.storage_class
      }

      condition {
        age                        = lifecycle_rule.value.age
        days_since_noncurrent_time = lifecycle_rule.value.days_since_noncurrent_time
        with_state                 = lifecycle_rule.value.with_state
        matches_prefix             = lifecycle_rule.value.prefixes
      }
    }
  }

  depends_on = [google_kms_crypto_key_iam_member.storage]
}
