region = "us-east4"
