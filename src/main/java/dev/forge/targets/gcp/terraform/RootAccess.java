package dev.forge.targets.gcp.terraform;

import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.gcp.terraform.Mappings.label;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.platform.gcp.GcpNames;
import dev.forge.platform.gcp.GcpRoles;
import dev.forge.resolve.Grant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The root's identities: a service account per workload, the scheduler's, and GitHub's deployer. */
final class RootAccess {

    private RootAccess() {
    }

    static void add(Root r) {
        var s = r.spec;
        Map<String, Expr> runtime = new TreeMap<>();
        List<Ref> principals = new ArrayList<>();
        RootData.of(s.services()).keySet().forEach(n -> principals.add(new Ref(Kind.SERVICE, n)));
        RootData.of(s.jobs()).keySet().forEach(n -> principals.add(new Ref(Kind.JOB, n)));
        RootData.of(s.functions()).keySet().forEach(n -> principals.add(new Ref(Kind.FUNCTION, n)));
        for (Ref p : principals) {
            String label = "sa_" + p.kind().spelling() + "_" + label(p.name());
            Hcl.Obj bindings = Hcl.obj();
            for (Grant g : r.env.grantsOf(p)) {
                if (!g.isTrigger()) { // triggers (Eventarc, push subscriptions) are not generated here: nor their grants
                    bindings(r, g).forEach(bindings::put);
                }
            }
            r.module(label, "service_account", b -> b.attr("project", var("project"))
                    .attr("account_id", GcpNames.serviceAccountId(r.app(), p.name(), r.envName()))
                    .attr("display_name", p.kind().spelling() + " " + p.name() + " (" + r.envName() + ")")
                    .attr("runtime_roles", Hcl.strings(GcpRoles.RUNTIME)).attr("bindings", bindings.build()));
            runtime.put(p.kind().spelling() + "_" + label(p.name()), ref("module." + label + ".name"));
            r.output(label + "_email", "Service account of " + p.kind().spelling() + " " + p.name() + ".", ref("module." + label + ".email"));
        }
        scheduler(r);
        github(r, runtime);
    }

    /** The bindings one grant gives, by stable key; none for what needs no IAM or is not rendered. */
    static Map<String, Expr> bindings(Root r, Grant g) {
        Map<String, Expr> out = new LinkedHashMap<>();
        Ref res = g.resource();
        String l = label(res.name());
        for (GcpRoles.Binding b : GcpRoles.of(res.kind(), g.access())) {
            Expr target;
            Expr condition = null;
            String title = null;
            switch (res.kind()) {
                case BUCKET -> target = ref("module.bucket_" + l + ".name");
                case SECRET -> target = RootData.secretId(r, res.name());
                case QUEUE -> target = ref("module.queue_" + l + (b.on() == GcpRoles.On.TOPIC ? ".topic_name" : ".subscription_name"));
                case TOPIC -> target = ref("module.topic_" + l + ".name");
                case DATABASE -> {
                    target = var("project");
                    title = "Cloud SQL instance " + r.name(res.name());
                    condition = Hcl.tmpl("resource.name == \"projects/", var("project"), "/instances/",
                            ref("module.database_" + l + ".instance_name"), "\"");
                }
                case TABLE -> {
                    target = var("project");
                    title = "Firestore database " + r.name(res.name());
                    condition = Hcl.tmpl("resource.name == \"projects/", var("project"), "/databases/",
                            ref("module.table_" + l + ".name"), "\"");
                }
                default -> {
                    continue;
                }
            }
            Hcl.Obj o = Hcl.obj().put("on", b.on() == GcpRoles.On.PROJECT_CONDITION ? "project" : b.on().name().toLowerCase(java.util.Locale.ROOT))
                    .put("resource", target).put("role", b.role());
            if (condition != null) {
                o.put("condition_title", title).put("condition_expression", condition);
            }
            out.put(res.kind().spelling() + ":" + res.name() + ":" + b.role(), o.build());
        }
        if (res.kind() == Kind.DATABASE) {
            // the app user's password, in the database's own secret
            out.put("database:" + res.name() + ":password", Hcl.obj().put("on", "secret")
                    .put("resource", ref("module.database_" + l + ".password_secret_id"))
                    .put("role", "roles/secretmanager.secretAccessor").build());
        }
        return out;
    }

    /** One service account for Cloud Scheduler, allowed to run only the scheduled Cloud Run jobs, and a schedule each. */
    private static void scheduler(Root r) {
        Map<String, dev.forge.model.JobSpec> scheduled = new TreeMap<>();
        RootData.of(r.spec.jobs()).forEach((n, j) -> {
            if (j.schedule() != null) {
                scheduled.put(n, j);
            }
        });
        if (scheduled.isEmpty()) {
            return;
        }
        r.apis.add("cloudscheduler.googleapis.com");
        Hcl.Obj bindings = Hcl.obj();
        scheduled.keySet().forEach(n -> bindings.put("job:" + n + ":roles/run.invoker", Hcl.obj().put("on", "project")
                .put("resource", var("project")).put("role", "roles/run.invoker")
                .put("condition_title", "Cloud Run job " + GcpNames.job(r.app(), n, r.envName()))
                .put("condition_expression", str("resource.type == \"run.googleapis.com/Job\" && resource.name.endsWith(\"/jobs/"
                        + GcpNames.job(r.app(), n, r.envName()) + "\")")).build()));
        r.module("sa_scheduler", "service_account", b -> b.attr("project", var("project"))
                .attr("account_id", GcpNames.serviceAccountId(r.app(), "scheduler", r.envName()))
                .attr("display_name", "Cloud Scheduler (" + r.envName() + ")").attr("bindings", bindings.build()));
        scheduled.forEach((n, j) -> r.module("schedule_" + label(n), "scheduler", b -> b.attr("project", var("project"))
                .attr("region", var("region")).attr("name", r.name(n)).attr("job_name", GcpNames.job(r.app(), n, r.envName()))
                .attr("schedule", j.schedule()).attr("time_zone", j.timezone() == null ? "UTC" : j.timezone())
                .attr("retry_count", j.retries() == null ? 1 : j.retries())
                .attr("invoker_email", ref("module.sa_scheduler.email"))));
    }

    /** GitHub Actions' workload identity for this environment, when CI authenticates with OIDC. */
    private static void github(Root r, Map<String, Expr> runtime) {
        var s = r.spec;
        if (!dev.forge.platform.aws.GithubOidc.enabled(s) || s.ci().github().repo() == null) {
            return;
        }
        r.apis.addAll(List.of("iamcredentials.googleapis.com", "sts.googleapis.com"));
        String repo = s.ci().github().repo();
        String branch = s.ci().github().branch() == null ? "main" : s.ci().github().branch();
        List<String> subjects = dev.forge.platform.aws.GithubOidc.subjects(repo, branch, r.envName(),
                dev.forge.platform.aws.GithubOidc.onlyEnvironment(s, r.envName(), r.env.environment().approval()));
        StringBuilder cond = new StringBuilder("assertion.repository == \"" + repo + "\" && ");
        cond.append(subjects.size() == 1 ? "assertion.sub == \"" + subjects.get(0) + "\""
                : "assertion.sub in [" + String.join(", ", subjects.stream().map(x -> "\"" + x + "\"").toList()) + "]");
        String pool = ("github-" + r.envName()).replaceAll("[^a-z0-9-]", "-");
        boolean registry = !RootData.of(s.services()).isEmpty() || !RootData.of(s.jobs()).isEmpty();
        r.module("github", "github_wif", b -> {
            b.attr("project", var("project")).attr("pool_id", pool.length() > 32 ? pool.substring(0, 32) : pool)
                    .attr("repository", repo).attr("attribute_condition", cond.toString())
                    .attr("deployer_account_id", GcpNames.serviceAccountId(r.app(), "deploy", r.envName()));
            if (registry) {
                b.attr("artifact_repository", ref("module.artifact_registry.name")).attr("artifact_location", var("region"));
            }
            b.attr("runtime_service_accounts", Hcl.obj(runtime));
        });
        r.output("github_workload_identity_provider", "workload_identity_provider for google-github-actions/auth.",
                ref("module.github.provider_name"));
        r.output("github_deployer_email", "service_account for google-github-actions/auth.", ref("module.github.deployer_email"));
    }
}
