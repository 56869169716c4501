output "network_id" {
  description = "ID of the network (projects/.../global/networks/NAME)."
  value       = google_compute_network.this.id
}

output "network_name" {
  description = "Name of the network."
  value       = google_compute_network.this.name
}

output "subnet_name" {
  description = "Name of the subnet (Cloud Run Direct VPC egress)."
  value       = google_compute_subnetwork.this.name
}

output "private_services_connection" {
  description = "The private services peering; private resources depend on it."
  value       = google_service_networking_connection.this.id
}
