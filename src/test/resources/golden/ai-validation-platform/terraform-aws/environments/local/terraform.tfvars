environment                 = "local"
region                      = "us-east-1"
image_tag                   = "bootstrap"
create_github_oidc_provider = true
state_bucket                = "ai-validation-platform-tfstate-us-east-1"
