package dev.forge.targets.gcp.terraform;

import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.gcp.terraform.GModule.STRING;
import static dev.forge.targets.gcp.terraform.GModule.STRINGS;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;

/** Identities and who may do what: service accounts with their bindings, GitHub's workload identity, schedules. */
final class AccessModules {

    private AccessModules() {
    }

    /** The kinds of place a binding of the service_account module lands on, and the resource that binds there. */
    static final java.util.Map<String, String[]> PLACES = places();

    private static java.util.Map<String, String[]> places() {
        java.util.Map<String, String[]> m = new java.util.LinkedHashMap<>();
        m.put("bucket", new String[] {"google_storage_bucket_iam_member", "bucket"});
        m.put("secret", new String[] {"google_secret_manager_secret_iam_member", "secret_id"});
        m.put("topic", new String[] {"google_pubsub_topic_iam_member", "topic"});
        m.put("subscription", new String[] {"google_pubsub_subscription_iam_member", "subscription"});
        return java.util.Collections.unmodifiableMap(m);
    }

    static GModule serviceAccount() {
        GModule m = new GModule("service_account", "A workload's own service account and its least-privilege bindings:"
                + " each role on the one bucket, secret, topic or subscription used; on the project only with an IAM"
                + " condition naming the one Cloud SQL instance, Firestore database or Cloud Run job (no resource-level IAM"
                + " there); plus the runtime roles (logs, metrics, traces).");
        Expr binding = GModule.object("on", STRING, "resource", STRING, "role", STRING,
                "condition_title", GModule.optionalType(STRING), "condition_expression", GModule.optionalType(STRING));
        m.required("project", STRING, "Project the account lives in.")
                .required("account_id", STRING, "Account ID (6-30 characters).")
                .required("display_name", STRING, "Shown in the console.")
                .optional("runtime_roles", STRINGS, "Project roles every workload holds (its own logs, metrics, traces).",
                        Hcl.list())
                .optional("bindings", GModule.mapOf(binding), "Roles by a stable key: on = bucket | secret | topic |"
                        + " subscription | project (with a condition).", Hcl.obj().build());
        Expr member = Hcl.tmpl("serviceAccount:", ref("google_service_account.this.email"));
        m.resource("google_service_account", "this", b -> b.attr("project", var("project")).attr("account_id", var("account_id"))
                .attr("display_name", var("display_name")));
        m.resource("google_project_iam_member", "runtime", b -> b.attr("for_each", Hcl.call("toset", var("runtime_roles")))
                .attr("project", var("project")).attr("role", ref("each.value")).attr("member", member));
        for (var place : PLACES.entrySet()) {
            m.resource(place.getValue()[0], "this", b -> b.attr("for_each", only(place.getKey()))
                    .attr(place.getValue()[1], ref("each.value.resource")).attr("role", ref("each.value.role")).attr("member", member));
        }
        m.resource("google_project_iam_member", "conditioned", b -> b.attr("for_each", only("project"))
                .attr("project", var("project")).attr("role", ref("each.value.role")).attr("member", member)
                .block("condition", c -> c.attr("title", ref("each.value.condition_title"))
                        .attr("expression", ref("each.value.condition_expression"))));
        m.output("email", "The account's e-mail.", ref("google_service_account.this.email"))
                .output("name", "The account's resource name (projects/.../serviceAccounts/EMAIL).", ref("google_service_account.this.name"))
                .output("member", "serviceAccount:EMAIL, for IAM members.", member);
        return m;
    }

    private static Expr only(String on) {
        return Hcl.forMap("k", "b", var("bindings"), ref("k"), ref("b"), Hcl.op(ref("b.on"), "==", Hcl.str(on)));
    }

    /**
     * GitHub Actions' OIDC tokens exchanged for a short-lived token of the environment's deployer service account:
     * a workload identity pool and provider whose attribute condition requires the spec's repository AND one of the
     * environment's trusted subjects; the deployer may deploy Cloud Run, push images and act as the runtime accounts.
     */
    static GModule githubWif() {
        GModule m = new GModule("github_wif", "Workload Identity Federation for GitHub Actions: a pool and an OIDC"
                + " provider for token.actions.githubusercontent.com whose attribute condition requires the repository AND"
                + " one of the environment's subjects; a deployer service account only that repository may impersonate,"
                + " allowed to deploy Cloud Run (roles/run.developer), push to the Artifact Registry repository and act as"
                + " the runtime service accounts. No key is ever created.");
        m.required("project", STRING, "Project of the pool and the deployer.")
                .required("pool_id", STRING, "Workload identity pool ID (4-32 characters).")
                .required("repository", STRING, "owner/name of the GitHub repository.")
                .required("attribute_condition", STRING, "CEL condition every token must meet.")
                .required("deployer_account_id", STRING, "Account ID of the deployer service account.")
                .optional("artifact_repository", STRING,
                        "Artifact Registry repository ID the deployer pushes to (null: none).", Hcl.nul())
                .optional("artifact_location", STRING, "Region of that repository.", Hcl.nul())
                .optional("runtime_service_accounts", GModule.mapOf(STRING), "Runtime service accounts (resource names) the"
                        + " deployer may act as when deploying, by workload.", Hcl.obj().build());
        m.resource("google_iam_workload_identity_pool", "this", b -> b.attr("project", var("project"))
                .attr("workload_identity_pool_id", var("pool_id")).attr("display_name", var("pool_id"))
                .attr("description", "GitHub Actions of one repository, one environment."));
        m.resource("google_iam_workload_identity_pool_provider", "github", b -> b.attr("project", var("project"))
                .attr("workload_identity_pool_id", ref("google_iam_workload_identity_pool.this.workload_identity_pool_id"))
                .attr("workload_identity_pool_provider_id", "github").attr("display_name", "GitHub Actions")
                .attr("attribute_mapping", Hcl.obj().put("google.subject", "assertion.sub")
                        .put("attribute.repository", "assertion.repository").put("attribute.ref", "assertion.ref")
                        .put("attribute.environment", "assertion.environment").build())
                .comment("The repository AND one of the trusted subjects: any other token is refused")
                .attr("attribute_condition", var("attribute_condition"))
                .block("oidc", o -> o.attr("issuer_uri", "https://token.actions.githubusercontent.com")));
        m.resource("google_service_account", "deployer", b -> b.attr("project", var("project"))
                .attr("account_id", var("deployer_account_id")).attr("display_name", "GitHub Actions deployer"));
        Expr member = Hcl.tmpl("serviceAccount:", ref("google_service_account.deployer.email"));
        m.resource("google_service_account_iam_member", "github", b -> b
                .attr("service_account_id", ref("google_service_account.deployer.name"))
                .attr("role", "roles/iam.workloadIdentityUser")
                .attr("member", Hcl.tmpl("principalSet://iam.googleapis.com/", ref("google_iam_workload_identity_pool.this.name"),
                        "/attribute.repository/", var("repository"))));
        m.resource("google_project_iam_member", "deploy", b -> b.attr("project", var("project"))
                .attr("role", "roles/run.developer").attr("member", member));
        m.resource("google_artifact_registry_repository_iam_member", "push", b -> b
                .attr("count", Hcl.cond(Hcl.op(var("artifact_repository"), "==", Hcl.nul()), Hcl.num(0), Hcl.num(1)))
                .attr("project", var("project")).attr("location", var("artifact_location"))
                .attr("repository", var("artifact_repository")).attr("role", "roles/artifactregistry.writer").attr("member", member));
        m.resource("google_service_account_iam_member", "act_as", b -> b.attr("for_each", var("runtime_service_accounts"))
                .attr("service_account_id", ref("each.value")).attr("role", "roles/iam.serviceAccountUser").attr("member", member));
        m.output("provider_name", "Full name of the workload identity provider (google-github-actions/auth's"
                        + " workload_identity_provider).", ref("google_iam_workload_identity_pool_provider.github.name"))
                .output("deployer_email", "E-mail of the deployer service account.", ref("google_service_account.deployer.email"));
        return m;
    }

    /**
     * A Cloud Scheduler job starting a Cloud Run job through the Cloud Run Admin API
     * ({@code POST https://run.googleapis.com/v2/projects/P/locations/R/jobs/J:run}) with an OAuth token of the
     * scheduler's service account.
     */
    static GModule scheduler() {
        GModule m = new GModule("scheduler", "A Cloud Scheduler job that starts a Cloud Run job on a cron schedule:"
                + " POST to the Cloud Run Admin API's jobs.run with an OAuth token of the scheduler's service account"
                + " (which holds roles/run.invoker on that job only).");
        m.required("project", STRING, "Project of the Cloud Run job.")
                .required("region", STRING, "Region of the scheduler and the Cloud Run job.")
                .required("name", STRING, "Name of the scheduler job.")
                .required("job_name", STRING, "Name of the Cloud Run job it runs.")
                .required("schedule", STRING, "Five-field cron.")
                .required("time_zone", STRING, "Time zone the schedule is read in.")
                .required("retry_count", GModule.NUMBER, "Attempts retried when the run request fails.")
                .required("invoker_email", STRING, "Service account whose token calls the Cloud Run API.");
        m.resource("google_cloud_scheduler_job", "this", b -> b.attr("project", var("project")).attr("region", var("region"))
                .attr("name", var("name")).attr("schedule", var("schedule")).attr("time_zone", var("time_zone"))
                .attr("attempt_deadline", "180s")
                .block("retry_config", r -> r.attr("retry_count", var("retry_count")))
                .block("http_target", h -> h.attr("http_method", "POST")
                        .attr("uri", Hcl.tmpl("https://run.googleapis.com/v2/projects/", var("project"), "/locations/",
                                var("region"), "/jobs/", var("job_name"), ":run"))
                        .block("oauth_token", o -> o.attr("service_account_email", var("invoker_email"))
                                .attr("scope", "https://www.googleapis.com/auth/cloud-platform"))));
        m.output("name", "Scheduler job name.", ref("google_cloud_scheduler_job.this.name"));
        return m;
    }
}
