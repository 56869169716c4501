region = "africa-south1"
