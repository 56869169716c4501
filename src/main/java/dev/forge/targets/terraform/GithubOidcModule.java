package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.forList;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.strings;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.terraform.TfModule.check;

import dev.forge.emit.hcl.Expr;
import dev.forge.platform.aws.IamActions;
import java.util.List;

/** {@code modules/github_oidc}: GitHub's OIDC provider and a deploy role only the spec's repository can assume. */
final class GithubOidcModule {

    static final String NAME = "github_oidc";
    private static final String ISSUER = dev.forge.platform.aws.GithubOidc.ISSUER;

    private GithubOidcModule() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "GitHub Actions OIDC: the account's OIDC provider for GitHub (created, or read when"
                + " it exists) and a deploy role trusted only for one repository's GitHub environment (an environment whose"
                + " deployments a person approves: only jobs bound to it, so the approval gate cannot be skipped), or also"
                + " its branch (environments without approval), allowed"
                + " exactly to deploy: update function code, publish versions and move aliases, push images to the app's"
                + " ECR repositories, roll out the app's ECS services (register a task definition revision, passing"
                + " only their own task and execution roles to ECS tasks, and update the service), install the app's chart"
                + " in its namespace of the team's EKS cluster (an access entry with AmazonEKSEditPolicy scoped to that"
                + " namespace, and eks:DescribeCluster on that cluster), create, wait for and stop CodeDeploy deployments"
                + " of the given deployment groups (canary and linear functions), read/write the"
                + " environment's Terraform state object and its S3 lock file, and upload the functions' zips to the"
                + " artifact bucket (write and read under functions/, nothing else); with cost_report, a second role"
                + " trusted only for the GitHub environment that may read Cost Explorer's costs and usage, nothing else.");
        m.required("role_name", Types.STRING, "Name of the deploy role.");
        m.required("repository", Types.STRING, "GitHub repository, owner/name.",
                check(call("can", call("regex", str("^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$"), var("repository"))),
                        "repository must be owner/name."));
        m.required("branch", Types.STRING, "Branch whose workflows may deploy.");
        m.required("github_environment", Types.STRING, "GitHub environment whose jobs may deploy.");
        // FORGE-CI-002: where a person approves deployments, only jobs bound to the GitHub environment (which carries
        // the approval gate) may assume the role; trusting the branch as well would let any job on it skip the gate.
        m.optional("require_environment", Types.BOOL, "Trust only jobs bound to the GitHub environment (true for"
                + " environments with approvals); false also trusts any workflow on the branch.", dev.forge.emit.hcl.Hcl.bool(true));
        m.optional("create_provider", Types.BOOL, "Create the OIDC provider (false: it exists in the account already).",
                dev.forge.emit.hcl.Hcl.bool(true));
        m.optional("function_arns", Types.STRINGS, "Functions CI deploys (unqualified ARNs).", list());
        m.optional("repository_arns", Types.STRINGS, "ECR repositories CI pushes to.", list());
        m.optional("ecs_cluster_name", Types.STRING, "ECS cluster of the services CI rolls out.", dev.forge.emit.hcl.Hcl.nul());
        m.optional("ecs_service_names", Types.STRINGS, "ECS services CI rolls out (in ecs_cluster_name).", list());
        m.optional("ecs_task_role_arns", Types.STRINGS, "Task and execution roles of those services, which CI passes to"
                + " ECS tasks in the task definitions it registers.", list());
        m.optional("eks_cluster_name", Types.STRING, "The team's existing EKS cluster CI installs the app's chart on"
                + " (null: none). Its authentication mode must include API access entries.", dev.forge.emit.hcl.Hcl.nul());
        m.optional("eks_namespace", Types.STRING, "The only namespace of eks_cluster_name CI may change (the chart's).",
                dev.forge.emit.hcl.Hcl.nul());
        m.optional("eks_kubernetes_group", Types.STRING, "Kubernetes group the role's access entry puts it in (for the"
                + " team's RoleBindings beyond the access policy, e.g. External Secrets objects).", dev.forge.emit.hcl.Hcl.nul());
        m.optional("artifact_bucket", Types.STRING, "S3 bucket CI uploads the functions' zips to (under "
                + dev.forge.platform.aws.FunctionArtifacts.PREFIX + "; null: no zip function).", dev.forge.emit.hcl.Hcl.nul());
        m.optional("codedeploy_application", Types.STRING, "CodeDeploy application whose deployment groups shift"
                + " functions' traffic (null: none).", dev.forge.emit.hcl.Hcl.nul());
        m.optional("codedeploy_deployment_groups", Types.STRINGS, "Deployment groups of codedeploy_application CI creates"
                + " deployments in (and stops them).", list());
        m.optional("codedeploy_configs", Types.STRINGS, "Deployment configurations those deployments use.", list());
        m.optional("cost_report", Types.BOOL, "Create the cost report role: Cost Explorer's GetCostAndUsage only, trusted"
                + " only for jobs bound to github_environment.", dev.forge.emit.hcl.Hcl.bool(false));
        m.required("state_bucket", Types.STRING, "S3 bucket holding the Terraform state.");
        m.required("state_key", Types.STRING, "Key of this environment's state object.");
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
        m.data("aws_caller_identity", "current", b -> { });
        m.data("aws_partition", "current", b -> { });
        m.data("aws_region", "current", b -> { });
        m.resource("aws_iam_openid_connect_provider", "this", b -> b
                .attr("count", cond(var("create_provider"), num(1), num(0))).blank()
                .attr("url", "https://" + ISSUER)
                .attr("client_id_list", strings(List.of(dev.forge.platform.aws.GithubOidc.AUDIENCE)))
                .attr("tags", var("tags")));
        m.data("aws_iam_openid_connect_provider", "existing", b -> b
                .attr("count", cond(var("create_provider"), num(0), num(1))).blank()
                .attr("url", "https://" + ISSUER));
        Expr account = ref("data.aws_caller_identity.current.account_id");
        Expr partition = ref("data.aws_partition.current.partition");
        m.locals(l -> l
                .attr("provider_arn", call("one", call("concat", ref("aws_iam_openid_connect_provider.this[*].arn"),
                        ref("data.aws_iam_openid_connect_provider.existing[*].arn"))))
                .attr("lambda", forList("arns", list(var("function_arns")), statement("DeployFunctions",
                        IamActions.DEPLOY_LAMBDA, call("concat", ref("arns"), forList("a", ref("arns"), tmpl(ref("a"), ":*")))),
                        op(call("length", ref("arns")), ">", num(0))))
                .attr("ecr", forList("arns", list(var("repository_arns")), statement("PushImages", IamActions.DEPLOY_ECR_PUSH,
                        ref("arns")), op(call("length", ref("arns")), ">", num(0))))
                .attr("ecr_login", forList("arns", list(var("repository_arns")), statement("RegistryLogin",
                        IamActions.DEPLOY_ECR_LOGIN, list(str("*"))), op(call("length", ref("arns")), ">", num(0))))
                .attr("ecs", forList("names", list(var("ecs_service_names")), list(
                        statement("RollOutServices", IamActions.DEPLOY_ECS_SERVICE, forList("n", ref("names"),
                                tmpl("arn:", partition, ":ecs:", ref("data.aws_region.current.region"), ":", account,
                                        ":service/", var("ecs_cluster_name"), "/", ref("n")))),
                        statement("RegisterTaskDefinitions", IamActions.DEPLOY_ECS_TASK_DEFINITION, list(str("*"))),
                        obj().put("Sid", "PassTaskRoles").put("Effect", "Allow")
                                .put("Action", strings(IamActions.DEPLOY_ECS_PASS_ROLE))
                                .put("Resource", var("ecs_task_role_arns"))
                                .put("Condition", obj().put("StringEquals", obj().put("iam:PassedToService",
                                        dev.forge.platform.aws.EcsRollouts.TASKS_SERVICE).build()).build()).build()),
                        op(call("length", ref("names")), ">", num(0))))
                // platform.aws.EksDeploys: update-kubeconfig reads exactly this cluster
                .attr("eks", forList("c", list(var("eks_cluster_name")), statement(dev.forge.platform.aws.EksDeploys.SID,
                        IamActions.DEPLOY_EKS_DESCRIBE, list(tmpl("arn:", partition, ":eks:", ref("data.aws_region.current.region"),
                                ":", account, ":cluster/", ref("c")))), op(ref("c"), "!=", dev.forge.emit.hcl.Hcl.nul())))
                // platform.aws.LambdaDeployments: create, wait for and stop deployments of exactly these groups
                .attr("codedeploy", forList("a", list(var("codedeploy_application")), list(
                        statement(dev.forge.platform.aws.LambdaDeployments.STATEMENT_GROUP,
                                dev.forge.platform.aws.LambdaDeployments.DEPLOY_GROUP_ACTIONS, forList("g",
                                        var("codedeploy_deployment_groups"), tmpl("arn:", partition, ":codedeploy:",
                                                ref("data.aws_region.current.region"), ":", account, ":deploymentgroup:",
                                                ref("a"), "/", ref("g")))),
                        statement(dev.forge.platform.aws.LambdaDeployments.STATEMENT_CONFIG,
                                dev.forge.platform.aws.LambdaDeployments.DEPLOY_CONFIG_ACTIONS, forList("c",
                                        var("codedeploy_configs"), tmpl("arn:", partition, ":codedeploy:",
                                                ref("data.aws_region.current.region"), ":", account, ":deploymentconfig:",
                                                ref("c")))),
                        statement(dev.forge.platform.aws.LambdaDeployments.STATEMENT_APPLICATION,
                                dev.forge.platform.aws.LambdaDeployments.DEPLOY_APPLICATION_ACTIONS, list(tmpl("arn:",
                                        partition, ":codedeploy:", ref("data.aws_region.current.region"), ":", account,
                                        ":application:", ref("a"))))), op(ref("a"), "!=", dev.forge.emit.hcl.Hcl.nul())))
                .attr("code", forList("b", list(var("artifact_bucket")), statement(
                        dev.forge.platform.aws.FunctionArtifacts.STATEMENT, IamActions.DEPLOY_CODE_UPLOAD,
                        list(tmpl("arn:", partition, ":s3:::", ref("b"), "/" + dev.forge.platform.aws.FunctionArtifacts.PREFIX
                                + "*"))), op(ref("b"), "!=", dev.forge.emit.hcl.Hcl.nul())))
                .attr("state", list(
                        statement("StateBucket", IamActions.STATE_BUCKET, list(tmpl("arn:", partition, ":s3:::", var("state_bucket")))),
                        statement("StateObject", IamActions.STATE_OBJECT, list(
                                tmpl("arn:", partition, ":s3:::", var("state_bucket"), "/", var("state_key")))),
                        statement("StateLock", IamActions.STATE_LOCK, list(
                                tmpl("arn:", partition, ":s3:::", var("state_bucket"), "/", var("state_key"), ".tflock"))))));
        m.resource("aws_iam_role", "this", b -> b
                .attr("name", var("role_name"))
                .attr("description", tmpl("GitHub Actions deployments of ", var("repository")))
                .attr("assume_role_policy", trust("TrustGithubRepository", cond(var("require_environment"),
                        list(tmpl("repo:", var("repository"), ":environment:", var("github_environment"))),
                        list(tmpl("repo:", var("repository"), ":ref:refs/heads/", var("branch")),
                                tmpl("repo:", var("repository"), ":environment:", var("github_environment"))))))
                .attr("tags", var("tags")));
        m.resource("aws_iam_role_policy", "this", b -> b
                .attr("name", "deploy")
                .attr("role", ref("aws_iam_role.this.id"))
                .attr("policy", call("jsonencode", obj()
                        .put("Version", "2012-10-17")
                        .put("Statement", call("concat", ref("local.lambda"), ref("local.ecr"), ref("local.ecr_login"),
                                call("flatten", ref("local.ecs")), ref("local.eks"), call("flatten", ref("local.codedeploy")), ref("local.code"), ref("local.state"))).build())));
        // platform.aws.EksDeploys: the role in the cluster, allowed AmazonEKSEditPolicy in the app's namespace only
        m.resource("aws_eks_access_entry", "this", b -> b
                .attr("count", cond(op(var("eks_cluster_name"), "==", dev.forge.emit.hcl.Hcl.nul()), num(0), num(1))).blank()
                .attr("cluster_name", var("eks_cluster_name"))
                .attr("principal_arn", ref("aws_iam_role.this.arn"))
                .attr("type", dev.forge.platform.aws.EksDeploys.ENTRY_TYPE)
                .attr("kubernetes_groups", cond(op(var("eks_kubernetes_group"), "==", dev.forge.emit.hcl.Hcl.nul()), list(),
                        list(var("eks_kubernetes_group"))))
                .attr("tags", var("tags")));
        m.resource("aws_eks_access_policy_association", "this", b -> b
                .attr("count", cond(op(var("eks_cluster_name"), "==", dev.forge.emit.hcl.Hcl.nul()), num(0), num(1))).blank()
                .attr("cluster_name", var("eks_cluster_name"))
                .attr("principal_arn", ref("aws_eks_access_entry.this[0].principal_arn"))
                .attr("policy_arn", tmpl("arn:", partition, ":eks::aws:cluster-access-policy/",
                        dev.forge.platform.aws.EksDeploys.ACCESS_POLICY))
                .block("access_scope", a -> a
                        .attr("type", dev.forge.platform.aws.EksDeploys.SCOPE)
                        .attr("namespaces", list(var("eks_namespace")))));
        // the cost report of ci.schedules (platform.aws.GithubOidc.costReport): the deploy role's trust shape, for the
        // GitHub environment only (its job is always bound to it), and Cost Explorer's one read
        m.resource("aws_iam_role", "cost_report", b -> b
                .attr("count", cond(var("cost_report"), num(1), num(0))).blank()
                .attr("name", tmpl(var("role_name"), "-cost-report"))
                .attr("description", tmpl("GitHub Actions cost reports of ", var("repository")))
                .attr("assume_role_policy", trust("TrustGithubEnvironment", list(tmpl("repo:", var("repository"),
                        ":environment:", var("github_environment")))))
                .attr("tags", var("tags")));
        m.resource("aws_iam_role_policy", "cost_report", b -> b
                .attr("count", cond(var("cost_report"), num(1), num(0))).blank()
                .attr("name", "cost-report")
                .attr("role", ref("aws_iam_role.cost_report[0].id"))
                .attr("policy", call("jsonencode", obj()
                        .put("Version", "2012-10-17")
                        .put("Statement", list(statement("ReadCosts", IamActions.COST_REPORT, list(str("*"))))).build())));
        m.output("role_arn", "ARN of the deploy role (the workflow's role-to-assume).", ref("aws_iam_role.this.arn"));
        m.output("role_name", "Name of the deploy role.", ref("aws_iam_role.this.name"));
        m.output("cost_report_role_arn", "ARN of the cost report role (null unless cost_report).",
                call("one", ref("aws_iam_role.cost_report[*].arn")));
        m.output("provider_arn", "ARN of GitHub's OIDC provider in the account.", ref("local.provider_arn"));
        return m;
    }

    private static Expr statement(String sid, List<String> actions, Expr resources) {
        return obj().put("Sid", sid).put("Effect", "Allow").put("Action", strings(actions)).put("Resource", resources).build();
    }

    /**
     * A role's trust of GitHub's OIDC provider (this module's {@code local.provider_arn}): the audience AND one of
     * {@code subjects} in one StringEquals, as both roles of this module need it.
     */
    private static dev.forge.emit.hcl.Expr trust(String sid, dev.forge.emit.hcl.Expr subjects) {
        return call("jsonencode", obj()
                .put("Version", "2012-10-17")
                .put("Statement", list(obj()
                        .put("Sid", sid)
                        .put("Effect", "Allow")
                        .put("Principal", obj().put("Federated", ref("local.provider_arn")).build())
                        .put("Action", "sts:AssumeRoleWithWebIdentity")
                        .put("Condition", obj()
                                .put("StringEquals", obj()
                                        .put(ISSUER + ":aud", dev.forge.platform.aws.GithubOidc.AUDIENCE)
                                        .put(ISSUER + ":sub", subjects)
                                        .build()).build()).build())).build());
    }
}
