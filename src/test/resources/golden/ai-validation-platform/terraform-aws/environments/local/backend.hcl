bucket = "ai-validation-platform-tfstate-us-east-1"
