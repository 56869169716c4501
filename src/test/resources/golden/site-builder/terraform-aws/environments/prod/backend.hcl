bucket         = "site-builder-terraform-state"
dynamodb_table = "site-builder-terraform-locks"
