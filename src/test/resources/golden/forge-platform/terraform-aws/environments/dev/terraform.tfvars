environment                 = "dev"
region                      = "us-east-1"
source_root                 = "../../../.."
create_github_oidc_provider = true
state_bucket                = "forge-platform-tfstate-us-east-1"
