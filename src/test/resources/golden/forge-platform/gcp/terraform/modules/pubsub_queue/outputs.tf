output "topic_name" {
  description = "Topic publishers write to."
  value       = google_pubsub_topic.this.name
}

output "subscription_name" {
  description = "Subscription consumers pull from."
  value       = google_pubsub_subscription.this.name
}

output "dead_letter_topic_name" {
  description = "Dead-letter topic."
  value       = google_pubsub_topic.dead_letter.name
}

output "dead_letter_subscription_name" {
  description = "Dead-letter subscription (alerted on)."
  value       = google_pubsub_subscription.dead_letter.name
}
