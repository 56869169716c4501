# Google APIs this environment uses, turned on by the same apply (left on when destroyed: other tools may use them).
resource "google_project_service" "this" {
  for_each = toset([
    "artifactregistry.googleapis.com",
    "compute.googleapis.com",
    "iam.googleapis.com",
    "iamcredentials.googleapis.com",
    "monitoring.googleapis.com",
    "pubsub.googleapis.com",
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
  name       = "forge-platform-vpc-dev"
  region     = var.region
  cidr       = "10.20.0.0/16"
  nat        = true
  depends_on = [google_project_service.this]
}

module "database_platform" {
  source                      = "../../modules/cloudsql"
  name                        = "forge-platform-platform-dev"
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
  database_name               = "platform"
  user_name                   = "app"
  depends_on                  = [google_project_service.this]
}

module "cache_sessions" {
  source                      = "../../modules/redis"
  name                        = "forge-platform-sessions-dev"
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

module "bucket_artifacts" {
  source        = "../../modules/bucket"
  name          = "forge-platform-artifacts-dev"
  location      = var.region
  versioning    = true
  force_destroy = true
  cmek          = false
  cors          = []
  lifecycle_rules = [
    {
      action     = "Delete"
      age        = 7
      with_state = "LIVE"
      prefixes   = ["tmp/"]
    },
    {
      action   = "AbortIncompleteMultipartUpload"
      age      = 7
      prefixes = ["tmp/"]
    },
    {
      action        = "SetStorageClass"
      storage_class = "NEARLINE"
      age           = 90
      prefixes      = []
    },
    {
      action   = "AbortIncompleteMultipartUpload"
      age      = 7
      prefixes = []
    },
  ]
  depends_on = [google_project_service.this]
}

module "queue_convergence_jobs" {
  source                     = "../../modules/pubsub_queue"
  name                       = "forge-platform-convergence-jobs-dev"
  ack_deadline_seconds       = 600
  message_retention_duration = "345600s"
  max_delivery_attempts      = 5
  ordered                    = false
  depends_on                 = [google_project_service.this]
}

module "queue_run_audit" {
  source                     = "../../modules/pubsub_queue"
  name                       = "forge-platform-run-audit-dev"
  ack_deadline_seconds       = 30
  message_retention_duration = "345600s"
  max_delivery_attempts      = 5
  ordered                    = false
  depends_on                 = [google_project_service.this]
}

module "topic_run_events" {
  source     = "../../modules/pubsub_topic"
  name       = "forge-platform-run-events-dev"
  depends_on = [google_project_service.this]
}

module "secrets" {
  source = "../../modules/secrets"
  secrets = {
    forge-platform-session-signing-key-dev = "Signs platform session cookies; rotated by the platform team."
  }
  depends_on = [google_project_service.this]
}

module "artifact_registry" {
  source     = "../../modules/artifact_registry"
  name       = "forge-platform"
  location   = var.region
  depends_on = [google_project_service.this]
}

module "sa_service_api" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "forge-platform-api-dev"
  display_name  = "service api (dev)"
  runtime_roles = ["roles/cloudtrace.agent", "roles/logging.logWriter", "roles/monitoring.metricWriter"]
  bindings = {
    "bucket:artifacts:roles/storage.objectCreator" = {
      on       = "bucket"
      resource = module.bucket_artifacts.name
      role     = "roles/storage.objectCreator"
    }
    "bucket:artifacts:roles/storage.objectViewer" = {
      on       = "bucket"
      resource = module.bucket_artifacts.name
      role     = "roles/storage.objectViewer"
    }
    "queue:convergence-jobs:roles/pubsub.publisher" = {
      on       = "topic"
      resource = module.queue_convergence_jobs.topic_name
      role     = "roles/pubsub.publisher"
    }
    "queue:run-audit:roles/pubsub.subscriber" = {
      on       = "subscription"
      resource = module.queue_run_audit.subscription_name
      role     = "roles/pubsub.subscriber"
    }
    "database:platform:roles/cloudsql.client" = {
      on                   = "project"
      resource             = var.project
      role                 = "roles/cloudsql.client"
      condition_title      = "Cloud SQL instance forge-platform-platform-dev"
      condition_expression = "resource.name == \"projects/${var.project}/instances/${module.database_platform.instance_name}\""
    }
    "database:platform:password" = {
      on       = "secret"
      resource = module.database_platform.password_secret_id
      role     = "roles/secretmanager.secretAccessor"
    }
    "secret:session-signing-key:roles/secretmanager.secretAccessor" = {
      on       = "secret"
      resource = module.secrets.ids["forge-platform-session-signing-key-dev"]
      role     = "roles/secretmanager.secretAccessor"
    }
  }
  depends_on = [google_project_service.this]
}

module "sa_service_ui" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "forge-platform-ui-dev"
  display_name  = "service ui (dev)"
  runtime_roles = ["roles/cloudtrace.agent", "roles/logging.logWriter", "roles/monitoring.metricWriter"]
  bindings      = {}
  depends_on    = [google_project_service.this]
}

module "sa_function_convergence_worker" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "fo-b6de-convergence-worker-dev"
  display_name  = "function convergence-worker (dev)"
  runtime_roles = ["roles/cloudtrace.agent", "roles/logging.logWriter", "roles/monitoring.metricWriter"]
  bindings = {
    "bucket:artifacts:roles/storage.objectCreator" = {
      on       = "bucket"
      resource = module.bucket_artifacts.name
      role     = "roles/storage.objectCreator"
    }
    "bucket:artifacts:roles/storage.objectViewer" = {
      on       = "bucket"
      resource = module.bucket_artifacts.name
      role     = "roles/storage.objectViewer"
    }
    "topic:run-events:roles/pubsub.publisher" = {
      on       = "topic"
      resource = module.topic_run_events.name
      role     = "roles/pubsub.publisher"
    }
    "database:platform:roles/cloudsql.client" = {
      on                   = "project"
      resource             = var.project
      role                 = "roles/cloudsql.client"
      condition_title      = "Cloud SQL instance forge-platform-platform-dev"
      condition_expression = "resource.name == \"projects/${var.project}/instances/${module.database_platform.instance_name}\""
    }
    "database:platform:password" = {
      on       = "secret"
      resource = module.database_platform.password_secret_id
      role     = "roles/secretmanager.secretAccessor"
    }
  }
  depends_on = [google_project_service.this]
}

module "sa_function_parser" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "forge-platform-parser-dev"
  display_name  = "function parser (dev)"
  runtime_roles = ["roles/cloudtrace.agent", "roles/logging.logWriter", "roles/monitoring.metricWriter"]
  bindings = {
    "bucket:artifacts:roles/storage.objectCreator" = {
      on       = "bucket"
      resource = module.bucket_artifacts.name
      role     = "roles/storage.objectCreator"
    }
    "bucket:artifacts:roles/storage.objectViewer" = {
      on       = "bucket"
      resource = module.bucket_artifacts.name
      role     = "roles/storage.objectViewer"
    }
  }
  depends_on = [google_project_service.this]
}

module "sa_function_run_report" {
  source        = "../../modules/service_account"
  project       = var.project
  account_id    = "forge-platform-run-report-dev"
  display_name  = "function run-report (dev)"
  runtime_roles = ["roles/cloudtrace.agent", "roles/logging.logWriter", "roles/monitoring.metricWriter"]
  bindings = {
    "bucket:artifacts:roles/storage.objectViewer" = {
      on       = "bucket"
      resource = module.bucket_artifacts.name
      role     = "roles/storage.objectViewer"
    }
  }
  depends_on = [google_project_service.this]
}

module "github" {
  source              = "../../modules/github_wif"
  project             = var.project
  pool_id             = "github-dev"
  repository          = "example-org/forge"
  attribute_condition = "assertion.repository == \"example-org/forge\" && assertion.sub in [\"repo:example-org/forge:ref:refs/heads/main\", \"repo:example-org/forge:environment:dev\"]"
  deployer_account_id = "forge-platform-deploy-dev"
  artifact_repository = module.artifact_registry.name
  artifact_location   = var.region
  runtime_service_accounts = {
    function_convergence_worker = module.sa_function_convergence_worker.name
    function_parser             = module.sa_function_parser.name
    function_run_report         = module.sa_function_run_report.name
    service_api                 = module.sa_service_api.name
    service_ui                  = module.sa_service_ui.name
  }
  depends_on = [google_project_service.this]
}

module "monitoring" {
  source = "../../modules/monitoring"
  name   = "forge-platform-dev"
  emails = []
  policies = {
    db_cpu_platform = {
      display_name  = "database platform CPU"
      filter        = "resource.type = \"cloudsql_database\" AND resource.labels.database_id = \"${var.project}:forge-platform-platform-dev\" AND metric.type = \"cloudsql.googleapis.com/database/cpu/utilization\""
      aligner       = "ALIGN_MEAN"
      threshold     = 0.8
      duration      = "300s"
      documentation = "Cloud SQL instance forge-platform-platform-dev used more than 80 % CPU for 5 minutes."
    }
    db_disk_platform = {
      display_name  = "database platform disk"
      filter        = "resource.type = \"cloudsql_database\" AND resource.labels.database_id = \"${var.project}:forge-platform-platform-dev\" AND metric.type = \"cloudsql.googleapis.com/database/disk/utilization\""
      aligner       = "ALIGN_MEAN"
      threshold     = 0.85
      duration      = "300s"
      documentation = "Cloud SQL instance forge-platform-platform-dev disk is more than 85 % full."
    }
    cache_memory_sessions = {
      display_name  = "cache sessions memory"
      filter        = "resource.type = \"redis_instance\" AND resource.labels.instance_id = \"projects/${var.project}/locations/${var.region}/instances/forge-platform-sessions-dev\" AND metric.type = \"redis.googleapis.com/stats/memory/usage_ratio\""
      aligner       = "ALIGN_MAX"
      threshold     = 0.8
      duration      = "300s"
      documentation = "Memorystore instance forge-platform-sessions-dev uses more than 80 % of its memory."
    }
    run_5xx_api = {
      display_name  = "service api 5xx"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"forge-platform-api-dev\" AND metric.type = \"run.googleapis.com/request_count\" AND metric.labels.response_code_class = \"5xx\""
      aligner       = "ALIGN_SUM"
      threshold     = 5
      duration      = "0s"
      documentation = "Cloud Run service forge-platform-api-dev answered more than 5 5xx in 5 minutes."
    }
    run_latency_api = {
      display_name  = "service api p99 latency"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"forge-platform-api-dev\" AND metric.type = \"run.googleapis.com/request_latencies\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 3000
      duration      = "300s"
      documentation = "Cloud Run service forge-platform-api-dev p99 latency is above 3s."
    }
    run_cpu_api = {
      display_name  = "service api CPU"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"forge-platform-api-dev\" AND metric.type = \"run.googleapis.com/container/cpu/utilizations\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 0.8
      duration      = "300s"
      documentation = "Cloud Run service forge-platform-api-dev CPU above 80 %."
    }
    run_memory_api = {
      display_name  = "service api memory"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"forge-platform-api-dev\" AND metric.type = \"run.googleapis.com/container/memory/utilizations\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 0.8
      duration      = "300s"
      documentation = "Cloud Run service forge-platform-api-dev memory above 80 %."
    }
    run_5xx_ui = {
      display_name  = "service ui 5xx"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"forge-platform-ui-dev\" AND metric.type = \"run.googleapis.com/request_count\" AND metric.labels.response_code_class = \"5xx\""
      aligner       = "ALIGN_SUM"
      threshold     = 5
      duration      = "0s"
      documentation = "Cloud Run service forge-platform-ui-dev answered more than 5 5xx in 5 minutes."
    }
    run_latency_ui = {
      display_name  = "service ui p99 latency"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"forge-platform-ui-dev\" AND metric.type = \"run.googleapis.com/request_latencies\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 3000
      duration      = "300s"
      documentation = "Cloud Run service forge-platform-ui-dev p99 latency is above 3s."
    }
    run_cpu_ui = {
      display_name  = "service ui CPU"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"forge-platform-ui-dev\" AND metric.type = \"run.googleapis.com/container/cpu/utilizations\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 0.8
      duration      = "300s"
      documentation = "Cloud Run service forge-platform-ui-dev CPU above 80 %."
    }
    run_memory_ui = {
      display_name  = "service ui memory"
      filter        = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"forge-platform-ui-dev\" AND metric.type = \"run.googleapis.com/container/memory/utilizations\""
      aligner       = "ALIGN_PERCENTILE_99"
      threshold     = 0.8
      duration      = "300s"
      documentation = "Cloud Run service forge-platform-ui-dev memory above 80 %."
    }
    queue_dead_letters_convergence-jobs = {
      display_name  = "queue convergence-jobs dead letters"
      filter        = "resource.type = \"pubsub_subscription\" AND resource.labels.subscription_id = \"forge-platform-convergence-jobs-dev-dlq\" AND metric.type = \"pubsub.googleapis.com/subscription/num_undelivered_messages\""
      aligner       = "ALIGN_MAX"
      threshold     = 0
      duration      = "0s"
      documentation = "Messages of queue forge-platform-convergence-jobs-dev failed every delivery and wait in its dead-letter subscription."
    }
    queue_dead_letters_run-audit = {
      display_name  = "queue run-audit dead letters"
      filter        = "resource.type = \"pubsub_subscription\" AND resource.labels.subscription_id = \"forge-platform-run-audit-dev-dlq\" AND metric.type = \"pubsub.googleapis.com/subscription/num_undelivered_messages\""
      aligner       = "ALIGN_MAX"
      threshold     = 0
      duration      = "0s"
      documentation = "Messages of queue forge-platform-run-audit-dev failed every delivery and wait in its dead-letter subscription."
    }
  }
  depends_on = [google_project_service.this]
}
