resource "google_monitoring_notification_channel" "email" {
  for_each     = toset(var.emails)
  display_name = "${var.name} alerts: ${each.value}"
  type         = "email"
  labels = {
    email_address = each.value
  }
}

resource "google_monitoring_alert_policy" "this" {
  for_each              = var.policies
  display_name          = "${var.name} ${each.value.display_name}"
  combiner              = "OR"
  severity              = "ERROR"
  notification_channels = [for c in values(google_monitoring_notification_channel.email) : c.id]

  conditions {
    display_name = each.value.display_name

    condition_threshold {
      filter          = each.value.filter
      comparison      = "COMPARISON_GT"
      threshold_value = each.value.threshold
      duration        = each.value.duration

      aggregations {
        alignment_period   = "300s"
        per_series_aligner = each.value.aligner
      }
    }
  }

  documentation {
    content   = each.value.documentation
    mime_type = "text/markdown"
  }
}
