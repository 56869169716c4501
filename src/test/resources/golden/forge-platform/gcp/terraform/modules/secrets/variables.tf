variable "secrets" {
  description = "Secret IDs to what each holds."
  type        = map(string)
}
