# path: terraform-aws/environments/prod/main.tf
module "api_public" { # expect: 1
  source = "../../modules/load_balancer"

  name = "shop-public-prod"
}

module "waf_partners" {
  source = "../../modules/waf"

  name         = "shop-partners-prod"
  resource_arn = module.api_partners.load_balancer_arn
}
