data "aws_region" "current" {}

data "aws_availability_zones" "available" {
  count = local.create ? 1 : 0

  state = "available"
  # Regular zones only (no Local or Wavelength Zones, which lack NAT and endpoints).
  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

locals {
  create             = var.vpc_id == null
  azs                = local.create ? slice(data.aws_availability_zones.available[0].names, 0, var.zones) : []
  nat_count          = !local.create || (var.nat_gateways == "none") ? 0 : (var.nat_gateways == "per-zone" ? var.zones : 1)
  vpc_id             = local.create ? one(aws_vpc.this[*].id) : var.vpc_id
  public_subnet_ids  = local.create ? aws_subnet.public[*].id : var.public_subnet_ids
  private_subnet_ids = local.create ? aws_subnet.private[*].id : var.private_subnet_ids
  data_subnet_ids    = local.create ? aws_subnet.data[*].id : var.data_subnet_ids
}

resource "aws_vpc" "this" {
  count = local.create ? 1 : 0

  cidr_block = var.cidr
  # Private DNS of the interface endpoints needs both.
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags = merge(var.tags, {
    Name = var.name
  })

  lifecycle {
    precondition {
      condition     = length(data.aws_availability_zones.available[0].names) >= var.zones
      error_message = "The region has fewer available zones than zones = ${var.zones}; lower network.zones in forge.yaml."
    }
  }
}

resource "aws_internet_gateway" "this" {
  count = local.create ? 1 : 0

  vpc_id = local.vpc_id
  tags = merge(var.tags, {
    Name = var.name
  })
}

resource "aws_subnet" "public" {
  count = local.create ? var.zones : 0

  vpc_id            = local.vpc_id
  cidr_block        = cidrsubnet(cidrsubnet(var.cidr, 3, 6), 3, count.index)
  availability_zone = local.azs[count.index]
  # No public IPs handed out: only the load balancers and NAT gateways (own addresses) live here.
  map_public_ip_on_launch = false
  tags = merge(var.tags, {
    Name = "${var.name}-public-${local.azs[count.index]}"
    Tier = "public"
  })
}

resource "aws_subnet" "private" {
  count = local.create ? var.zones : 0

  vpc_id                  = local.vpc_id
  cidr_block              = cidrsubnet(var.cidr, 3, count.index)
  availability_zone       = local.azs[count.index]
  map_public_ip_on_launch = false
  tags = merge(var.tags, {
    Name = "${var.name}-private-${local.azs[count.index]}"
    Tier = "private"
  })
}

resource "aws_subnet" "data" {
  count = local.create ? var.zones : 0

  vpc_id                  = local.vpc_id
  cidr_block              = cidrsubnet(cidrsubnet(var.cidr, 3, 7), 3, count.index)
  availability_zone       = local.azs[count.index]
  map_public_ip_on_launch = false
  tags = merge(var.tags, {
    Name = "${var.name}-data-${local.azs[count.index]}"
    Tier = "data"
  })
}

resource "aws_route_table" "public" {
  count = local.create ? 1 : 0

  vpc_id = local.vpc_id
  tags = merge(var.tags, {
    Name = "${var.name}-public"
  })
}

resource "aws_route" "public_internet" {
  count = local.create ? 1 : 0

  route_table_id         = aws_route_table.public[0].id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.this[0].id
}

resource "aws_route_table_association" "public" {
  count = local.create ? var.zones : 0

  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public[0].id
}

resource "aws_eip" "nat" {
  count = local.nat_count

  domain = "vpc"
  tags = merge(var.tags, {
    Name = "${var.name}-nat-${local.azs[count.index]}"
  })
}

resource "aws_nat_gateway" "this" {
  count = local.nat_count

  allocation_id = aws_eip.nat[count.index].id
  subnet_id     = aws_subnet.public[count.index].id
  tags = merge(var.tags, {
    Name = "${var.name}-${local.azs[count.index]}"
  })
  depends_on = [aws_internet_gateway.this]
}

resource "aws_route_table" "private" {
  count = local.create ? var.zones : 0

  vpc_id = local.vpc_id
  tags = merge(var.tags, {
    Name = "${var.name}-private-${local.azs[count.index]}"
  })
}

resource "aws_route" "private_nat" {
  count = local.nat_count > 0 ? var.zones : 0

  route_table_id         = aws_route_table.private[count.index].id
  destination_cidr_block = "0.0.0.0/0"
  # per-zone: each zone's own NAT gateway (a zone outage leaves the others online); single: the one.
  nat_gateway_id = aws_nat_gateway.this[min(count.index, local.nat_count - 1)].id
}

resource "aws_route_table_association" "private" {
  count = local.create ? var.zones : 0

  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private[count.index].id
}

resource "aws_route_table" "data" {
  count = local.create ? 1 : 0

  # No route beyond the VPC: databases and caches are isolated from the internet.
  vpc_id = local.vpc_id
  tags = merge(var.tags, {
    Name = "${var.name}-data"
  })
}

resource "aws_route_table_association" "data" {
  count = local.create ? var.zones : 0

  subnet_id      = aws_subnet.data[count.index].id
  route_table_id = aws_route_table.data[0].id
}

resource "aws_vpc_endpoint" "gateway" {
  for_each = local.create ? toset(["dynamodb", "s3"]) : toset([])

  # Free: S3 (also ECR's image layers) and DynamoDB traffic stays on the AWS network.
  vpc_id            = local.vpc_id
  service_name      = "com.amazonaws.${data.aws_region.current.region}.${each.key}"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = aws_route_table.private[*].id
  tags = merge(var.tags, {
    Name = "${var.name}-${each.key}"
  })
}

resource "aws_security_group" "endpoints" {
  count = local.create && (length(var.interface_endpoints) > 0) ? 1 : 0

  name        = "${var.name}-endpoints"
  description = "Interface endpoints of ${var.name}: HTTPS from the app's principals"
  vpc_id      = local.vpc_id
  tags        = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "endpoints" {
  for_each = local.create && (length(var.interface_endpoints) > 0) ? toset(var.https_egress) : toset([])

  # Only the principals that call AWS APIs reach the endpoints, on HTTPS only.
  security_group_id            = aws_security_group.endpoints[0].id
  referenced_security_group_id = aws_security_group.this[each.key].id
  description                  = "HTTPS from ${each.key}"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
}

resource "aws_vpc_endpoint" "interface" {
  for_each = local.create ? toset(var.interface_endpoints) : toset([])

  vpc_id             = local.vpc_id
  service_name       = "com.amazonaws.${data.aws_region.current.region}.${each.key}"
  vpc_endpoint_type  = "Interface"
  subnet_ids         = aws_subnet.private[*].id
  security_group_ids = [aws_security_group.endpoints[0].id]
  # The service's usual hostname resolves to the endpoint inside the VPC: SDKs need no settings.
  private_dns_enabled = true
  tags = merge(var.tags, {
    Name = "${var.name}-${each.key}"
  })
}

resource "aws_cloudwatch_log_group" "flow_logs" {
  count = local.create ? 1 : 0

  # VPC flow logs on every VPC (CIS AWS Foundations 3.7): who talked to whom, accepted or rejected.
  name              = "/aws/vpc/${var.name}/flow-logs"
  retention_in_days = var.flow_log_retention_in_days
  tags              = var.tags
}

data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

data "aws_iam_policy_document" "flow_logs_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["vpc-flow-logs.amazonaws.com"]
    }

    # Confused-deputy guard: only this account's flow logs may assume the role.
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values = [
        "arn:${data.aws_partition.current.partition}:ec2:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:vpc-flow-log/*",
      ]
    }
  }
}

resource "aws_iam_role" "flow_logs" {
  count = local.create ? 1 : 0

  name               = "${var.name}-flow-logs"
  assume_role_policy = data.aws_iam_policy_document.flow_logs_assume.json
  tags               = var.tags
}

resource "aws_iam_role_policy" "flow_logs" {
  count = local.create ? 1 : 0

  name = "write-flow-logs"
  role = aws_iam_role.flow_logs[0].id
  # Least privilege: write streams of this one log group (it exists, so no CreateLogGroup).
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "WriteFlowLogs"
        Effect = "Allow"
        Action = ["logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"]
        Resource = [
          aws_cloudwatch_log_group.flow_logs[0].arn,
          "${aws_cloudwatch_log_group.flow_logs[0].arn}:log-stream:*",
        ]
      },
    ]
  })
}

resource "aws_flow_log" "this" {
  count = local.create ? 1 : 0

  vpc_id                   = local.vpc_id
  traffic_type             = "ALL"
  log_destination_type     = "cloud-watch-logs"
  log_destination          = aws_cloudwatch_log_group.flow_logs[0].arn
  iam_role_arn             = aws_iam_role.flow_logs[0].arn
  max_aggregation_interval = 60
  tags                     = var.tags
}

resource "aws_default_security_group" "this" {
  count = local.create ? 1 : 0

  # No rules: the default security group allows nothing (CIS AWS Foundations 5.4); every resource gets its own group below.
  vpc_id = local.vpc_id
  tags = merge(var.tags, {
    Name = "${var.name}-default-unused"
  })
}

resource "aws_security_group" "this" {
  for_each = var.security_groups

  name        = each.value.name
  description = each.value.description
  vpc_id      = local.vpc_id
  # No inline rules: each rule is its own resource, so none is silently added or kept.
  tags = merge(var.tags, {
    Name = each.value.name
  })
}

resource "aws_vpc_security_group_ingress_rule" "connection" {
  for_each = var.connections

  security_group_id            = aws_security_group.this[each.value.to].id
  referenced_security_group_id = aws_security_group.this[each.value.from].id
  description                  = each.value.description
  ip_protocol                  = "tcp"
  from_port                    = each.value.port
  to_port                      = each.value.port
}

resource "aws_vpc_security_group_egress_rule" "connection" {
  for_each = var.connections

  security_group_id            = aws_security_group.this[each.value.from].id
  referenced_security_group_id = aws_security_group.this[each.value.to].id
  description                  = each.value.description
  ip_protocol                  = "tcp"
  from_port                    = each.value.port
  to_port                      = each.value.port
}

resource "aws_vpc_security_group_ingress_rule" "internet" {
  for_each = var.internet_ingress

  # The only ingress from anywhere: a load balancer's HTTPS (and HTTP, redirected to HTTPS).
  security_group_id = aws_security_group.this[each.value.security_group].id
  description       = each.value.description
  ip_protocol       = "tcp"
  from_port         = each.value.port
  to_port           = each.value.port
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "https" {
  for_each = local.create && (var.nat_gateways == "none") ? toset([]) : toset(var.https_egress)

  # AWS APIs and external HTTPS APIs (through NAT); nothing else leaves the VPC.
  security_group_id = aws_security_group.this[each.key].id
  description       = "HTTPS to AWS APIs and the internet"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "endpoints" {
  for_each = (local.create && (var.nat_gateways == "none")) && (length(var.interface_endpoints) > 0) ? toset(var.https_egress) : toset([])

  security_group_id            = aws_security_group.this[each.key].id
  referenced_security_group_id = aws_security_group.endpoints[0].id
  description                  = "HTTPS to the interface endpoints"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
}

resource "aws_vpc_security_group_egress_rule" "dynamodb_endpoint" {
  for_each = local.create && (var.nat_gateways == "none") ? toset(var.https_egress) : toset([])

  security_group_id = aws_security_group.this[each.key].id
  prefix_list_id    = aws_vpc_endpoint.gateway["dynamodb"].prefix_list_id
  description       = "HTTPS to the dynamodb gateway endpoint"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_egress_rule" "s3_endpoint" {
  for_each = local.create && (var.nat_gateways == "none") ? toset(var.https_egress) : toset([])

  security_group_id = aws_security_group.this[each.key].id
  prefix_list_id    = aws_vpc_endpoint.gateway["s3"].prefix_list_id
  description       = "HTTPS to the s3 gateway endpoint"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}
