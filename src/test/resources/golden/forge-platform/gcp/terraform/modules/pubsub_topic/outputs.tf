output "name" {
  description = "Topic name."
  value       = google_pubsub_topic.this.name
}
