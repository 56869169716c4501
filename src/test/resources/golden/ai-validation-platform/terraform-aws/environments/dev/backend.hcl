bucket = "ai-validation-platform-tfstate-111111111111-us-east-1"
