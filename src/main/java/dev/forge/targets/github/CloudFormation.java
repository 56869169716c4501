package dev.forge.targets.github;

import dev.forge.model.Iac;
import dev.forge.model.Spec;
import dev.forge.resolve.ResolvedEnv;

/**
 * The building blocks of the workflows that deploy the cloudformation target's stacks ({@code infra.yml},
 * {@code drift.yml}): where an environment's files are, its stack, the job that holds the stack's deploy role, and a
 * change set created exactly as that role allows. The role ({@code DeployRole}, output {@code DeployRoleArn}) may create
 * change sets named {@code forge-*} on its own stack only, and only ones CloudFormation runs as
 * {@code DeployCloudFormationRole} (condition {@code cloudformation:RoleArn}; the ARN is the stack's output
 * {@code DeployCloudFormationRoleArn}, which the role may read with {@code DescribeStacks}), upload templates under
 * {@code <DeployArtifactBucket>/<stack>/}, and review, run and drop its change sets. Nothing here needs more.
 */
final class CloudFormation {

    /** The cloudformation target's folder in the output (its name; no code of it is used here). */
    static final String FOLDER = "cloudformation";
    /** The GitHub environment variable holding the stack's deploy role: the stack's output {@code DeployRoleArn}. */
    static final String ROLE_VARIABLE = "AWS_CFN_DEPLOY_ROLE_ARN";
    /** The stack's output naming the service role its change sets run as. */
    static final String SERVICE_ROLE_OUTPUT = "DeployCloudFormationRoleArn";
    /** The template parameter naming the bucket CI uploads templates to. */
    static final String ARTIFACT_BUCKET = "DeployArtifactBucket";

    private CloudFormation() {
    }

    /** Whether {@code ci.iac} asks for the cloudformation target's stacks (default: Terraform only). */
    static boolean selected(Spec s) {
        return s.ci().iac() != null && s.ci().iac().contains(Iac.CLOUDFORMATION);
    }

    /** Whether {@code ci.iac} asks for the terraform-aws target's Terraform (the default). */
    static boolean terraform(Spec s) {
        return s.ci().iac() == null || s.ci().iac().isEmpty() || s.ci().iac().contains(Iac.TERRAFORM);
    }

    /** The environment's stack: the cloudformation target names it {@code <app>-<env>}, the naming prefix. */
    static String stack(ResolvedEnv env) {
        return env.naming().prefix();
    }

    /**
     * A job holding the stack's deploy role: bound to the GitHub environment (the role trusts only
     * {@code repo:OWNER/NAME:environment:ENV}, and its reviewers gate the job), {@code id-token: write} and
     * {@code contents: read} only, the stack's name in {@code STACK} for every script.
     */
    static Job stackJob(String id, String name, int timeout, ResolvedEnv env) {
        return stackJob(id, name, timeout, env, Step.checkout());
    }

    /** {@link #stackJob(String, String, int, ResolvedEnv)} with its own checkout (promote.yml's: the version's commit). */
    static Job stackJob(String id, String name, int timeout, ResolvedEnv env, Step checkout) {
        return new Job(id, name, timeout)
                .environment(env.name())
                .permission("contents", "read")
                .permission("id-token", "write")
                .env("STACK", stack(env))
                .step(checkout)
                .step(Step.uses("Assume the " + env.name() + " stack's deploy role (OIDC)", Actions.CONFIGURE_AWS_CREDENTIALS)
                        .with("role-to-assume", "${{ vars." + ROLE_VARIABLE + " }}")
                        .with("aws-region", env.environment().region()));
    }

    /**
     * Creates the change set {@code forge-<run id>-<attempt>} of the environment's template (packaged: nested stacks'
     * parts uploaded, then the template itself, so a template over 51,200 bytes deploys too) with its committed
     * parameters and tags, as the stack's service role, waits for it and sets {@code changes} (false when there is
     * nothing to change).
     */
    static Shell createChangeSet(ResolvedEnv env) {
        return createChangeSet(env, new Shell.Var("GITHUB_SHA"));
    }

    /**
     * {@link #createChangeSet(ResolvedEnv)} of the template at {@code commit} (a variable holding a full commit SHA): the
     * uploaded template is {@code <stack>/template-<commit>.yaml}, so a promotion never overwrites the key of another
     * commit's template.
     */
    static Shell createChangeSet(ResolvedEnv env, Shell.Var commit) {
        String dir = env.name() + "/";
        Shell.Var bucket = new Shell.Var("BUCKET");
        Shell.Var stack = new Shell.Var("STACK");
        Shell.Var changeSet = new Shell.Var("CHANGE_SET");
        return new Shell()
                .capture("BUCKET", "jq", "-r", ".[] | select(.ParameterKey == \"" + ARTIFACT_BUCKET + "\") | .ParameterValue",
                        dir + "parameters.json")
                .raw(Shell.Fragment.BUCKET_SET)
                .capture("ROLE", "aws", "cloudformation", "describe-stacks", "--stack-name", stack, "--query",
                        "Stacks[0].Outputs[?OutputKey=='" + SERVICE_ROLE_OUTPUT + "'].OutputValue", "--output", "text")
                .cmd("aws", "cloudformation", "package", "--template-file", dir + "template.yaml", "--s3-bucket", bucket,
                        "--s3-prefix", stack, "--output-template-file", "packaged.yaml")
                .cmd("aws", "s3", "cp", "packaged.yaml", Shell.Join.of("s3://", bucket, "/", stack, "/template-",
                        commit, ".yaml"))
                .assign("CHANGE_SET", Shell.Join.of("forge-", new Shell.Var("GITHUB_RUN_ID"), "-",
                        new Shell.Var("GITHUB_RUN_ATTEMPT")))
                .cmd("aws", "cloudformation", "create-change-set", "--stack-name", stack, "--change-set-name", changeSet,
                        "--change-set-type", "UPDATE",
                        "--template-url", Shell.Join.of("https://", bucket, ".s3.", new Shell.Var("AWS_REGION"),
                                ".amazonaws.com/", stack, "/template-", commit, ".yaml"),
                        "--role-arn", new Shell.Var("ROLE"),
                        "--parameters", "file://" + dir + "parameters.json", "--tags", "file://" + dir + "tags.json",
                        "--capabilities", "CAPABILITY_NAMED_IAM")
                // a change set with nothing to change fails the waiter: its status and reason say which it was
                .cmd("aws", "cloudformation", "wait", "change-set-create-complete", "--stack-name", stack,
                        "--change-set-name", changeSet, Shell.OR_ON)
                .capture("CS_STATUS", "aws", "cloudformation", "describe-change-set", "--stack-name", stack,
                        "--change-set-name", changeSet, "--query", "Status", "--output", "text")
                .capture("REASON", "aws", "cloudformation", "describe-change-set", "--stack-name", stack,
                        "--change-set-name", changeSet, "--query", "StatusReason", "--output", "text")
                .raw(Shell.Fragment.CHANGE_SET_RESULT);
    }

    /** The one concurrency group of every change set run on an environment's stack: never two at once. */
    static String executeGroup(ResolvedEnv env) {
        return "cloudformation-deploy-" + env.name();
    }
}
