bucket         = "ai-validation-platform-terraform-state"
dynamodb_table = "ai-validation-platform-terraform-locks"
