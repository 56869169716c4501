resource "google_service_account" "this" {
  project      = var.project
  account_id   = var.account_id
  display_name = var.display_name
}

resource "google_project_iam_member" "runtime" {
  for_each = toset(var.runtime_roles)
  project  = var.project
  role     = each.value
  member   = "serviceAccount:${google_service_account.this.email}"
}

resource "google_storage_bucket_iam_member" "this" {
  for_each = { for k, b in var.bindings : k => b if b.on == "bucket" }
  bucket   = each.value.resource
  role     = each.value.role
  member   = "serviceAccount:${google_service_account.this.email}"
}

resource "google_secret_manager_secret_iam_member" "this" {
  for_each  = { for k, b in var.bindings : k => b if b.on == "secret" }
  secret_id = each.value.resource
  role      = each.value.role
  member    = "serviceAccount:${google_service_account.this.email}"
}

resource "google_pubsub_topic_iam_member" "this" {
  for_each = { for k, b in var.bindings : k => b if b.on == "topic" }
  topic    = each.value.resource
  role     = each.value.role
  member   = "serviceAccount:${google_service_account.this.email}"
}

resource "google_pubsub_subscription_iam_member" "this" {
  for_each     = { for k, b in var.bindings : k => b if b.on == "subscription" }
  subscription = each.value.resource
  role         = each.value.role
  member       = "serviceAccount:${google_service_account.this.email}"
}

resource "google_project_iam_member" "conditioned" {
  for_each = { for k, b in var.bindings : k => b if b.on == "project" }
  project  = var.project
  role     = each.value.role
  member   = "serviceAccount:${google_service_account.this.email}"

  condition {
    title      = each.value.condition_title
    expression = each.value.condition_expression
  }
}
