package dev.forge.model;

import java.util.Map;

/** One environment the app is deployed to. */
@Doc("One environment the app is deployed to (dev, staging, prod ...).")
public record EnvironmentSpec(
        @Format(regex = "^\\d{12}$", hint = "a 12-digit AWS account ID") @Example("\"123456789012\"")
        @Doc("The AWS account the environment lives in (quote it: it is an ID, not a number).") String account,
        @Format(regex = "^[a-z][a-z0-9-]{4,28}[a-z0-9]$", hint = "a Google Cloud project ID such as acme-prod-42")
        @Doc("The Google Cloud project, for the gcp target.") String project,
        @Format(regex = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", hint = "an Azure subscription ID (a UUID)")
        @Doc("The Azure subscription, for the azure target.") String subscription,
        @Format(regex = Names.AWS_REGION, hint = Names.AWS_REGION_HINT)
        @Doc("The region; defaults to the spec's top-level region.") String region,
        @Doc("Whether this is a production environment. Defaults to true for the names prod and production."
                + " Production raises defaults (replicas, multi-AZ, retention, deletion protection) and policy severity.")
        Boolean production,
        @Doc("Whether a person must approve deployments to this environment. Defaults to `production`.")
        Boolean approval,
        @Doc("Where alarms are sent.") AlertsSpec alerts,
        @Example("{ cluster: platform-prod }")
        @Doc("The team's existing EKS cluster the app's Helm chart is deployed to by deploy.yml; none by default"
                + " (the chart is not deployed).") KubernetesSpec kubernetes,
        @KeyFormat(regex = "^[A-Za-z0-9 _.:/=+@-]{1,128}$", hint = "a tag key of 1-128 letters, digits, spaces or _.:/=+@-")
        @Doc("Extra tags for this environment's resources.") Map<String, String> tags) {
}
