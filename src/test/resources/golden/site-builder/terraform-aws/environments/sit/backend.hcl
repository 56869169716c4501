bucket = "site-builder-tfstate-eu-west-1"
