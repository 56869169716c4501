environment                 = "prod"
region                      = "af-south-1"
source_root                 = "../../../.."
create_github_oidc_provider = false
state_bucket                = "site-builder-tfstate-af-south-1"
