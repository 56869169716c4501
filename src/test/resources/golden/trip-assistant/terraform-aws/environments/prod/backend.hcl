bucket         = "trip-assistant-terraform-state"
dynamodb_table = "trip-assistant-terraform-locks"
