data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

data "aws_region" "current" {}

resource "aws_iam_openid_connect_provider" "this" {
  count = var.create_provider ? 1 : 0

  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
  tags           = var.tags
}

data "aws_iam_openid_connect_provider" "existing" {
  count = var.create_provider ? 0 : 1

  url = "https://token.actions.githubusercontent.com"
}

locals {
  provider_arn = one(concat(aws_iam_openid_connect_provider.this[*].arn, data.aws_iam_openid_connect_provider.existing[*].arn))
  lambda = [for arns in [var.function_arns] : {
    Sid    = "DeployFunctions"
    Effect = "Allow"
    Action = [
      "lambda:GetAlias",
      "lambda:GetFunction",
      "lambda:GetFunctionConfiguration",
      "lambda:PublishVersion",
      "lambda:UpdateAlias",
      "lambda:UpdateFunctionCode",
    ]
    Resource = concat(arns, [for a in arns : "${a}:*"])
  } if length(arns) > 0]
  ecr = [for arns in [var.repository_arns] : {
    Sid    = "PushImages"
    Effect = "Allow"
    Action = [
      "ecr:BatchCheckLayerAvailability",
      "ecr:BatchGetImage",
      "ecr:CompleteLayerUpload",
      "ecr:GetDownloadUrlForLayer",
      "ecr:InitiateLayerUpload",
      "ecr:PutImage",
      "ecr:UploadLayerPart",
    ]
    Resource = arns
  } if length(arns) > 0]
  ecr_login = [for arns in [var.repository_arns] : {
    Sid      = "RegistryLogin"
    Effect   = "Allow"
    Action   = ["ecr:GetAuthorizationToken"]
    Resource = ["*"]
  } if length(arns) > 0]
  ecs = [for names in [var.ecs_service_names] : [
    {
      Sid      = "RollOutServices"
      Effect   = "Allow"
      Action   = ["ecs:DescribeServices", "ecs:UpdateService"]
      Resource = [for n in names : "arn:${data.aws_partition.current.partition}:ecs:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:service/${var.ecs_cluster_name}/${n}"]
    },
    {
      Sid      = "RegisterTaskDefinitions"
      Effect   = "Allow"
      Action   = ["ecs:DescribeTaskDefinition", "ecs:RegisterTaskDefinition"]
      Resource = ["*"]
    },
    {
      Sid      = "PassTaskRoles"
      Effect   = "Allow"
      Action   = ["iam:PassRole"]
      Resource = var.ecs_task_role_arns
      Condition = {
        StringEquals = {
          "iam:PassedToService" = "ecs-tasks.amazonaws.com"
        }
      }
    },
  ] if length(names) > 0]
  eks = [for c in [var.eks_cluster_name] : {
    Sid    = "DescribeCluster"
    Effect = "Allow"
    Action = ["eks:DescribeCluster"]
    Resource = [
      "arn:${data.aws_partition.current.partition}:eks:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:cluster/${c}",
    ]
  } if c != null]
  codedeploy = [for a in [var.codedeploy_application] : [
    {
      Sid      = "ShiftFunctionTraffic"
      Effect   = "Allow"
      Action   = ["codedeploy:CreateDeployment", "codedeploy:GetDeployment", "codedeploy:StopDeployment"]
      Resource = [for g in var.codedeploy_deployment_groups : "arn:${data.aws_partition.current.partition}:codedeploy:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:deploymentgroup:${a}/${g}"]
    },
    {
      Sid      = "ReadDeploymentConfigs"
      Effect   = "Allow"
      Action   = ["codedeploy:GetDeploymentConfig"]
      Resource = [for c in var.codedeploy_configs : "arn:${data.aws_partition.current.partition}:codedeploy:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:deploymentconfig:${c}"]
    },
    {
      Sid    = "RegisterFunctionRevisions"
      Effect = "Allow"
      Action = ["codedeploy:GetApplicationRevision", "codedeploy:RegisterApplicationRevision"]
      Resource = [
        "arn:${data.aws_partition.current.partition}:codedeploy:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:application:${a}",
      ]
    },
  ] if a != null]
  code = [for b in [var.artifact_bucket] : {
    Sid      = "UploadFunctionCode"
    Effect   = "Allow"
    Action   = ["s3:GetObject", "s3:PutObject"]
    Resource = ["arn:${data.aws_partition.current.partition}:s3:::${b}/functions/*"]
  } if b != null]
  state = [
    {
      Sid      = "StateBucket"
      Effect   = "Allow"
      Action   = ["s3:ListBucket"]
      Resource = ["arn:${data.aws_partition.current.partition}:s3:::${var.state_bucket}"]
    },
    {
      Sid      = "StateObject"
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:PutObject"]
      Resource = ["arn:${data.aws_partition.current.partition}:s3:::${var.state_bucket}/${var.state_key}"]
    },
    {
      Sid      = "StateLock"
      Effect   = "Allow"
      Action   = ["s3:DeleteObject", "s3:GetObject", "s3:PutObject"]
      Resource = ["arn:${data.aws_partition.current.partition}:s3:::${var.state_bucket}/${var.state_key}.tflock"]
    },
  ]
}

resource "aws_iam_role" "this" {
  name        = var.role_name
  description = "GitHub Actions deployments of ${var.repository}"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "TrustGithubRepository"
        Effect = "Allow"
        Principal = {
          Federated = local.provider_arn
        }
        Action = "sts:AssumeRoleWithWebIdentity"
        Condition = {
          StringEquals = {
            "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com"
            "token.actions.githubusercontent.com:sub" = var.require_environment ? ["repo:${var.repository}:environment:${var.github_environment}"] : ["repo:${var.repository}:ref:refs/heads/${var.branch}", "repo:${var.repository}:environment:${var.github_environment}"]
          }
        }
      },
    ]
  })
  tags = var.tags
}

resource "aws_iam_role_policy" "this" {
  name = "deploy"
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = concat(local.lambda, local.ecr, local.ecr_login, flatten(local.ecs), local.eks, flatten(local.codedeploy), local.code, local.state)
  })
}

resource "aws_eks_access_entry" "this" {
  count = var.eks_cluster_name == null ? 0 : 1

  cluster_name      = var.eks_cluster_name
  principal_arn     = aws_iam_role.this.arn
  type              = "STANDARD"
  kubernetes_groups = var.eks_kubernetes_group == null ? [] : [var.eks_kubernetes_group]
  tags              = var.tags
}

resource "aws_eks_access_policy_association" "this" {
  count = var.eks_cluster_name == null ? 0 : 1

  cluster_name  = var.eks_cluster_name
  principal_arn = aws_eks_access_entry.this[0].principal_arn
  policy_arn    = "arn:${data.aws_partition.current.partition}:eks::aws:cluster-access-policy/AmazonEKSEditPolicy"

  access_scope {
    type       = "namespace"
    namespaces = [var.eks_namespace]
  }
}

resource "aws_iam_role" "cost_report" {
  count = var.cost_report ? 1 : 0

  name        = "${var.role_name}-cost-report"
  description = "GitHub Actions cost reports of ${var.repository}"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "TrustGithubEnvironment"
        Effect = "Allow"
        Principal = {
          Federated = local.provider_arn
        }
        Action = "sts:AssumeRoleWithWebIdentity"
        Condition = {
          StringEquals = {
            "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com"
            "token.actions.githubusercontent.com:sub" = ["repo:${var.repository}:environment:${var.github_environment}"]
          }
        }
      },
    ]
  })
  tags = var.tags
}

resource "aws_iam_role_policy" "cost_report" {
  count = var.cost_report ? 1 : 0

  name = "cost-report"
  role = aws_iam_role.cost_report[0].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadCosts"
        Effect   = "Allow"
        Action   = ["ce:GetCostAndUsage"]
        Resource = ["*"]
      },
    ]
  })
}
