environment                 = "dev"
region                      = "us-east-1"
source_root                 = "../../../.."
image_tag                   = "bootstrap"
create_github_oidc_provider = true
state_bucket                = "forge-platform-tfstate-us-east-1"
