# Google APIs this environment uses, turned on by the same apply (left on when destroyed: other tools may use them).
resource "google_project_service" "this" {
  for_each = toset([
    "artifactregistry.googleapis.com",
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
  name       = "ai-validation-platform-vpc-local"
  region     = var.region
  cidr       = "10.40.0.0/16"
  nat        = false
  depends_on = [google_project_service.this]
}

module "database_main" {
  source                      = "../../modules/cloudsql"
  name                        = "ai-validation-platform-main-local"
  region                      = var.region
  database_version            = "POSTGRES_16"
  tier                        = "db-f1-micro"
  disk_size                   = 20
  disk_autoresize_limit       = 0
  availability_type           = "ZONAL"
  retained_backups            = 7
  log_retention_days          = 7
  deletion_protection         = false
  iam_authentication          = false
  network_id                  = module.network.network_id
  private_services_connection = module.network.private_services_connection
  database_name               = "main"
  user_name                   = "app"
  depends_on                  = [google_project_service.this]
}

module "cache_queue" {
  source                      = "../../modules/redis"
  name                        = "ai-validation-platform-queue-local"
  region                      = var.region
  tier                        = "BASIC"
  memory_size_gb              = 1
  redis_version               = "REDIS_7_2"
  replica_count               = null
  snapshots                   = true
  network_id                  = module.network.network_id
  private_services_connection = module.network.private_services_connection
  depends_on                  = [google_project_service.this]
}

module "bucket_reports" {
  source        = "../../modules/bucket"
  name          = "ai-validation-platform-reports-local"
  location      = var.region
  versioning    = true
  force_destroy = true
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
  name            = "ai-validation-platform-assets-local"
  location        = var.region
  versioning      = true
  force_destroy   = true
  cmek            = false
  cors            = []
  lifecycle_rules = []
  depends_on      = [google_project_service.this]
}

module "secrets" {
  source = "../../modules/secrets"
  secrets = {
    ai-validation-platform-openai-api-key-local    = "OpenAI API key for the agents (rotated per Story 1.0)."
    ai-validation-platform-anthropic-api-key-local = "Anthropic API key, the fallback LLM provider."
    ai-validation-platform-jwt-signing-key-local   = "Signs user JWTs issued by the API."
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
  account_id    = "ai-validation-p-86a5-api-local"
  display_name  = "service api (local)"
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
      condition_title      = "Cloud SQL instance ai-validation-platform-main-local"
      condition_expression = "resource.name == \"projects/${var.project}/instances/${module.database_main.instance_name}\""
    }
    "database:main:password" = {
      on       = "secret"
      resource = module.database_main.password_secret_id
      role     = "roles/secretmanager.secretAccessor"
    }
    "secret:jwt-signing-key:roles/secretmanager.secretAccessor" = {
      on       = "secret"
      resource = module.secrets.ids["ai-validation-platform-jwt-signing-key-local"]
      role     = "roles/secretmanager.secretAccessor"
    }
  }
  depends_on = [google_project_service.this]
}

module "sa_service_orchestrator" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "ai-val-524e-orchestrator-local"
  display_name  = "service orchestrator (local)"
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
      condition_title      = "Cloud SQL instance ai-validation-platform-main-local"
      condition_expression = "resource.name == \"projects/${var.project}/instances/${module.database_main.instance_name}\""
    }
    "database:main:password" = {
      on       = "secret"
      resource = module.database_main.password_secret_id
      role     = "roles/secretmanager.secretAccessor"
    }
    "secret:anthropic-api-key:roles/secretmanager.secretAccessor" = {
      on       = "secret"
      resource = module.secrets.ids["ai-validation-platform-anthropic-api-key-local"]
      role     = "roles/secretmanager.secretAccessor"
    }
    "secret:openai-api-key:roles/secretmanager.secretAccessor" = {
      on       = "secret"
      resource = module.secrets.ids["ai-validation-platform-openai-api-key-local"]
      role     = "roles/secretmanager.secretAccessor"
    }
  }
  depends_on = [google_project_service.this]
}

module "sa_service_web" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "ai-validation-p-5307-web-local"
  display_name  = "service web (local)"
  runtime_roles = ["roles/cloudtrace.agent", "roles/logging.logWriter", "roles/monitoring.metricWriter"]
  bindings      = {}
  depends_on    = [google_project_service.this]
}

module "sa_job_migrate" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "ai-validati-565f-migrate-local"
  display_name  = "job migrate (local)"
  runtime_roles = ["roles/cloudtrace.agent", "roles/logging.logWriter", "roles/monitoring.metricWriter"]
  bindings = {
    "database:main:roles/cloudsql.client" = {
      on                   = "project"
      resource             = var.project
      role                 = "roles/cloudsql.client"
      condition_title      = "Cloud SQL instance ai-validation-platform-main-local"
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
  account_id    = "ai-v-cbd7-report-cleanup-local"
  display_name  = "job report-cleanup (local)"
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
      condition_title      = "Cloud SQL instance ai-validation-platform-main-local"
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
  account_id   = "ai-valida-5bad-scheduler-local"
  display_name = "Cloud Scheduler (local)"
  bindings = {
    "job:report-cleanup:roles/run.invoker" = {
      on                   = "project"
      resource             = var.project
      role                 = "roles/run.invoker"
      condition_title      = "Cloud Run job ai-validation-platform-report-cleanup-local"
      condition_expression = "resource.type == \"run.googleapis.com/Job\" && resource.name.endsWith(\"/jobs/ai-validation-platform-report-cleanup-local\")"
    }
  }
  depends_on = [google_project_service.this]
}

module "schedule_report_cleanup" {
  source        = "../../modules/scheduler"
  project       = var.project
  region        = var.region
  name          = "ai-validation-platform-report-cleanup-local"
  job_name      = "ai-validation-platform-report-cleanup-local"
  schedule      = "30 2 * * *"
  time_zone     = "America/New_York"
  retry_count   = 2
  invoker_email = module.sa_scheduler.email
  depends_on    = [google_project_service.this]
}

module "github" {
  source              = "../../modules/github_wif"
  project             = var.project
  pool_id             = "github-local"
  repository          = "example-org/ai-validation-platform"
  attribute_condition = "assertion.repository == \"example-org/ai-validation-platform\" && assertion.sub in [\"repo:example-org/ai-validation-platform:ref:refs/heads/main\", \"repo:example-org/ai-validation-platform:environment:local\"]"
  deployer_account_id = "ai-validatio-e96a-deploy-local"
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
  name   = "ai-validation-platform-local"
  emails = []
  policies = {
    db_cpu_main = {
      display_name  = "database main CPU"
      filter        = "resource.type = \"cloudsql_database\" AND resource.labels.database_id = \"${var.project}:ai-validation-platform-main-local\" AND metric.type = \"cloudsql.googleapis.com/database/cpu/utilization\""
      aligner       = "ALIGN_MEAN"
      threshold     = 0.8
      duration      = "300s"
      documentation = "Cloud SQL instance ai-validation-platform-main-local used more than 80 % CPU for 5 minutes."
    }
    db_disk_main = {
      display_name  = "database main disk"
      filter        = "resource.type = \"cloudsql_database\" AND resource.labels.database_id = \"${var.project}:ai-validation-platform-main-local\" AND metric.type = \"cloudsql.googleapis.com/database/disk/utilization\""
      aligner       = "ALIGN_MEAN"
      threshold     = 0.85
      duration      = "300s"
      documentation = "Cloud SQL instance ai-validation-platform-main-local disk is more than 85 % full."
    }
    cache_memory_queue = {
      display_name  = "cache queue memory"
      filter        = "resource.type = \"redis_instance\" AND resource.labels.instance_id = \"projects/${var.project}/locations/${var.region}/instances/ai-validation-platform-queue-local\" AND metric.type = \"redis.googleapis.com/stats/memory/usage_ratio\""
      aligner       = "ALIGN_MAX"
      threshold     = 0.8
      duration      = "300s"
      documentation = "Memorystore instance ai-validation-platform-queue-local uses more than 80 % of its memory."
    }
    run_5xx_api = {
      display_name  = "service api 5xx"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-api-local\" AND metric.type = \"run.googleapis.com/request_count\" AND metric.labels.response_code_class = \"5xx\""
      aligner       = "ALIGN_SUM"
      threshold     = 5
      duration      = "0s"
      documentation = "Cloud Run service ai-validation-platform-api-local answered more than 5 5xx in 5 minutes."
    }
    run_latency_api = {
      display_name  = "service api p99 latency"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-api-local\" AND metric.type = \"run.googleapis.com/request_latencies\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 3000
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-api-local p99 latency is above 3s."
    }
    run_cpu_api = {
      display_name  = "service api CPU"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-api-local\" AND metric.type = \"run.googleapis.com/container/cpu/utilizations\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 0.8
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-api-local CPU above 80 %."
    }
    run_memory_api = {
      display_name  = "service api memory"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-api-local\" AND metric.type = \"run.googleapis.com/container/memory/utilizations\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 0.85
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-api-local memory above 85 %."
    }
    run_5xx_orchestrator = {
      display_name  = "service orchestrator 5xx"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-orchestrator-local\" AND metric.type = \"run.googleapis.com/request_count\" AND metric.labels.response_code_class = \"5xx\""
      aligner       = "ALIGN_SUM"
      threshold     = 5
      duration      = "0s"
      documentation = "Cloud Run service ai-validation-platform-orchestrator-local answered more than 5 5xx in 5 minutes."
    }
    run_latency_orchestrator = {
      display_name  = "service orchestrator p99 latency"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-orchestrator-local\" AND metric.type = \"run.googleapis.com/request_latencies\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 3000
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-orchestrator-local p99 latency is above 3s."
    }
    run_cpu_orchestrator = {
      display_name  = "service orchestrator CPU"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-orchestrator-local\" AND metric.type = \"run.googleapis.com/container/cpu/utilizations\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 0.8
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-orchestrator-local CPU above 80 %."
    }
    run_memory_orchestrator = {
      display_name  = "service orchestrator memory"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-orchestrator-local\" AND metric.type = \"run.googleapis.com/container/memory/utilizations\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 0.85
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-orchestrator-local memory above 85 %."
    }
    run_5xx_web = {
      display_name  = "service web 5xx"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-web-local\" AND metric.type = \"run.googleapis.com/request_count\" AND metric.labels.response_code_class = \"5xx\""
      aligner       = "ALIGN_SUM"
      threshold     = 5
      duration      = "0s"
      documentation = "Cloud Run service ai-validation-platform-web-local answered more than 5 5xx in 5 minutes."
    }
    run_latency_web = {
      display_name  = "service web p99 latency"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-web-local\" AND metric.type = \"run.googleapis.com/request_latencies\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 3000
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-web-local p99 latency is above 3s."
    }
    run_cpu_web = {
      display_name  = "service web CPU"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-web-local\" AND metric.type = \"run.googleapis.com/container/cpu/utilizations\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 0.8
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-web-local CPU above 80 %."
    }
    run_memory_web = {
      display_name  = "service web memory"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"ai-validation-platform-web-local\" AND metric.type = \"run.googleapis.com/container/memory/utilizations\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 0.85
      duration      = "300s"
      documentation = "Cloud Run service ai-validation-platform-web-local memory above 85 %."
    }
    job_failed_migrate = {
      display_name  = "job migrate failed"
      filter        = "resource.type = \"cloud_run_job\" AND resource.labels.job_name = \"ai-validation-platform-migrate-local\" AND metric.type = \"run.googleapis.com/job/completed_execution_count\" AND metric.labels.result = \"failed\""
      aligner       = "ALIGN_SUM"
      threshold     = 0
      duration      = "0s"
      documentation = "A run of Cloud Run job ai-validation-platform-migrate-local failed."
    }
    job_failed_report-cleanup = {
      display_name  = "job report-cleanup failed"
      filter        = "resource.type = \"cloud_run_job\" AND resource.labels.job_name = \"ai-validation-platform-report-cleanup-local\" AND metric.type = \"run.googleapis.com/job/completed_execution_count\" AND metric.labels.result = \"failed\""
      aligner       = "ALIGN_SUM"
      threshold     = 0
      duration      = "0s"
      documentation = "A run of Cloud Run job ai-validation-platform-report-cleanup-local failed."
    }
  }
  depends_on = [google_project_service.this]
}
