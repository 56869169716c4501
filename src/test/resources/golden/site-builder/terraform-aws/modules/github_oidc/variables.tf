variable "role_name" {
  description = "Name of the deploy role."
  type        = string
}

variable "repository" {
  description = "GitHub repository, owner/name."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$", var.repository))
    error_message = "repository must be owner/name."
  }
}

variable "branch" {
  description = "Branch whose workflows may deploy."
  type        = string
}

variable "github_environment" {
  description = "GitHub environment whose jobs may deploy."
  type        = string
}

variable "require_environment" {
  description = "Trust only jobs bound to the GitHub environment (true for environments with approvals); false also trusts any workflow on the branch."
  type        = bool
  default     = true
}

variable "create_provider" {
  description = "Create the OIDC provider (false: it exists in the account already)."
  type        = bool
  default     = true
}

variable "function_arns" {
  description = "Functions CI deploys (unqualified ARNs)."
  type        = list(string)
  default     = []
}

variable "repository_arns" {
  description = "ECR repositories CI pushes to."
  type        = list(string)
  default     = []
}

variable "ecs_cluster_name" {
  description = "ECS cluster of the services CI rolls out."
  type        = string
  default     = null
}

variable "ecs_service_names" {
  description = "ECS services CI rolls out (in ecs_cluster_name)."
  type        = list(string)
  default     = []
}

variable "ecs_task_role_arns" {
  description = "Task and execution roles of those services, which CI passes to ECS tasks in the task definitions it registers."
  type        = list(string)
  default     = []
}

variable "eks_cluster_name" {
  description = "The team's existing EKS cluster CI installs the app's chart on (null: none). Its authentication mode must include API access entries."
  type        = string
  default     = null
}

variable "eks_namespace" {
  description = "The only namespace of eks_cluster_name CI may change (the chart's)."
  type        = string
  default     = null
}

variable "eks_kubernetes_group" {
  description = "Kubernetes group the role's access entry puts it in (for the team's RoleBindings beyond the access policy, e.g. External Secrets objects)."
  type        = string
  default     = null
}

variable "artifact_bucket" {
  description = "S3 bucket CI uploads the functions' zips to (under functions/; null: no zip function)."
  type        = string
  default     = null
}

variable "codedeploy_application" {
  description = "CodeDeploy application whose deployment groups shift functions' traffic (null: none)."
  type        = string
  default     = null
}

variable "codedeploy_deployment_groups" {
  description = "Deployment groups of codedeploy_application CI creates deployments in (and stops them)."
  type        = list(string)
  default     = []
}

variable "codedeploy_configs" {
  description = "Deployment configurations those deployments use."
  type        = list(string)
  default     = []
}

variable "cost_report" {
  description = "Create the cost report role: Cost Explorer's GetCostAndUsage only, trusted only for jobs bound to github_environment."
  type        = bool
  default     = false
}

variable "state_bucket" {
  description = "S3 bucket holding the Terraform state."
  type        = string
}

variable "state_key" {
  description = "Key of this environment's state object."
  type        = string
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
