output "host" {
  description = "Private IP of the primary."
  value       = google_redis_instance.this.host
}

output "port" {
  description = "Port."
  value       = google_redis_instance.this.port
}

output "name" {
  description = "Name of the instance."
  value       = google_redis_instance.this.name
}
