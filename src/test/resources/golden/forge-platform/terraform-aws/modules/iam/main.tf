resource "aws_iam_role" "this" {
  name                 = var.name
  description          = var.description
  permissions_boundary = var.permissions_boundary
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "TrustService"
        Effect = "Allow"
        Principal = {
          Service = var.trusted_service
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  tags = var.tags
}

locals {
  statements = [for s in var.statements : {
    Sid      = s.sid
    Effect   = "Allow"
    Action   = s.actions
    Resource = s.resources
  }]
  conditional_statements = [for s in var.conditional_statements : {
    Sid       = s.sid
    Effect    = "Allow"
    Action    = s.actions
    Resource  = s.resources
    Condition = s.condition
  }]
}

resource "aws_iam_role_policy" "this" {
  name = "${var.name}-least-privilege"
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = concat(local.statements, local.conditional_statements)
  })
}
