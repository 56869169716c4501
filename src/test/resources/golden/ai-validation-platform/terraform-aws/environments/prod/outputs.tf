output "bucket_names" {
  description = "Bucket names by spec name."
  value = {
    assets  = module.bucket_assets.bucket_name
    reports = module.bucket_reports.bucket_name
  }
}
