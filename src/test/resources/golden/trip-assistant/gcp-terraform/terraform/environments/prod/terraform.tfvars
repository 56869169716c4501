region = "us-east5"
