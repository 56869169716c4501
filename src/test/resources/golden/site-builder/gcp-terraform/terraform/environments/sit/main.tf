# Google APIs this environment uses, turned on by the same apply (left on when destroyed: other tools may use them).
resource "google_project_service" "this" {
  for_each = toset([
    "firestore.googleapis.com",
    "iam.googleapis.com",
    "iamcredentials.googleapis.com",
    "storage.googleapis.com",
    "sts.googleapis.com",
  ])
  project            = var.project
  service            = each.value
  disable_on_destroy = false
}

module "table_generations" {
  source            = "../../modules/firestore"
  name              = "site-builder-generations-sit"
  location          = var.region
  pitr              = true
  delete_protection = false
  ttl_field         = "expires_at"
  collection        = "generations"
  depends_on        = [google_project_service.this]
}

module "table_agent_sessions" {
  source            = "../../modules/firestore"
  name              = "site-builder-agent-sessions-sit"
  location          = var.region
  pitr              = true
  delete_protection = false
  ttl_field         = "expires_at"
  collection        = "agent-sessions"
  depends_on        = [google_project_service.this]
}

module "bucket_sites" {
  source        = "../../modules/bucket"
  name          = "site-builder-sites-sit"
  location      = var.region
  versioning    = true
  force_destroy = true
  cmek          = false
  cors = [
    {
      origins = ["https://builder.example.com"]
      methods = ["GET", "PUT", "POST"]
      headers = ["Content-Type", "Authorization"]
      max_age = 3000
    },
  ]
  lifecycle_rules = [
    {
      action                     = "Delete"
      days_since_noncurrent_time = 30
      with_state                 = "ARCHIVED"
      prefixes                   = []
    },
    {
      action   = "AbortIncompleteMultipartUpload"
      age      = 7
      prefixes = []
    },
  ]
  depends_on = [google_project_service.this]
}

module "sa_function_generation" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "site-builder-generation-sit"
  display_name  = "function generation (sit)"
  runtime_roles = ["roles/cloudtrace.agent", "roles/logging.logWriter", "roles/monitoring.metricWriter"]
  bindings = {
    "table:generations:roles/datastore.user" = {
      on                   = "project"
      resource             = var.project
      role                 = "roles/datastore.user"
      condition_title      = "Firestore database site-builder-generations-sit"
      condition_expression = "resource.name == \"projects/${var.project}/databases/${module.table_generations.name}\""
    }
    "bucket:sites:roles/storage.objectCreator" = {
      on       = "bucket"
      resource = module.bucket_sites.name
      role     = "roles/storage.objectCreator"
    }
    "bucket:sites:roles/storage.objectViewer" = {
      on       = "bucket"
      resource = module.bucket_sites.name
      role     = "roles/storage.objectViewer"
    }
  }
  depends_on = [google_project_service.this]
}

module "sa_function_agents" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "site-builder-agents-sit"
  display_name  = "function agents (sit)"
  runtime_roles = ["roles/cloudtrace.agent", "roles/logging.logWriter", "roles/monitoring.metricWriter"]
  bindings = {
    "table:agent-sessions:roles/datastore.user" = {
      on                   = "project"
      resource             = var.project
      role                 = "roles/datastore.user"
      condition_title      = "Firestore database site-builder-agent-sessions-sit"
      condition_expression = "resource.name == \"projects/${var.project}/databases/${module.table_agent_sessions.name}\""
    }
    "table:generations:roles/datastore.viewer" = {
      on                   = "project"
      resource             = var.project
      role                 = "roles/datastore.viewer"
      condition_title      = "Firestore database site-builder-generations-sit"
      condition_expression = "resource.name == \"projects/${var.project}/databases/${module.table_generations.name}\""
    }
  }
  depends_on = [google_project_service.this]
}

module "sa_function_validation" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "site-builder-validation-sit"
  display_name  = "function validation (sit)"
  runtime_roles = ["roles/cloudtrace.agent", "roles/logging.logWriter", "roles/monitoring.metricWriter"]
  bindings = {
    "table:generations:roles/datastore.viewer" = {
      on                   = "project"
      resource             = var.project
      role                 = "roles/datastore.viewer"
      condition_title      = "Firestore database site-builder-generations-sit"
      condition_expression = "resource.name == \"projects/${var.project}/databases/${module.table_generations.name}\""
    }
    "bucket:sites:roles/storage.objectViewer" = {
      on       = "bucket"
      resource = module.bucket_sites.name
      role     = "roles/storage.objectViewer"
    }
  }
  depends_on = [google_project_service.this]
}

module "github" {
  source              = "../../modules/github_wif"
  project             = var.project
  pool_id             = "github-sit"
  repository          = "example-org/site-builder"
  attribute_condition = "assertion.repository == \"example-org/site-builder\" && assertion.sub in [\"repo:example-org/site-builder:ref:refs/heads/main\", \"repo:example-org/site-builder:environment:sit\"]"
  deployer_account_id = "site-builder-deploy-sit"
  runtime_service_accounts = {
    function_agents     = module.sa_function_agents.name
    function_generation = module.sa_function_generation.name
    function_validation = module.sa_function_validation.name
  }
  depends_on = [google_project_service.this]
}
