environment                 = "dev"
region                      = "us-east-1"
image_tag                   = "bootstrap"
create_github_oidc_provider = true
state_bucket                = "ai-validation-platform-tfstate-111111111111-us-east-1"
