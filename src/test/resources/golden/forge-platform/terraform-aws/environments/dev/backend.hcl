bucket = "forge-platform-tfstate-us-east-1"
