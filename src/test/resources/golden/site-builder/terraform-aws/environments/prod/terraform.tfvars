environment                 = "prod"
region                      = "af-south-1"
source_root                 = "../../../.."
create_github_oidc_provider = false
state_bucket                = "site-builder-terraform-state"
state_lock_table            = "site-builder-terraform-locks"
