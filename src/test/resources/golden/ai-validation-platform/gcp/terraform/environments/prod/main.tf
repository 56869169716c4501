# Google APIs this environment uses, turned on by the same apply (left on when destroyed: other tools may use them).
resource "google_project_service" "this" {
  for_each = toset([
    "artifactregistry.googleapis.com",
    "billingbudgets.googleapis.com",
    "cloudscheduler.googleapis.com",
    "compute.googleapis.com",
    "iam.googleapis.com",
    "iamcredentials.googleapis.com",
    "monitoring.googleapis.com",
    "redis.googleapis.com",
    "run.googleapis.com",
    "secretmanager.googleapis.com",
    "servicenetworking.googleapis.com",
    "sqladmin.googleapis.com",
    "storage.googleapis.com",
    "sts.googleapis.com",
  ])
  project            = var.project
  service            = each.value
  disable_on_destroy = false
}

module "network" {
  source     = "../../modules/network"
  name       = "ai-validation-platform-vpc-prod"
  region     = var.region
  cidr       = "10.40.0.0/16"
  nat        = true
  depends_on = [google_project_service.this]
}

module "database_main" {
  source                      = "../../modules/cloudsql"
  name                        = "ai-validation-platform-main-prod"
  region                      = var.region
  database_version            = "POSTGRES_16"
  tier                        = "db-custom-1-3840"
  disk_size                   = 100
  disk_autoresize_limit       = 500
  availability_type           = "REGIONAL"
  retained_backups            = 14
  log_retention_days          = 7
  deletion_protection         = true
  iam_authentication          = false
  network_id                  = module.network.network_id
  private_services_connection = module.network.private_services_connection
  database_name               = "main"
  user_name                   = "app"
  depends_on                  = [google_project_service.this]
}

module "cache_queue" {
  source                      = "../../modules/redis"
  name                        = "ai-validation-platform-queue-prod"
  region                      = var.region
  tier                        = "STANDARD_HA"
  memory_size_gb              = 1
  redis_version               = "REDIS_7_2"
  replica_count               = 1
  snapshots                   = true
  network_id                  = module.network.network_id
  private_services_connection = module.network.private_services_connection
  depends_on                  = [google_project_service.this]
}

module "bucket_reports" {
  source        = "../../modules/bucket"
  name          = "ai-validation-platform-reports-prod"
  location      = var.region
  versioning    = true
  force_destroy = false
  cmek          = false
  cors          = []
  lifecycle_rules = [
    {
      action        = "SetStorageClass"
      storage_class = "NEARLINE"
      age           = 30
      prefixes      = []
    },
    {
      action   = "AbortIncompleteMultipartUpload"
      age      = 7
      prefixes = []
    },
    {
      action                     = "Delete"
      days_since_noncurrent_time = 90
      with_state                 = "ARCHIVED"
      prefixes                   = []
    },
  ]
  depends_on = [google_project_service.this]
}

module "bucket_assets" {
  source          = "../../modules/bucket"
  name            = "ai-validation-platform-assets-prod"
  location        = var.region
  versioning      = true
  force_destroy   = false
  cmek            = false
  cors            = []
  lifecycle_rules = []
  depends_on      = [google_project_service.this]
}

module "secrets" {
  source = "../../modules/secrets"
  secrets = {
    ai-validation-platform-openai-api-key-prod    = "OpenAI API key for the agents (rotated per Story 1.0)."
    ai-validation-platform-anthropic-api-key-prod = "Anthropic API key, the fallback LLM provider."
    ai-validation-platform-jwt-signing-key-prod   = "Signs user JWTs issued by the API."
  }
  depends_on = [google_project_service.this]
}

module "artifact_registry" {
  source     = "../../modules/artifact_registry"
  name       = "ai-validation-platform"
  location   = var.region
  depends_on = [google_project_service.this]
}

module "sa_service_api" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "ai-validation-pl-7d06-api-prod"
  display_name  = "service api (prod)"
  runtime_roles = ["roles/cloudtrace.agent", "roles/logging.logWriter", "roles/monitoring.metricWriter"]
  bindings = {
    "bucket:reports:roles/storage.objectViewer" = {
      on       = "bucket"
      resource = module.bucket_reports.name
      role     = "roles/storage.objectViewer"
    }
    "database:main:roles/cloudsql.client" = {
      on                   = "project"
      resource             = var.project
      role                 = "roles/cloudsql.client"
      condition_title      = "Cloud SQL instance ai-validation-platform-main-prod"
      condition_expression = "resource.name == \"projects/${var.project}/instances/${module.database_main.instance_name}\""
    }
    "database:main:password" = {
      on       = "secret"
      resource = module.database_main.password_secret_id
      role     = "roles/secretmanager.secretAccessor"
    }
    "secret:jwt-signing-key:roles/secretmanager.secretAccessor" = {
      on       = "secret"
      resource = module.secrets.ids["ai-validation-platform-jwt-signing-key-prod"]
      role     = "roles/secretmanager.secretAccessor"
    }
  }
  depends_on = [google_project_service.this]
}

module "sa_service_orchestrator" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "ai-vali-f406-orchestrator-prod"
  display_name  = "service orchestrator (prod)"
  runtime_roles = ["roles/cloudtrace.agent", "roles/logging.logWriter", "roles/monitoring.metricWriter"]
  bindings = {
    "bucket:reports:roles/storage.objectCreator" = {
      on       = "bucket"
      resource = module.bucket_reports.name
      role     = "roles/storage.objectCreator"
    }
    "bucket:reports:roles/storage.objectViewer" = {
      on       = "bucket"
      resource = module.bucket_reports.name
      role     = "roles/storage.objectViewer"
    }
    "database:main:roles/cloudsql.client" = {
      on                   = "project"
      resource             = var.project
      role                 = "roles/cloudsql.client"
      condition_title      = "Cloud SQL instance ai-validation-platform-main-prod"
      condition_expression = "resource.name == \"projects/${var.project}/instances/${module.database_main.instance_name}\""
    }
    "database:main:password" = {
      on       = "secret"
      resource = module.database_main.password_secret_id
      role     = "roles/secretmanager.secretAccessor"
    }
    "secret:anthropic-api-key:roles/secretmanager.secretAccessor" = {
      on       = "secret"
      resource = module.secrets.ids["ai-validation-platform-anthropic-api-key-prod"]
      role     = "roles/secretmanager.secretAccessor"
    }
    "secret:openai-api-key:roles/secretmanager.secretAccessor" = {
      on       = "secret"
      resource = module.secrets.ids["ai-validation-platform-openai-api-key-prod"]
      role     = "roles/secretmanager.secretAccessor"
    }
  }
  depends_on = [google_project_service.this]
}

module "sa_service_web" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "ai-validation-pl-a355-web-prod"
  display_name  = "service web (prod)"
  runtime_roles = ["roles/cloudtrace.agent", "roles/logging.logWriter", "roles/monitoring.metricWriter"]
  bindings      = {}
  depends_on    = [google_project_service.this]
}

module "sa_job_migrate" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "ai-validatio-4246-migrate-prod"
  display_name  = "job migrate (prod)"
  runtime_roles = ["roles/cloudtrace.agent", "roles/logging.logWriter", "roles/monitoring.metricWriter"]
  bindings = {
    "database:main:roles/cloudsql.client" = {
      on                   = "project"
      resource             = var.project
      role                 = "roles/cloudsql.client"
      condition_title      = "Cloud SQL instance ai-validation-platform-main-prod"
      condition_expression = "resource.name == \"projects/${var.project}/instances/${module.database_main.instance_name}\""
    }
    "database:main:password" = {
      on       = "secret"
      resource = module.database_main.password_secret_id
      role     = "roles/secretmanager.secretAccessor"
    }
  }
  depends_on = [google_project_service.this]
}

module "sa_job_report_cleanup" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "ai-va-bac5-report-cleanup-prod"
  display_name  = "job report-cleanup (prod)"
  runtime_roles = ["roles/cloudtrace.agent", "roles/logging.logWriter", "roles/monitoring.metricWriter"]
  bindings = {
    "bucket:reports:roles/storage.objectCreator" = {
      on       = "bucket"
      resource = module.bucket_reports.name
      role     = "roles/storage.objectCreator"
    }
    "bucket:reports:roles/storage.objectViewer" = {
      on       = "bucket"
      resource = module.bucket_reports.name
      role     = "roles/storage.objectViewer"
    }
    "database:main:roles/cloudsql.client" = {
      on                   = "project"
      resource             = var.project
      role                 = "roles/cloudsql.client"
      condition_title      = "Cloud SQL instance ai-validation-platform-main-prod"
      condition_expression = "resource.name == \"projects/${var.project}/instances/${module.database_main.instance_name}\""
    }
    "database:main:password" = {
      on       = "secret"
      resource = module.database_main.password_secret_id
      role     = "roles/secretmanager.secretAccessor"
    }
  }
  depends_on = [google_project_service.this]
}

module "sa_scheduler" {
  source       = "../../modules/service_account"
  project      = var.project
  account_id   = "ai-validat-94c9-scheduler-prod"
  display_name = "Cloud Scheduler (prod)"
  bindings = {
    "job:report-cleanup:roles/run.invoker" = {
      on                   = "project"
      resource             = var.project
      role                 = "roles/run.invoker"
      condition_title      = "Cloud Run job ai-validation-platform-report-cleanup-prod"
      condition_expression = "resource.type == \"run.googleapis.com/Job\" && resource.name.endsWith(\"/jobs/ai-validation-platform-report-cleanup-prod\")"
    }
  }
  depends_on = [google_project_service.this]
}

module "schedule_report_cleanup" {
  source        = "../../modules/scheduler"
  project       = var.project
  region        = var.region
  name          = "ai-validation-platform-report-cleanup-prod"
  job_name      = "ai-validation-platform-report-cleanup-prod"
  schedule      = "30 2 * * *"
  time_zone     = "America/New_York"
  retry_count   = 2
  invoker_email = module.sa_scheduler.email
  depends_on    = [google_project_service.this]
}

module "github" {
  source              = "../../modules/github_wif"
  project             = var.project
  pool_id             = "github-prod"
  repository          = "example-org/ai-validation-platform"
  attribute_condition = "assertion.repository == \"example-org/ai-validation-platform\" && assertion.sub == \"repo:example-org/ai-validation-platform:environment:prod\""
  deployer_account_id = "ai-validation-9c48-deploy-prod"
  artifact_repository = module.artifact_registry.name
  artifact_location   = var.region
  runtime_service_accounts = {
    job_migrate          = module.sa_job_migrate.name
    job_report_cleanup   = module.sa_job_report_cleanup.name
    service_api          = module.sa_service_api.name
    service_orchestrator = module.sa_service_orchestrator.name
    service_web          = module.sa_service_web.name
  }
  depends_on = [google_project_service.this]
}

module "monitoring" {
  source = "../../modules/monitoring"
  name   = "ai-validation-platform-prod"
  emails = ["oncall@example.com", "cto@example.com"]
  policies = {
    db_cpu_main = {
      display_name  = "database main CPU"
      filter        = "resource.type = \"cloudsql_database\" AND resource.labels.database_id = \"${var.project}:ai-validation-platform-main-prod\" AND metric.type = \"cloudsql.googleapis.com/database/cpu/utilization\""
      aligner       = "ALIGN_MEAN"
      threshold     = 0.8
      duration      = "300s"
      documentation = "Cloud SQL instance ai-validation-platform-main-prod used more than 80 % CPU for 5 minutes."
    }
    db_disk_main = {
      display_name  = "database main disk"
      filter        = "resource.type = \"cloudsql_database\" AND resource.labels.database_id = \"${var.project}:ai-validation-platform-main-prod\" AND metric.type = \"cloudsql.googleapis.com/database/disk/utilization\""
      aligner       = "ALIGN_MEAN"
      threshold     = 0.85
      duration      = "300s"
      documentation = "Cloud SQL instance ai-validation-platform-main-prod disk is more than 85 % full."
    }
    cache_memory_queue = {
      display_name  = "cache queue memory"
      filter        = "resource.type = \"redis_instance\" AND resource.labels.instance_id = \"projects/${var.project}/locations/${var.region}/instances/ai-validation-platform-queue-prod\" AND metric.type = \"redis.googleapis.com/stats/memory/usage_ratio\""
      aligner       = "ALIGN_MAX"
      threshold     = 0.8
      duration      = "300s"
      documentation = "Memorystore instance ai-validation-platform-queue-prod uses more than 80 % of its memory."
    }
    run_5xx_api = {
      display_name  = "service api 5xx"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-api-prod\" AND metric.type = \"run.googleapis.com/request_count\" AND metric.labels.response_code_class = \"5xx\""
      aligner       = "ALIGN_SUM"
      threshold     = 5
      duration      = "0s"
      documentation = "Cloud Run service ai-validation-platform-api-prod answered more than 5 5xx in 5 minutes."
    }
    run_latency_api = {
      display_name  = "service api p99 latency"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-api-prod\" AND metric.type = \"run.googleapis.com/request_latencies\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 3000
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-api-prod p99 latency is above 3s."
    }
    run_cpu_api = {
      display_name  = "service api CPU"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-api-prod\" AND metric.type = \"run.googleapis.com/container/cpu/utilizations\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 0.8
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-api-prod CPU above 80 %."
    }
    run_memory_api = {
      display_name  = "service api memory"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-api-prod\" AND metric.type = \"run.googleapis.com/container/memory/utilizations\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 0.85
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-api-prod memory above 85 %."
    }
    run_5xx_orchestrator = {
      display_name  = "service orchestrator 5xx"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-orchestrator-prod\" AND metric.type = \"run.googleapis.com/request_count\" AND metric.labels.response_code_class = \"5xx\""
      aligner       = "ALIGN_SUM"
      threshold     = 5
      duration      = "0s"
      documentation = "Cloud Run service ai-validation-platform-orchestrator-prod answered more than 5 5xx in 5 minutes."
    }
    run_latency_orchestrator = {
      display_name  = "service orchestrator p99 latency"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-orchestrator-prod\" AND metric.type = \"run.googleapis.com/request_latencies\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 3000
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-orchestrator-prod p99 latency is above 3s."
    }
    run_cpu_orchestrator = {
      display_name  = "service orchestrator CPU"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-orchestrator-prod\" AND metric.type = \"run.googleapis.com/container/cpu/utilizations\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 0.8
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-orchestrator-prod CPU above 80 %."
    }
    run_memory_orchestrator = {
      display_name  = "service orchestrator memory"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-orchestrator-prod\" AND metric.type = \"run.googleapis.com/container/memory/utilizations\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 0.85
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-orchestrator-prod memory above 85 %."
    }
    run_5xx_web = {
      display_name  = "service web 5xx"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-web-prod\" AND metric.type = \"run.googleapis.com/request_count\" AND metric.labels.response_code_class = \"5xx\""
      aligner       = "ALIGN_SUM"
      threshold     = 5
      duration      = "0s"
      documentation = "Cloud Run service ai-validation-platform-web-prod answered more than 5 5xx in 5 minutes."
    }
    run_latency_web = {
      display_name  = "service web p99 latency"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-web-prod\" AND metric.type = \"run.googleapis.com/request_latencies\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 3000
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-web-prod p99 latency is above 3s."
    }
    run_cpu_web = {
      display_name  = "service web CPU"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-web-prod\" AND metric.type = \"run.googleapis.com/container/cpu/utilizations\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 0.8
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-web-prod CPU above 80 %."
    }
    run_memory_web = {
      display_name  = "service web memory"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-web-prod\" AND metric.type = \"run.googleapis.com/container/memory/utilizations\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 0.85
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-web-prod memory above 85 %."
    }
    job_failed_migrate = {
      display_name  = "job migrate failed"
      filter        = "resource.type = \"cloud_run_job\" AND resource.labels.job_name = \"ai-validation-platform-migrate-prod\" AND metric.type = \"run.googleapis.com/job/completed_execution_count\" AND metric.labels.result = \"failed\""
      aligner       = "ALIGN_SUM"
      threshold     = 0
      duration      = "0s"
      documentation = "A run of Cloud Run job ai-validation-platform-migrate-prod failed."
    }
    job_failed_report-cleanup = {
      display_name  = "job report-cleanup failed"
      filter        = "resource.type = \"cloud_run_job\" AND resource.labels.job_name = \"ai-validation-platform-report-cleanup-prod\" AND metric.type = \"run.googleapis.com/job/completed_execution_count\" AND metric.labels.result = \"failed\""
      aligner       = "ALIGN_SUM"
      threshold     = 0
      duration      = "0s"
      documentation = "A run of Cloud Run job ai-validation-platform-report-cleanup-prod failed."
    }
  }
  depends_on = [google_project_service.this]
}

module "budget" {
  source          = "../../modules/budget"
  billing_account = var.billing_account
  name            = "ai-validation-platform-prod"
  amount          = 2500
  emails          = ["oncall@example.com", "cto@example.com"]
  depends_on      = [google_project_service.this]
}
