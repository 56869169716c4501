environment                 = "dev"
region                      = "us-east-2"
image_tag                   = "bootstrap"
create_github_oidc_provider = true
state_bucket                = "trip-assistant-tfstate-us-east-2"
secret_versions = {
  openai-api-key = 1
}
