output "bucket_names" {
  description = "Bucket names by spec name."
  value = {
    assets  = module.bucket_assets.bucket_name
    reports = module.bucket_reports.bucket_name
  }
}

output "cdn_distribution_ids" {
  description = "CloudFront distribution IDs (for invalidations), by spec name."
  value = {
    assets = module.bucket_assets.bucket_cdn_distribution_id
  }
}

output "cdn_domain_names" {
  description = "CloudFront domain names of the buckets with a CDN, by spec name."
  value = {
    assets = module.bucket_assets.bucket_cdn_domain_name
  }
}
