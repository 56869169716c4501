# path: terraform-aws/modules/bucket/main.tf
resource "aws_s3_bucket" "this" {
  bucket = var.name
  tags   = merge(var.tags, {
    Name = var.name
  })
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
