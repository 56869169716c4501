environment                 = "staging"
region                      = "us-east-1"
image_tag                   = "bootstrap"
create_github_oidc_provider = true
state_bucket                = "ai-validation-platform-tfstate-222222222222-us-east-1"
