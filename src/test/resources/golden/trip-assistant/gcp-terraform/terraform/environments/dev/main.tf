# Google APIs this environment uses, turned on by the same apply (left on when destroyed: other tools may use them).
resource "google_project_service" "this" {
  for_each = toset([
    "iam.googleapis.com",
    "iamcredentials.googleapis.com",
    "secretmanager.googleapis.com",
    "sts.googleapis.com",
  ])
  project            = var.project
  service            = each.value
  disable_on_destroy = false
}

module "secrets" {
  source = "../../modules/secrets"
  secrets = {
    trip-assistant-openai-api-key-dev = "OpenAI API key used by the agent; set with `aws ssm put-parameter` or terraform's openai_api_key variable."
  }
  depends_on = [google_project_service.this]
}

module "sa_function_agent" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "trip-assistant-agent-dev"
  display_name  = "function agent (dev)"
  runtime_roles = ["roles/cloudtrace.agent", "roles/logging.logWriter", "roles/monitoring.metricWriter"]
  bindings = {
    "secret:openai-api-key:roles/secretmanager.secretAccessor" = {
      on       = "secret"
      resource = module.secrets.ids["trip-assistant-openai-api-key-dev"]
      role     = "roles/secretmanager.secretAccessor"
    }
  }
  depends_on = [google_project_service.this]
}

module "sa_function_api" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "trip-assistant-api-dev"
  display_name  = "function api (dev)"
  runtime_roles = ["roles/cloudtrace.agent", "roles/logging.logWriter", "roles/monitoring.metricWriter"]
  bindings      = {}
  depends_on    = [google_project_service.this]
}

module "github" {
  source              = "../../modules/github_wif"
  project             = var.project
  pool_id             = "github-dev"
  repository          = "example-org/trip-assistant"
  attribute_condition = "assertion.repository == \"example-org/trip-assistant\" && assertion.sub in [\"repo:example-org/trip-assistant:ref:refs/heads/main\", \"repo:example-org/trip-assistant:environment:dev\"]"
  deployer_account_id = "trip-assistant-deploy-dev"
  runtime_service_accounts = {
    function_agent = module.sa_function_agent.name
    function_api   = module.sa_function_api.name
  }
  depends_on = [google_project_service.this]
}
