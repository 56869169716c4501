package dev.forge.targets.terraform;

import dev.forge.model.Spec;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.Rendering;
import dev.forge.synth.SynthContext;
import dev.forge.synth.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Terraform for the serverless AWS parts of a spec: reusable modules under {@code modules/}, one root per
 * environment under {@code environments/<env>/}, and a README. Services, databases and caches are not generated
 * (no target generates them yet; {@link TerraformRendering} says exactly what is rendered); functions that reach
 * them get their endpoints as inputs of the environment root.
 */
public final class TerraformTarget implements Target {

    /**
     * The root module's variable names a secret's name cannot take (an SSM secret's value is the root variable
     * named after it): Terraform's reserved names, and the inputs every environment root declares itself.
     */
    static final java.util.Map<String, String> RESERVED_VARIABLES = reserved();

    private static java.util.Map<String, String> reserved() {
        java.util.Map<String, String> m = new java.util.TreeMap<>();
        for (String w : List.of("count", "depends_on", "for_each", "lifecycle", "locals", "provider", "providers",
                "source", "version")) {
            m.put(w, "Terraform reserves for its own meta-arguments");
        }
        for (String w : List.of("environment", "region", "source_root", "image_tag", "vpc_id", "vpc_cidr",
                "private_subnet_ids", "public_subnet_ids", "data_subnet_ids", "create_github_oidc_provider", "state_bucket", "state_lock_table",
                "secret_versions")) {
            m.put(w, "each environment root already declares as its own input");
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public List<dev.forge.resolve.TargetNames> reservedNames() {
        return List.of(new dev.forge.resolve.TargetNames(name(), java.util.Set.of(dev.forge.model.Kind.SECRET),
                "Terraform variable", RESERVED_VARIABLES));
    }

    @Override
    public String name() {
        return name0();
    }

    @Override
    public String description() {
        return "Terraform modules and per-environment roots (hashicorp/aws 6.x): Lambda, API Gateway (REST with WAF, HTTP,"
                + " custom domains), DynamoDB, S3 and CloudFront, SQS, SNS topics, function triggers (queues, streams,"
                + " EventBridge Scheduler schedules, S3 notifications, SNS subscriptions), SSM and Secrets Manager, ECR, IAM, KMS,"
                + " RDS PostgreSQL, ElastiCache Redis/Valkey, CloudWatch"
                + " and SNS alarms (also on load balancers, ECS services, databases and caches) and a dashboard, VPC security"
                + " groups, GitHub OIDC (and the deploy role's EKS access entry on the team's cluster), Cognito user pools, AWS Budgets budgets; ECS on Fargate (services with autoscaling,"
                + " rolling or ECS blue-green deployments, found by name through Cloud Map service discovery; jobs on"
                + " demand or through EventBridge Scheduler) behind"
                + " Application Load Balancers with ACM certificates, Route 53 records and WAFv2 web ACLs; the network: VPC with public, private and data subnets,"
                + " internet gateway, NAT gateways, route tables, gateway and interface endpoints, flow logs, the default"
                + " security group emptied";
    }

    @Override
    public boolean appliesTo(ResolvedSpec spec) {
        Spec s = spec.written();
        return nonEmpty(s.functions()) || nonEmpty(s.tables()) || nonEmpty(s.buckets()) || nonEmpty(s.queues())
                || nonEmpty(s.topics()) || nonEmpty(s.secrets()) || nonEmpty(s.databases()) || nonEmpty(s.caches())
                || nonEmpty(s.parameters()) || nonEmpty(s.services()) || nonEmpty(s.jobs()) || nonEmpty(s.apis());
    }

    private static boolean nonEmpty(java.util.Map<?, ?> m) {
        return m != null && !m.isEmpty();
    }

    /**
     * The spec's folder as seen from {@code environments/<env>/} in the output (function {@code source:} paths are
     * relative to it). Without a known layout: the default one, {@code out/} next to forge.yaml.
     */
    static String sourceRoot(SynthContext context, ResolvedEnv env) {
        return context.layout().map(l -> {
            java.nio.file.Path envDir = l.outDir().resolve(name0()).resolve("environments").resolve(env.name());
            String rel = envDir.relativize(l.specDir()).toString().replace(java.io.File.separatorChar, '/');
            return rel.isEmpty() ? "." : rel;
        }).orElse("../../../..");
    }

    /**
     * The runtime family of each service whose image Forge builds and whose Dockerfile it writes (the docker target's
     * plan, read from the build folders when the spec's folder is known): it tells which client in the image can run
     * the container's health check. A service missing here gets none (its load balancer's target group still checks it).
     */
    static java.util.Map<String, dev.forge.model.ContainerRuntime> serviceFamilies(SynthContext context) {
        if (context.spec().environments().stream().allMatch(e -> e.spec().services().isEmpty())) {
            return java.util.Map.of();
        }
        try {
            java.util.Map<String, dev.forge.model.ContainerRuntime> out = new java.util.TreeMap<>();
            dev.forge.platform.containers.Builds.plan(context.spec(), context.layout().map(SynthContext.Layout::specDir))
                    .builds().stream().filter(b -> b.kind() == dev.forge.model.Kind.SERVICE && b.family() != null
                            && dev.forge.platform.containers.Builds.generates(b.image()))
                    .forEach(b -> out.put(b.name(), b.family()));
            return out;
        } catch (dev.forge.diag.SpecException problemsOfTheBuildFolders) {
            return java.util.Map.of(); // the docker target reports them at the spec's lines
        }
    }

    private static String name0() {
        return "terraform-aws";
    }

    @Override
    public Rendering renders() {
        return TerraformRendering.DECLARED;
    }

    @Override
    public List<Artifact> synth(SynthContext context) {
        List<Artifact> out = new ArrayList<>();
        List<TfModule> modules = Modules.needed(context.spec());
        modules.forEach(m -> out.addAll(m.files()));
        // one root per environment, rendered on every core, in the environments' order
        java.util.Map<String, dev.forge.model.ContainerRuntime> families = serviceFamilies(context);
        dev.forge.util.Parallel.map(context.environments(), env -> EnvironmentRoot.files(context.spec(), env, modules,
                sourceRoot(context, env), families)).forEach(out::addAll);
        out.add(Artifact.text("README.md", RootReadme.render(context.spec(), modules)));
        out.add(Artifact.text(".gitignore", String.join("\n",
                "# Generated by Forge: what Terraform writes locally never belongs in version control.",
                "# Keep .terraform.lock.hcl (the provider lock) committed.",
                ".terraform/", "*.tfstate", "*.tfstate.*", "*.tfplan", "tfplan", "crash.log", "crash.*.log",
                "# Lambda zips built by archive_file (modules/lambda/.build)", ".build/")));
        return out;
    }
}
