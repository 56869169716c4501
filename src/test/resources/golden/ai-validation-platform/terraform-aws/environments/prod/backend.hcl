bucket = "ai-validation-platform-tfstate-333333333333-us-east-1"
