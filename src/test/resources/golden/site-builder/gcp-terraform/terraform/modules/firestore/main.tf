resource "google_firestore_database" "this" {
  name                              = var.name
  location_id                       = var.location
  type                              = "FIRESTORE_NATIVE"
  concurrency_mode                  = "OPTIMISTIC"
  point_in_time_recovery_enablement = var.pitr ? "POINT_IN_TIME_RECOVERY_ENABLED" : "POINT_IN_TIME_RECOVERY_DISABLED"
  delete_protection_state           = var.delete_protection ? "DELETE_PROTECTION_ENABLED" : "DELETE_PROTECTION_DISABLED"
}

resource "google_firestore_field" "ttl" {
  count      = var.ttl_field == null ? 0 : 1
  database   = google_firestore_database.this.name
  collection = var.collection
  field      = var.ttl_field

  ttl_config {}
}
