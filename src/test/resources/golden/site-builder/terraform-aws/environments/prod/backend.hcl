bucket = "site-builder-tfstate-af-south-1"
