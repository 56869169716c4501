bucket = "trip-assistant-tfstate-us-east-2"
