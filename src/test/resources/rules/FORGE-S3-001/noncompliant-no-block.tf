# path: terraform-aws/modules/bucket/main.tf
resource "aws_s3_bucket" "this" { # expect: 1
  bucket = var.name
  tags   = merge(var.tags, {
    Name = var.name
  })
}
