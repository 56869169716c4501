# path: terraform-aws/environments/prod/main.tf
module "api_public" {
  source = "../../modules/load_balancer"

  name = "shop-public-prod"
}

module "waf_public" {
  source = "../../modules/waf"

  name         = "shop-public-prod"
  resource_arn = module.api_public.load_balancer_arn
}
