bucket         = "forge-platform-terraform-state"
dynamodb_table = "forge-platform-terraform-locks"
