package dev.forge.targets.gcp.terraform;

import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.gcp.terraform.GModule.BOOL;
import static dev.forge.targets.gcp.terraform.GModule.NUMBER;
import static dev.forge.targets.gcp.terraform.GModule.STRING;
import static dev.forge.targets.gcp.terraform.GModule.STRINGS;

import dev.forge.emit.hcl.Hcl;

/** Modules of storage and messaging: Cloud Storage, Pub/Sub, Secret Manager, Artifact Registry. */
final class StoreModules {

    private StoreModules() {
    }

    static GModule bucket() {
        GModule m = new GModule("bucket", "A Cloud Storage bucket: uniform bucket-level access (no ACLs), public access"
                + " prevention enforced, object versioning, lifecycle rules, CORS, and optionally a customer-managed KMS key"
                + " (CMEK: a key ring and key, rotated every 90 days, the Cloud Storage service agent allowed to use it).");
        m.required("name", STRING, "Bucket name (global).")
                .required("location", STRING, "Region of the bucket.")
                .optional("versioning", BOOL, "Keep every version of every object.", Hcl.bool(true))
                .optional("force_destroy", BOOL, "Whether Terraform may delete the bucket while it holds objects.", Hcl.bool(false))
                .optional("cmek", BOOL, "Encrypt with a customer-managed Cloud KMS key created here.", Hcl.bool(false))
                .optional("cors", GModule.listOf(GModule.object("origins", STRINGS, "methods", STRINGS, "headers", STRINGS,
                        "max_age", NUMBER)), "Cross-origin rules.", list())
                .optional("lifecycle_rules", GModule.listOf(GModule.object("action", STRING,
                        "storage_class", GModule.optionalType(STRING), "age", GModule.optionalType(NUMBER),
                        "days_since_noncurrent_time", GModule.optionalType(NUMBER), "with_state", GModule.optionalType(STRING),
                        "prefixes", GModule.optionalType(STRINGS))), "Lifecycle rules (Delete, SetStorageClass,"
                        + " AbortIncompleteMultipartUpload).", list());
        m.data("google_storage_project_service_account", "this", b -> b.attr("count", cmek()));
        m.resource("google_kms_key_ring", "this", b -> b.attr("count", cmek()).attr("name", var("name"))
                .attr("location", var("location")));
        m.resource("google_kms_crypto_key", "this", b -> b.attr("count", cmek()).attr("name", var("name"))
                .attr("key_ring", ref("google_kms_key_ring.this[0].id")).attr("rotation_period", "7776000s"));
        m.resource("google_kms_crypto_key_iam_member", "storage", b -> b.attr("count", cmek())
                .attr("crypto_key_id", ref("google_kms_crypto_key.this[0].id"))
                .attr("role", "roles/cloudkms.cryptoKeyEncrypterDecrypter")
                .attr("member", Hcl.tmpl("serviceAccount:", ref("data.google_storage_project_service_account.this[0].email_address"))));
        m.resource("google_storage_bucket", "this", b -> {
            b.attr("name", var("name")).attr("location", var("location")).attr("storage_class", "STANDARD")
                    .attr("force_destroy", var("force_destroy"))
                    .comment("No ACLs, never public")
                    .attr("uniform_bucket_level_access", true).attr("public_access_prevention", "enforced");
            b.block("versioning", v -> v.attr("enabled", var("versioning")));
            b.dynamic("encryption", Hcl.cond(var("cmek"), list(str("cmek")), list()),
                    e -> e.attr("default_kms_key_name", ref("google_kms_crypto_key.this[0].id")));
            b.dynamic("cors", var("cors"), c -> c.attr("origin", ref("cors.value.origins")).attr("method", ref("cors.value.methods"))
                    .attr("response_header", ref("cors.value.headers")).attr("max_age_seconds", ref("cors.value.max_age")));
            b.dynamic("lifecycle_rule", var("lifecycle_rules"), r -> r
                    .block("action", a -> a.attr("type", ref("lifecycle_rule.value.action"))
                            .attr("storage_class", ref("lifecycle_rule.value.storage_class")))
                    .block("condition", c -> c.attr("age", ref("lifecycle_rule.value.age"))
                            .attr("days_since_noncurrent_time", ref("lifecycle_rule.value.days_since_noncurrent_time"))
                            .attr("with_state", ref("lifecycle_rule.value.with_state"))
                            .attr("matches_prefix", ref("lifecycle_rule.value.prefixes"))));
            b.attr("depends_on", list(ref("google_kms_crypto_key_iam_member.storage")));
        });
        m.output("name", "Bucket name.", ref("google_storage_bucket.this.name"))
                .output("url", "gs:// URL of the bucket.", ref("google_storage_bucket.this.url"));
        return m;
    }

    private static dev.forge.emit.hcl.Expr cmek() {
        return Hcl.cond(var("cmek"), Hcl.num(1), Hcl.num(0));
    }

    /**
     * A queue: a Pub/Sub topic publishers write to, a pull subscription consumers read, and a dead-letter topic and
     * subscription that receive what fails {@code max_delivery_attempts} times (the Pub/Sub service agent may publish
     * to the dead-letter topic and ack on the subscription, as dead-lettering requires).
     */
    static GModule pubsubQueue() {
        GModule m = new GModule("pubsub_queue", "A queue on Pub/Sub: a topic, a pull subscription with a dead-letter"
                + " policy and retry backoff, and a dead-letter topic and subscription (kept 7 days); the Pub/Sub service"
                + " agent may publish to the dead-letter topic and acknowledge on the subscription.");
        m.required("name", STRING, "Name of the topic and subscription.")
                .required("ack_deadline_seconds", NUMBER, "How long a received message stays leased to its consumer (10-600).")
                .required("message_retention_duration", STRING, "How long unacknowledged messages are kept (at most 604800s).")
                .required("max_delivery_attempts", NUMBER, "Deliveries before a message moves to the dead-letter topic (5-100).")
                .optional("ordered", BOOL, "Ordered delivery and exactly-once delivery (the spec's fifo).", Hcl.bool(false));
        m.data("google_project", "this", b -> { });
        m.resource("google_pubsub_topic", "this", b -> b.attr("name", var("name"))
                .attr("message_retention_duration", var("message_retention_duration")));
        m.resource("google_pubsub_topic", "dead_letter", b -> b.attr("name", Hcl.tmpl(var("name"), "-dlq"))
                .attr("message_retention_duration", "604800s"));
        m.resource("google_pubsub_subscription", "this", b -> b.attr("name", var("name"))
                .attr("topic", ref("google_pubsub_topic.this.id"))
                .attr("ack_deadline_seconds", var("ack_deadline_seconds"))
                .attr("message_retention_duration", var("message_retention_duration"))
                .attr("enable_message_ordering", var("ordered")).attr("enable_exactly_once_delivery", var("ordered"))
                .block("expiration_policy", e -> e.attr("ttl", ""))
                .block("dead_letter_policy", d -> d.attr("dead_letter_topic", ref("google_pubsub_topic.dead_letter.id"))
                        .attr("max_delivery_attempts", var("max_delivery_attempts")))
                .block("retry_policy", r -> r.attr("minimum_backoff", "10s").attr("maximum_backoff", "600s")));
        m.resource("google_pubsub_subscription", "dead_letter", b -> b.attr("name", Hcl.tmpl(var("name"), "-dlq"))
                .attr("topic", ref("google_pubsub_topic.dead_letter.id")).attr("message_retention_duration", "604800s")
                .block("expiration_policy", e -> e.attr("ttl", "")));
        dev.forge.emit.hcl.Expr agent = Hcl.tmpl("serviceAccount:service-", ref("data.google_project.this.number"),
                "@gcp-sa-pubsub.iam.gserviceaccount.com");
        m.resource("google_pubsub_topic_iam_member", "dead_letter_publisher", b -> b
                .attr("topic", ref("google_pubsub_topic.dead_letter.name")).attr("role", "roles/pubsub.publisher").attr("member", agent));
        m.resource("google_pubsub_subscription_iam_member", "dead_letter_subscriber", b -> b
                .attr("subscription", ref("google_pubsub_subscription.this.name")).attr("role", "roles/pubsub.subscriber")
                .attr("member", agent));
        m.output("topic_name", "Topic publishers write to.", ref("google_pubsub_topic.this.name"))
                .output("subscription_name", "Subscription consumers pull from.", ref("google_pubsub_subscription.this.name"))
                .output("dead_letter_topic_name", "Dead-letter topic.", ref("google_pubsub_topic.dead_letter.name"))
                .output("dead_letter_subscription_name", "Dead-letter subscription (alerted on).",
                        ref("google_pubsub_subscription.dead_letter.name"));
        return m;
    }

    static GModule pubsubTopic() {
        GModule m = new GModule("pubsub_topic", "A publish/subscribe topic on Pub/Sub (each subscriber attaches its own"
                + " subscription).");
        m.required("name", STRING, "Name of the topic.");
        m.resource("google_pubsub_topic", "this", b -> b.attr("name", var("name")));
        m.output("name", "Topic name.", ref("google_pubsub_topic.this.name"));
        return m;
    }

    static GModule secrets() {
        GModule m = new GModule("secrets", "Secret Manager secrets, by name only (automatic replication): their values"
                + " are added as versions out of band (console, gcloud, CI), never by Terraform, so never in state.");
        m.required("secrets", GModule.mapOf(STRING), "Secret IDs to what each holds.");
        m.resource("google_secret_manager_secret", "this", b -> b.attr("for_each", var("secrets"))
                .attr("secret_id", ref("each.key"))
                .attr("annotations", Hcl.obj().put("description", ref("each.value")).build())
                .block("replication", r -> r.block("auto", a -> { })));
        m.output("ids", "Secret IDs by secret ID (for IAM bindings).",
                Hcl.forMap("k", "s", ref("google_secret_manager_secret.this"), ref("k"), ref("s.secret_id"), null));
        return m;
    }

    static GModule artifactRegistry() {
        GModule m = new GModule("artifact_registry", "An Artifact Registry Docker repository: immutable tags (images"
                + " are tagged by commit SHA), keeping the 20 most recent versions of each image.");
        m.required("name", STRING, "Repository ID.").required("location", STRING, "Region of the repository.");
        m.resource("google_artifact_registry_repository", "this", b -> b.attr("repository_id", var("name"))
                .attr("location", var("location")).attr("format", "DOCKER").attr("description", "Container images built by CI.")
                .block("docker_config", d -> d.attr("immutable_tags", true))
                .attr("cleanup_policy_dry_run", false)
                .block("cleanup_policies", c -> c.attr("id", "keep-recent").attr("action", "KEEP")
                        .block("most_recent_versions", k -> k.attr("keep_count", 20))));
        m.output("name", "Repository ID.", ref("google_artifact_registry_repository.this.repository_id"))
                .output("url", "Docker host and path images are pushed to.", Hcl.tmpl(var("location"), "-docker.pkg.dev/",
                        ref("google_artifact_registry_repository.this.project"), "/", ref("google_artifact_registry_repository.this.repository_id")));
        return m;
    }
}
