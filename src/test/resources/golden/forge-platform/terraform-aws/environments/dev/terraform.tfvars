environment                 = "dev"
region                      = "us-east-1"
source_root                 = "../../../.."
create_github_oidc_provider = true
state_bucket                = "forge-platform-terraform-state"
state_lock_table            = "forge-platform-terraform-locks"
