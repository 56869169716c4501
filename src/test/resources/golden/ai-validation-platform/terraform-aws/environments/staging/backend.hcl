bucket = "ai-validation-platform-tfstate-222222222222-us-east-1"
