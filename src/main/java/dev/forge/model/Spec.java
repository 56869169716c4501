package dev.forge.model;

import java.util.Map;

/** A Forge spec (format version 1): one application's deployment, for every environment and target. */
@Doc("A Forge spec, format version 1: one application's deployment, for every environment and target.")
public record Spec(
        @Required @Range(min = 1, max = 1) @Example("1")
        @Doc("Spec format version. This Forge reads version 1.") Integer forge,
        @Required @Format(regex = "^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){0,29}$",
                hint = "1-30 lowercase letters, digits and single hyphens, starting with a letter")
        @Example("trip-assistant")
        @Doc("The application's name; the first part of every name Forge derives.") String app,
        @Doc("What the application is, in a sentence; goes into generated READMEs.") String description,
        @Example("platform-team") @Doc("The team or person who owns the app; becomes the `owner` tag.") String owner,
        @Example("cc-1234") @Doc("Cost centre for billing; becomes the `cost-centre` tag.") String costCentre,
        @KeyFormat(regex = "^[A-Za-z0-9 _.:/=+@-]{1,128}$", hint = "a tag key of 1-128 letters, digits, spaces or _.:/=+@-")
        @Example("{ project: atlas }") @Doc("Tags put on every resource, in every environment.") Map<String, String> tags,
        @Default("us-east-1") @Format(regex = Names.AWS_REGION, hint = Names.AWS_REGION_HINT)
        @Doc("The region resources live in unless an environment names another.") String region,
        @Required @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Example("{ dev: {}, prod: { region: us-east-1 } }")
        @Doc("The environments the app is deployed to, in promotion order.") Map<String, EnvironmentSpec> environments,
        @Default("{}") @Doc("The app's private network (created when a function, service, database or cache needs one).")
        NetworkSpec network,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Long-running containers.") Map<String, ServiceSpec> services,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Functions (AWS Lambda and the like).") Map<String, FunctionSpec> functions,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Containers that run to completion, on a schedule or on demand.") Map<String, JobSpec> jobs,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("HTTP entry points routing to services and functions.") Map<String, ApiSpec> apis,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Key-value tables (DynamoDB), always on-demand capacity.") Map<String, TableSpec> tables,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Object storage buckets, never public.") Map<String, BucketSpec> buckets,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Message queues, each with a dead-letter queue.") Map<String, QueueSpec> queues,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Publish/subscribe topics (SNS).") Map<String, TopicSpec> topics,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Relational databases (PostgreSQL).") Map<String, DatabaseSpec> databases,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("In-memory caches (Redis or Valkey).") Map<String, CacheSpec> caches,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Secrets, by name only: their values live in the secret store, never in the spec.")
        Map<String, SecretSpec> secrets,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Plain (non-secret) configuration values, stored in SSM Parameter Store.")
        Map<String, ParameterSpec> parameters,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Large language models the app may invoke (e.g. Claude on Bedrock).") Map<String, ModelSpec> models,
        @Default("{}") @Doc("Alarms, dashboards and log retention.") MonitoringSpec monitoring,
        @Doc("A monthly cost budget per environment, with alerts.") BudgetSpec budget,
        @Doc("Continuous integration and delivery.") CiSpec ci,
        @Default("{}") @Doc("Guardrails: rule packs and suppressions.") PolicySpec policy) {

    /** The resources of one kind, by name, as declared (null when the section is absent). */
    public Map<String, ?> section(Kind kind) {
        return switch (kind) {
            case SERVICE -> services;
            case FUNCTION -> functions;
            case JOB -> jobs;
            case API -> apis;
            case TABLE -> tables;
            case BUCKET -> buckets;
            case QUEUE -> queues;
            case TOPIC -> topics;
            case DATABASE -> databases;
            case CACHE -> caches;
            case SECRET -> secrets;
            case PARAMETER -> parameters;
            case MODEL -> models;
        };
    }
}
