environment                 = "dev"
region                      = "eu-west-1"
source_root                 = "../../../.."
create_github_oidc_provider = true
state_bucket                = "site-builder-tfstate-eu-west-1"
