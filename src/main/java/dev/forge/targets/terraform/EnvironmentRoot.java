package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Body;
import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import dev.forge.emit.hcl.HclPrinter;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code environments/<env>/}: the root module wiring the modules with one environment's values. */
final class EnvironmentRoot {

    private EnvironmentRoot() {
    }

    static String stateKey(ResolvedEnv env) {
        return env.spec().app() + "/" + env.name() + "/terraform.tfstate";
    }

    static List<Artifact> files(ResolvedSpec spec, ResolvedEnv env, List<TfModule> modules, String sourceRoot,
                                Map<String, dev.forge.model.ContainerRuntime> serviceFamilies) {
        Root root = new Root(env, modules);
        root.serviceFamilies = serviceFamilies;
        root.written = spec.written();
        Spec s = env.spec();
        standardInputs(root, spec, s, sourceRoot);
        RootNetwork.add(root);
        RootFunctions.add(root);
        RootData.add(root);
        RootDatabases.add(root);
        RootTriggers.add(root);
        RootApis.add(root);
        RootLoadBalancers.add(root);
        RootServices.add(root);
        RootJobs.add(root);
        RootOps.add(root);
        outputs(root, s);
        String dir = "environments/" + env.name() + "/";
        Body main = new Body();
        var policy = s.policy();
        if (policy != null && policy.suppressions() != null) {
            var global = policy.suppressions().stream().filter(sup -> sup.resource() == null).toList();
            global.forEach(sup -> main.comment(Root.suppressionComment(sup, "every resource")));
            if (!global.isEmpty()) {
                main.blank();
            }
        }
        for (String type : root.dataSources) {
            main.block(Hcl.data(type, "current", b -> { }));
        }
        root.main.items().forEach(i -> {
            if (i instanceof Body.Nested n) {
                main.block(n.block());
            } else if (i instanceof Body.Comment c) {
                main.comment(c.text());
            }
        });
        List<Artifact> out = new ArrayList<>();
        out.add(Artifact.text(dir + "main.tf", HclPrinter.print(main)));
        out.add(Artifact.text(dir + "variables.tf", HclPrinter.print(TfModule.variablesFile(List.copyOf(root.variables.values())))));
        out.add(Artifact.text(dir + "outputs.tf", HclPrinter.print(outputsFile(root))));
        out.add(Artifact.text(dir + "versions.tf", HclPrinter.print(Versions.terraformBlock(
                Modules.has(modules, LambdaModule.NAME) ? List.of(Versions.AWS, Versions.ARCHIVE) : List.of(Versions.AWS), List.of()))));
        out.add(Artifact.text(dir + "providers.tf", HclPrinter.print(providers(root))));
        out.add(Artifact.text(dir + "backend.tf", HclPrinter.print(backend(env))));
        out.add(Artifact.text(dir + "backend.hcl", HclPrinter.print(backendConfig(spec, env))));
        Body tfvars = new Body();
        root.tfvars.forEach(tfvars::attr);
        out.add(Artifact.text(dir + "terraform.tfvars", HclPrinter.print(tfvars)));
        out.add(Artifact.text(dir + "README.md", RootReadme.environment(spec, env, root)));
        return out;
    }

    private static void standardInputs(Root root, ResolvedSpec spec, Spec s, String sourceRoot) {
        root.variable("environment", Types.STRING, "Name of the environment.", null);
        root.tfvars.put("environment", str(root.env.name()));
        root.variable("region", Types.STRING, "AWS region of the environment.", null);
        root.tfvars.put("region", str(root.env.environment().region()));
        if (s.functions().values().stream().anyMatch(f -> f.image() == null)) {
            root.variable("source_root", Types.STRING, "Directory the spec's function `source` paths are relative to (the"
                    + " folder holding forge.yaml), relative to this directory.", null);
            root.tfvars.put("source_root", str(sourceRoot));
        }
        if (s.functions().values().stream().anyMatch(f -> f.image() != null && f.image().build() != null)
                || Modules.buildsContainers(s)) {
            root.variable("image_tag", Types.STRING, "Image tag the first apply deploys (push it to ECR first); CI deploys"
                    + " later tags.", null);
            root.tfvars.put("image_tag", str("bootstrap"));
        }
        if (Modules.oidc(s)) {
            root.variable("create_github_oidc_provider", Types.BOOL, "Create GitHub's OIDC provider (false when the account"
                    + " has one, e.g. a second environment in the same account).", null);
            root.tfvars.put("create_github_oidc_provider", Hcl.bool(firstInAccount(spec, root.env)));
        }
        if (Modules.oidc(s)) {
            root.variable("state_bucket", Types.STRING, "S3 bucket of the Terraform state (as in backend.hcl).", null);
            root.tfvars.put("state_bucket", str(stateBucket(spec, root.env)));
        }
        if (s.secrets().values().stream().anyMatch(x -> x.store() == dev.forge.model.SecretStore.SSM)) {
            Hcl.Obj versions = obj();
            new TreeMap<>(s.secrets()).forEach((n, x) -> {
                if (x.store() == dev.forge.model.SecretStore.SSM) {
                    versions.put(n, Hcl.num(1));
                }
            });
            root.tfvars.put("secret_versions", versions.build());
        }
    }

    /** The OIDC provider is per account (shared: {@link dev.forge.platform.aws.GithubOidc#createsProvider}). */
    private static boolean firstInAccount(ResolvedSpec spec, ResolvedEnv env) {
        return dev.forge.platform.aws.GithubOidc.createsProvider(spec, env);
    }

    /**
     * One state bucket per account and region the environments use (a bucket lives in one region, and an account
     * should not hold another's state): {@code <app>-tfstate-<account>-<region>}, the account left out when the spec
     * names none. Cut to S3's 63 characters from the app name's end.
     */
    static String stateBucket(ResolvedSpec spec, ResolvedEnv env) {
        String account = env.environment().account();
        String suffix = "-tfstate-" + (account == null ? "" : account + "-") + env.environment().region();
        String app = spec.app().length() + suffix.length() > 63 ? spec.app().substring(0, 63 - suffix.length()) : spec.app();
        return app.replaceAll("-+$", "") + suffix;
    }

    /**
     * The root's outputs, one naming scheme: a map by spec name per noun and attribute, {@code <noun>_<attribute>s}
     * ({@code function_names}, {@code api_urls}, {@code cdn_distribution_ids}), and a singular name for what the
     * environment has once ({@code deploy_role_arn}, {@code alarm_topic_arn}).
     */
    private static void outputs(Root root, Spec s) {
        Map<String, Expr> fns = by(s.functions().keySet(), Kind.FUNCTION, "function_name");
        root.output("function_names", "Function names by spec name.", fns);
        root.output("function_alias_arns", "ARNs of the functions' `live` aliases (what APIs and triggers invoke), by spec"
                + " name.", by(s.functions().keySet(), Kind.FUNCTION, "alias_arn"));
        root.output("function_log_groups", "CloudWatch log group names of the functions, by spec name.",
                by(s.functions().keySet(), Kind.FUNCTION, "log_group_name"));
        root.output("table_names", "Table names by spec name.", by(s.tables().keySet(), Kind.TABLE, "table_name"));
        root.output("bucket_names", "Bucket names by spec name.", by(s.buckets().keySet(), Kind.BUCKET, "bucket_name"));
        java.util.Set<String> cdn = new java.util.TreeSet<>();
        s.buckets().forEach((n, b) -> {
            if (b.cdn() != null && Boolean.TRUE.equals(b.cdn().enabled())) {
                cdn.add(n);
            }
        });
        root.output("cdn_domain_names", "CloudFront domain names of the buckets with a CDN, by spec name.",
                by(cdn, Kind.BUCKET, "bucket_cdn_domain_name"));
        root.output("cdn_distribution_ids", "CloudFront distribution IDs (for invalidations), by spec name.",
                by(cdn, Kind.BUCKET, "bucket_cdn_distribution_id"));
        root.output("queue_urls", "Queue URLs by spec name.", by(s.queues().keySet(), Kind.QUEUE, "queue_url"));
        root.output("topic_arns", "Topic ARNs by spec name.", by(Modules.orEmpty(s.topics()).keySet(), Kind.TOPIC, "topic_arn"));
        root.output("api_urls", "Base URLs of the APIs, by spec name.", new TreeMap<>(root.apiUrls));
        root.output("api_domain_targets", "For APIs with a custom domain: the domain name its DNS record points at (alias"
                + " or CNAME), by spec name.", new TreeMap<>(root.apiDomainTargets));
        root.output("api_domain_zone_ids", "Hosted zone ID of each of those targets, for a Route 53 alias record, by spec"
                + " name.", new TreeMap<>(root.apiDomainZones));
    }

    private static Map<String, Expr> by(java.util.Collection<String> names, Kind kind, String output) {
        Map<String, Expr> m = new TreeMap<>();
        names.forEach(n -> m.put(n, Refs.out(new Ref(kind, n), output)));
        return m;
    }

    private static Body outputsFile(Root root) {
        Body file = new Body();
        new TreeMap<>(root.outputs).forEach((name, o) -> file.block(Hcl.output(name, b -> b
                .attr("description", o.getKey()).attr("value", o.getValue()))));
        return file;
    }

    private static Body providers(Root root) {
        Body file = new Body();
        file.block(provider(root, null, var("region")));
        for (String region : root.replicaRegions) {
            file.block(provider(root, "replica_" + Root.label(region), str(region)));
        }
        return file;
    }

    private static dev.forge.emit.hcl.Block provider(Root root, String alias, Expr region) {
        return Hcl.block("provider", List.of("aws"), b -> {
            if (alias != null) {
                b.attr("alias", alias);
            }
            b.attr("region", region);
            if (root.env.environment().account() != null) {
                b.attr("allowed_account_ids", Hcl.strings(List.of(root.env.environment().account())));
            }
            b.blank().comment("Tags on every resource: app, environment, owner, cost centre (FORGE rule: resources tagged).");
            Map<String, Expr> tags = new TreeMap<>();
            root.env.environment().tags().forEach((k, v) -> tags.put(k, str(v)));
            b.block("default_tags", t -> t.attr("tags", Hcl.obj(tags)));
        });
    }

    private static Body backend(ResolvedEnv env) {
        Body file = new Body();
        file.comment("Partial configuration: the bucket comes from backend.hcl (terraform init -backend-config=backend.hcl).");
        file.comment("The lock is an S3 lock file next to the state (use_lockfile). See ../../README.md for the bootstrap.");
        file.block(Hcl.block("terraform", List.of(), t -> t.block(Hcl.block("backend", List.of("s3"), b -> b
                .attr("key", stateKey(env))
                .attr("region", env.environment().region())
                .attr("encrypt", true)
                .attr("use_lockfile", true)))));
        return file;
    }

    private static Body backendConfig(ResolvedSpec spec, ResolvedEnv env) {
        Body file = new Body();
        file.attr("bucket", stateBucket(spec, env));
        return file;
    }
}
