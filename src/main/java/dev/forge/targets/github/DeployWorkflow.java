package dev.forge.targets.github;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Architecture;
import dev.forge.model.ContainerRuntime;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.RouteSpec;
import dev.forge.model.Spec;
import dev.forge.model.TrafficShift;
import dev.forge.platform.aws.ApiRoutes;
import dev.forge.platform.aws.EcrRepositories;
import dev.forge.platform.aws.EcsBlueGreen;
import dev.forge.platform.aws.EcsRollouts;
import dev.forge.platform.aws.FunctionArtifacts;
import dev.forge.platform.aws.GithubOidc;
import dev.forge.platform.aws.LambdaDeployments;
import dev.forge.platform.containers.BaseImages;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.synth.SynthContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code deploy.yml}: on pushes to the deploy branch (and by hand), one job per environment in {@code ci.promote}
 * order, each after the one before, bound to its GitHub environment and assuming that environment's deploy role
 * (terraform-aws's {@code github_oidc}) through OIDC. The role may push to the app's ECR repositories and update
 * functions (code, versions, the alias), nothing else, so the job does only that: builds and pushes every image the
 * app builds, tagged by commit SHA; per function updates the code (a zip packaged, uploaded to the environment's
 * artifact bucket under functions/&lt;fn&gt;/&lt;commit&gt;.zip and updated from there, or the new image), publishes a version, moves {@code live} to it at once (or, canary and linear, through a CodeDeploy deployment:
 * {@link #codeDeploy}), smoke-tests it (the function becomes active on
 * {@code live}; its {@code open:} GET routes answer) and, when any step fails, moves {@code live} back. ECS services
 * and Kubernetes are not deployed here: the deploy role may not touch ECS (their images are pushed; Terraform rolls
 * them out).
 */
final class DeployWorkflow {

    static final String FILE = "deploy.yml";
    /** The GitHub environment variable holding the environment's deploy role (terraform-aws output deploy_role_arn). */
    static final String ROLE_VARIABLE = "AWS_DEPLOY_ROLE_ARN";
    static final String ALIAS = "live";
    /**
     * The GitHub environment variable naming the artifact bucket the zips go to: terraform-aws's root output
     * {@code function_artifact_bucket}, or the stack's output {@code CodeBucket}.
     */
    static final String ARTIFACT_BUCKET_VARIABLE = "FUNCTION_ARTIFACT_BUCKET";
    /** The alias' routing config without weighted versions: every request to its one version. */
    private static final String NO_WEIGHTS = "{\"AdditionalVersionWeights\":{}}";

    private DeployWorkflow() {
    }

    /**
     * Whether deploy.yml is written: when the spec has a function, which is when terraform-aws creates the deploy role
     * (its {@code Modules.oidc}); without one there is no role to assume, and images of services and jobs alone are
     * rolled out by the IaC targets.
     */
    static boolean applies(Spec s) {
        return GithubOidc.deploysCode(s);
    }

    static Workflow build(SynthContext context, Repo repo) {
        Spec first = context.spec().environments().get(0).spec();
        Workflow wf = new Workflow("deploy", YamlMap.of(
                "push", YamlMap.of("branches", List.of(first.ci().github().branch())),
                "workflow_dispatch", new YamlMap()));
        String previous = null;
        for (ResolvedEnv env : GithubActionsTarget.promotion(context.spec())) {
            Job job = InfraWait.first(deploy(env, repo, null), env);
            if (previous != null) {
                job.needs(previous); // promotion order: an environment is deployed only after the one before it
            }
            String before = previous;
            // the image job pushes to the ECR repositories the apply creates: it waits for infra.yml too
            ImageBuilds.otherArchitecture(env, repo, null).map(images -> InfraWait.first(images, env)).ifPresent(images -> {
                if (before != null) {
                    images.needs(before); // promotion order, as the deploy job
                }
                wf.job(images); // images of the other architecture, on their own runner, before the deploy job
                job.needs(images.id);
            });
            previous = job.id;
            wf.job(job);
        }
        return wf;
    }

    /** Variable of the GitHub environment holding an API's URL, for the smoke tests of its open routes. */
    static String apiUrlVariable(String api) {
        return "API_URL_" + api.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /**
     * The deploy job of one environment. {@code sha}: an expression of the commit to deploy (promote.yml's checked
     * version), checked out and tagging the images; null: the commit that triggered the workflow.
     */
    static Job deploy(ResolvedEnv env, Repo repo, String sha) {
        String commit = sha == null ? "${{ github.sha }}" : sha;
        Spec s = env.spec();
        List<Ref> images = EcrRepositories.of(s);
        // the runner of what is built here (images, and zips whose vendored dependencies may be native): arm64 unless
        // everything is x86_64; images of the other architecture are built on their own runner (ImageBuilds)
        Architecture runner = ImageBuilds.deployRunner(s);
        // an hour, plus the minutes the functions' traffic shifts wait between their steps
        int shifting = s.functions().values().stream().mapToInt(f -> shift(f).minutes() * shift(f).steps().size()).sum();
        Job job = new Job("deploy-" + env.name(), "Deploy " + env.name(), 60 + shifting + baking(s))
                .runsOn(ImageBuilds.runner(runner))
                .environment(env.name())
                .when("github.repository == '" + s.ci().github().repo() + "' && github.ref == 'refs/heads/"
                        + s.ci().github().branch() + "'")
                .concurrency("deploy-" + env.name())
                .permission("contents", "read")
                .permission("id-token", "write")
                .step(sha == null ? Step.checkout() : Step.checkout().with("ref", sha))
                .step(Step.uses("Assume the " + env.name() + " deploy role (OIDC)", Actions.CONFIGURE_AWS_CREDENTIALS)
                        .with("role-to-assume", "${{ vars." + ROLE_VARIABLE + " }}")
                        .with("aws-region", env.environment().region()));
        if (!images.isEmpty()) {
            job.step(Step.run("Log in to ECR", new Shell().raw(Shell.Fragment.ECR_LOGIN)));
        }
        // forge's Dockerfile or the spec's own; those of the other architecture: ImageBuilds.otherArchitecture's job
        ImageBuilds.pushSteps(env, repo, commit, runner).forEach(job::step);
        List<Step> rollbacks = new ArrayList<>();
        new TreeMap<>(s.functions()).forEach((name, f) -> {
            boolean built = f.image() != null && f.image().build() != null;
            if (!built && f.source() == null) {
                return; // an image given by reference: Terraform deploys it
            }
            String function = env.naming().base(name);
            String id = "update-" + name;
            Shell update = new Shell()
                    .capture("PREVIOUS", "aws", "lambda", "get-alias", "--function-name", function, "--name", ALIAS,
                            "--query", "FunctionVersion", "--output", "text")
                    .output("previous", "PREVIOUS");
            Step step;
            if (built) {
                update.cmd("aws", "lambda", "update-function-code", "--function-name", function,
                        "--image-uri", new Shell.Var("IMAGE"), "--output", "none");
                step = Step.run("Update " + name + " to the new image", finish(update, function, shift(f)))
                        .env("IMAGE", imageUri(env, name, commit));
            } else {
                job.step(Step.run("Package " + name, pack(f)).in(Repo.fromSpec(f.source()))
                        .env("ZIP", "${{ runner.temp }}/" + name + ".zip"));
                step = Step.run("Update " + name + "'s code", finish(upload(update, function), function, shift(f)))
                        .env("ZIP", "${{ runner.temp }}/" + name + ".zip")
                        .env("BUCKET", "${{ vars." + ARTIFACT_BUCKET_VARIABLE + " }}")
                        .env("KEY", FunctionArtifacts.key(name, commit));
            }
            job.step(step.id(id));
            TrafficShift shift = shift(f);
            if (shift != TrafficShift.ALL_AT_ONCE) {
                codeDeploy(job, env, name, function, id, shift, rollbacks);
            }
            job.step(smoke(env, name, function, 100));
            rollbacks.add(Step.run("Roll " + name + " back to its previous version", new Shell()
                            .cmd("aws", "lambda", "update-alias", "--function-name", function, "--name", ALIAS,
                                    "--function-version", new Shell.Var("PREVIOUS"), "--routing-config",
                                    NO_WEIGHTS, "--output", "none"))
                    .when("failure() && steps." + id + ".outputs.version != ''")
                    .env("PREVIOUS", "${{ steps." + id + ".outputs.previous }}"));
        });
        for (String name : EcsRollouts.of(s)) {
            rollOut(job, env, name, rollbacks, commit);
        }
        HelmDeploy.add(job, env, repo, commit, runner == Architecture.ARM64, rollbacks);
        rollbacks.forEach(job::step);
        return job;
    }

    /**
     * A canary or linear function ({@link LambdaDeployments}): CodeDeploy shifts {@code live} from its version before
     * the update to the one just published, in the steps of the function's predefined configuration, stopping and
     * rolling back by itself when one of the function's alarms fires meanwhile. The AppSpec is built by jq from the
     * step's environment (never from the script's text); the deployment's id is the step's output; the wait polls
     * {@value LambdaDeployments#WAIT_ROUNDS} times 30 minutes (the waiter's limit) and fails when the deployment
     * fails or stops. Skipped when the publish found the code unchanged ({@code live} is already on that version).
     * When the job fails while the deployment still runs, it is stopped with rollback (before {@code live} is moved
     * back like every function's).
     */
    private static void codeDeploy(Job job, ResolvedEnv env, String name, String function, String update,
            TrafficShift shift, List<Step> rollbacks) {
        String id = "codedeploy-" + name;
        Shell sh = new Shell()
                .capture("REVISION", "jq", "-cn", APPSPEC_REVISION)
                .capture("DEPLOYMENT", "aws", "deploy", "create-deployment", "--application-name",
                        LambdaDeployments.application(env), "--deployment-group-name", LambdaDeployments.group(env, name),
                        "--revision", new Shell.Var("REVISION"), "--query", "deploymentId", "--output", "text")
                .output("deployment", "DEPLOYMENT");
        List<Object> wait = new ArrayList<>();
        for (int i = 0; i < LambdaDeployments.WAIT_ROUNDS; i++) {
            if (i > 0) {
                wait.add(Shell.OR);
            }
            wait.addAll(List.of("aws", "deploy", "wait", "deployment-successful", "--deployment-id", new Shell.Var("DEPLOYMENT")));
        }
        sh.cmd(wait.toArray());
        job.step(Step.run("Shift " + name + " through CodeDeploy (" + LambdaDeployments.config(shift) + ")", sh).id(id)
                .when("steps." + update + ".outputs.previous != steps." + update + ".outputs.version")
                .env("FUNCTION", function)
                .env("ALIAS", ALIAS)
                .env("CURRENT", "${{ steps." + update + ".outputs.previous }}")
                .env("TARGET", "${{ steps." + update + ".outputs.version }}"));
        rollbacks.add(Step.run("Stop " + name + "'s CodeDeploy deployment if it still runs", new Shell()
                        .capture("STATUS", "aws", "deploy", "get-deployment", "--deployment-id", new Shell.Var("DEPLOYMENT"),
                                "--query", "deploymentInfo.status", "--output", "text")
                        .raw(Shell.Fragment.STOP_RUNNING_DEPLOYMENT))
                .when("failure() && steps." + id + ".outputs.deployment != ''")
                .env("DEPLOYMENT", "${{ steps." + id + ".outputs.deployment }}"));
    }

    /**
     * CodeDeploy's revision for a Lambda deployment: an AppSpec (JSON, version 0.0) shifting alias {@code ALIAS} of
     * function {@code FUNCTION} from version {@code CURRENT} to {@code TARGET}, all read from the environment.
     */
    static final String APPSPEC_REVISION = "{revisionType: \"AppSpecContent\", appSpecContent: {content: (\"{\\\"version\\\":0.0,"
            + "\\\"Resources\\\":\" + ([{(env.FUNCTION): {Type: \"AWS::Lambda::Function\", Properties: {Name: env.FUNCTION,"
            + " Alias: env.ALIAS, CurrentVersion: env.CURRENT, TargetVersion: env.TARGET}}}] | tojson) + \"}\")}}";

    /**
     * One service: the newest revision of its task definition family (Terraform's or CloudFormation's registrations, so
     * their changes of the task come along) with the new image, registered; the service updated to it; ECS's
     * deployment (rolling, or blue-green with its bake time: {@link #stable}) waited for and checked to have kept the
     * new revision (its circuit breaker rolls a failing one back, which is stable too); the health path smoke-tested through the load balancer when the
     * load balancer routes it to this service; and, when any step fails after the update, the service put back on the
     * revision it ran before.
     */
    private static void rollOut(Job job, ResolvedEnv env, String name, List<Step> rollbacks, String commit) {
        String cluster = EcsRollouts.cluster(env);
        String service = EcsRollouts.name(env, name);
        String id = "rollout-" + name;
        boolean blueGreen = EcsBlueGreen.eligible(env.spec(), name);
        Shell sh = new Shell()
                .capture("PREVIOUS", "aws", "ecs", "describe-services", "--cluster", cluster, "--services", service,
                        "--query", "services[0].taskDefinition", "--output", "text")
                .output("previous", "PREVIOUS")
                .cmd("aws", "ecs", "describe-task-definition", "--task-definition", service, "--output", "json",
                        Shell.TO_FILE, new Shell.Var("TASK_FILE"))
                .raw(Shell.Fragment.TASK_DEFINITION_WITH_IMAGE)
                .capture("NEW", "aws", "ecs", "register-task-definition", "--cli-input-json", new Shell.Var("NEW_TASK_URI"),
                        "--query", "taskDefinition.taskDefinitionArn", "--output", "text")
                .output("new", "NEW")
                .cmd("aws", "ecs", "update-service", "--cluster", cluster, "--service", service,
                        "--task-definition", new Shell.Var("NEW"), "--output", "none")
                .cmd(stable(cluster, service, blueGreen))
                .capture("RUNNING", "aws", "ecs", "describe-services", "--cluster", cluster, "--services", service,
                        "--query", "services[0].taskDefinition", "--output", "text")
                .raw(Shell.Fragment.SERVICE_RUNS_NEW);
        job.step(Step.run("Roll out " + name + " (new task definition revision" + (blueGreen ? ", blue-green" : "") + ")",
                        sh).id(id)
                .env("IMAGE", imageUri(env, name, commit))
                .env("TASK_FILE", "${{ runner.temp }}/" + name + "-task.json")
                .env("NEW_TASK_FILE", "${{ runner.temp }}/" + name + "-task-new.json")
                .env("NEW_TASK_URI", "file://${{ runner.temp }}/" + name + "-task-new.json"));
        String[] health = healthThroughLoadBalancer(env.spec(), name);
        if (health != null) {
            job.step(Step.run("Smoke-test " + name, new Shell().cmd("curl", "--fail", "--silent", "--show-error",
                            "--max-time", "10", "--retry", "3", "--retry-all-errors", "--output", "/dev/null",
                            new Shell.Var("HEALTH_URL")))
                    .env("HEALTH_URL", "${{ vars." + apiUrlVariable(health[0]) + " }}" + health[1]));
        }
        rollbacks.add(Step.run("Roll " + name + " back to its previous task definition", new Shell()
                        .cmd("aws", "ecs", "update-service", "--cluster", cluster, "--service", service,
                                "--task-definition", new Shell.Var("PREVIOUS"), "--output", "none")
                        .cmd(stable(cluster, service, blueGreen)))
                .when("failure() && steps." + id + ".outputs.new != ''")
                .env("PREVIOUS", "${{ steps." + id + ".outputs.previous }}"));
    }

    /**
     * Waiting for the service's deployment: ECS's {@code services-stable} waiter (one deployment left, the running count
     * at the desired one). A blue-green deployment is stable only when the old revision stopped, after the bake time
     * (both revisions run until then), and the waiter gives up after 10 minutes: it is asked again, up to
     * {@link EcsBlueGreen#WAIT_ROUNDS} times.
     */
    private static Object[] stable(String cluster, String service, boolean blueGreen) {
        List<Object> words = new ArrayList<>();
        for (int i = 0; i < (blueGreen ? EcsBlueGreen.WAIT_ROUNDS : 1); i++) {
            if (i > 0) {
                words.add(Shell.OR);
            }
            words.addAll(List.of("aws", "ecs", "wait", "services-stable", "--cluster", cluster, "--services", service));
        }
        return words.toArray();
    }

    /**
     * Minutes the job adds for the blue-green services it rolls out: each one's bake time twice (the deployment, and
     * a rollback's, which is a blue-green deployment too).
     */
    static int baking(Spec s) {
        return EcsRollouts.of(s).stream().filter(n -> EcsBlueGreen.eligible(s, n))
                .mapToInt(n -> 2 * EcsBlueGreen.BAKE_TIME_MINUTES).sum();
    }

    /**
     * The load-balancer API and the service's health path when that API's listener rules (most specific first, as the
     * load balancer matches them) send a GET of the path to this service; null when they send it elsewhere (its health
     * is then the load balancer's own target health checks, which the rolling deployment waited for).
     */
    static String[] healthThroughLoadBalancer(Spec s, String service) {
        String front = ApiRoutes.frontOf(s, service);
        if (front == null) {
            return null;
        }
        String path = s.services().get(service).health().path();
        for (ApiRoutes.Rule rule : ApiRoutes.listenerRules(s.apis().get(front))) {
            if ((rule.method() == null || rule.method().equals("GET")) && matches(rule.path(), path)) {
                return rule.service().equals(service) ? new String[] {front, path} : null;
            }
        }
        return null;
    }

    /** An ALB path pattern ({@code *} any characters, {@code ?} one) against a path. */
    private static boolean matches(String pattern, String path) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : java.util.regex.Pattern.quote(String.valueOf(c)));
        }
        return path.matches(regex.toString());
    }

    /**
     * A zip through the artifact bucket ({@link FunctionArtifacts}, seed 000's way): uploaded under its own key
     * ({@code functions/<fn>/<commit>.zip}), then the function's code updated from it (Lambda reads the object with
     * the role's credentials). The bucket is the GitHub environment's {@value #ARTIFACT_BUCKET_VARIABLE}.
     */
    private static Shell upload(Shell update, String function) {
        return update.raw(Shell.Fragment.ARTIFACT_BUCKET_SET)
                .cmd("aws", "s3", "cp", new Shell.Var("ZIP"), Shell.Join.of("s3://", new Shell.Var("BUCKET"), "/",
                        new Shell.Var("KEY")), "--only-show-errors")
                .cmd("aws", "lambda", "update-function-code", "--function-name", function,
                        "--s3-bucket", new Shell.Var("BUCKET"), "--s3-key", new Shell.Var("KEY"), "--output", "none");
    }

    /** Wait for the update, publish a version, and move the alias to it at once unless its traffic shifts in steps. */
    private static Shell finish(Shell update, String function, TrafficShift shift) {
        update.cmd("aws", "lambda", "wait", "function-updated-v2", "--function-name", function)
                .capture("VERSION", "aws", "lambda", "publish-version", "--function-name", function,
                        "--query", "Version", "--output", "text")
                .output("version", "VERSION");
        if (shift == TrafficShift.ALL_AT_ONCE) {
            update.cmd("aws", "lambda", "update-alias", "--function-name", function, "--name", ALIAS,
                    "--function-version", new Shell.Var("VERSION"), "--output", "none");
        }
        return update;
    }

    /** The function's traffic shift ({@code deployment}, all at once by default). */
    static TrafficShift shift(FunctionSpec f) {
        return f.deployment() == null ? TrafficShift.ALL_AT_ONCE : f.deployment();
    }

    /** A zip the seed 000 way: dependencies vendored into the folder, then zipped whole. */
    private static Shell pack(FunctionSpec f) {
        Shell sh = new Shell();
        ContainerRuntime family = f.runtime() == null ? null : BaseImages.family(f.runtime()).orElse(null);
        if (family == ContainerRuntime.PYTHON) {
            sh.raw(Shell.Fragment.PIP_VENDOR);
        } else if (family == ContainerRuntime.NODE) {
            sh.raw(Shell.Fragment.NPM_PRODUCTION);
        }
        return sh.cmd("zip", "-qr", new Shell.Var("ZIP"), ".");
    }

    /** The alias is active on the new version, and every open GET route of the function answers without auth. */
    private static Step smoke(ResolvedEnv env, String name, String function, int weight) {
        Shell sh = new Shell().cmd("aws", "lambda", "wait", "function-active-v2", "--function-name", function,
                "--qualifier", ALIAS);
        Map<String, String> urls = new java.util.LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, dev.forge.model.ApiSpec> api : new TreeMap<>(env.spec().apis()).entrySet()) {
            if (api.getValue().routes() == null) {
                continue;
            }
            for (Map.Entry<String, RouteSpec> route : new TreeMap<>(api.getValue().routes()).entrySet()) {
                String[] key = route.getKey().trim().split("\\s+", 2);
                RouteSpec to = route.getValue();
                if (key.length == 2 && key[0].equals("GET") && !key[1].contains("{") && Boolean.TRUE.equals(to.open())
                        && to.to().kind() == Kind.FUNCTION && to.to().name().equals(name)) {
                    String var = "URL_" + (++n);
                    sh.cmd("curl", "--fail", "--silent", "--show-error", "--max-time", "10", "--retry", "3",
                            "--retry-all-errors", "--output", "/dev/null", new Shell.Var(var));
                    urls.put(var, "${{ vars." + apiUrlVariable(api.getKey()) + " }}" + key[1]);
                }
            }
        }
        Step step = Step.run(weight == 100 ? "Smoke-test " + name : "Smoke-test " + name + " at " + weight + " %", sh);
        urls.forEach(step::env);
        return step;
    }

    private static String imageUri(ResolvedEnv env, String name, String commit) {
        return "${{ env.REGISTRY }}/" + env.naming().base(name) + ":" + commit;
    }
}
