resource "aws_ssm_parameter" "this" {
  for_each = var.parameters

  name        = each.value.name
  description = each.value.description
  type        = "String"
  value       = each.value.value
  tags        = var.tags
}

resource "aws_ssm_parameter" "unset" {
  for_each = var.unset_parameters

  name        = each.value.name
  description = each.value.description
  type        = "String"
  value       = "set-me"
  tags        = var.tags

  lifecycle {
    ignore_changes = [value]
  }
}

resource "aws_ssm_parameter" "secure" {
  for_each = var.secure_parameters

  name        = each.value.name
  description = each.value.description
  type        = "SecureString"
  key_id      = var.kms_key_id
  # Write-only: the value goes to AWS and is never stored in the plan or the state. It is written on
  # create and when the version is raised; null (managed outside Terraform) writes a placeholder on
  # create only, so a plan without the value never overwrites the one set by hand.
  value_wo         = coalesce(lookup(var.secure_values, each.key, null), "set-me")
  value_wo_version = lookup(var.secure_value_versions, each.key, 1)
  tags             = var.tags
}
