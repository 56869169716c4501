module "x" {
  source = "../../modules/x"
}
