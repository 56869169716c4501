output "bucket_name" {
  description = "Name of the bucket."
  value       = aws_s3_bucket.this.bucket
}

output "bucket_arn" {
  description = "ARN of the bucket."
  value       = aws_s3_bucket.this.arn
}

output "bucket_regional_domain_name" {
  description = "Regional domain name of the bucket."
  value       = aws_s3_bucket.this.bucket_regional_domain_name
}

output "bucket_kms_key_arn" {
  description = "ARN of the customer-managed key (null unless encryption is customer-kms)."
  value       = one(aws_kms_key.this[*].arn)
}

output "bucket_replica_arn" {
  description = "ARN of the replica bucket (null without replication)."
  value       = one(aws_s3_bucket.replica[*].arn)
}

output "bucket_cdn_domain_name" {
  description = "Domain name of the CloudFront distribution (null without one)."
  value       = one(aws_cloudfront_distribution.this[*].domain_name)
}

output "bucket_cdn_distribution_arn" {
  description = "ARN of the CloudFront distribution (null without one)."
  value       = one(aws_cloudfront_distribution.this[*].arn)
}

output "bucket_cdn_distribution_id" {
  description = "ID of the CloudFront distribution, for invalidations (null without one)."
  value       = one(aws_cloudfront_distribution.this[*].id)
}
