package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Iac;
import dev.forge.model.Spec;
import dev.forge.platform.aws.FunctionArtifacts;
import dev.forge.platform.aws.GithubOidc;
import dev.forge.platform.aws.IamActions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GitHub Actions deploying this stack ({@code ci:} with {@code oidc}), with two roles, the pattern of CDK's bootstrap
 * (a deploy role and a CloudFormation execution role), narrower:
 * <ul>
 *   <li>{@code DeployRole}, assumed through GitHub's OIDC provider ({@code GithubOidcProvider}, created by the first
 *       environment of each account, {@link GithubOidc#createsProvider}) by the spec's repository only, its GitHub
 *       environment of this name (and its branch only where no person approves: {@link GithubOidc#subjects}), the
 *       audience AND the subject. It holds no right on the stack's resources: it may create change sets on this stack
 *       only, and only as the service role below (the condition {@code cloudformation:RoleArn}), pass that role to
 *       CloudFormation, review, run and drop its change sets, push images to this stack's repositories, upload
 *       functions' zips to {@code CodeBucket} and templates to {@code DeployArtifactBucket}, and roll out the
 *       services CI deploys ({@link dev.forge.platform.aws.EcsRollouts}: a task definition revision, passing only their
 *       own task and execution roles to ECS tasks, and the service update).</li>
 *   <li>{@code DeployCloudFormationRole}, the role CloudFormation assumes to change the resources: AWS's
 *       {@code PowerUserAccess} (every service but IAM, Organizations and the account: the stack holds some forty
 *       resource types whose handlers' permissions AWS changes), and IAM only on the stack's own roles, by name (not
 *       on itself or the deploy role, so a change set cannot widen either), attaching only the AWS-managed policies
 *       the stack uses, passing them only, and managing only GitHub's OIDC provider.</li>
 * </ul>
 * Consequence: a change to the set of roles, repositories or managed policies also changes these two roles, which
 * only an administrator deploys (the README says so).
 */
final class DeployPart implements Part {

    static final String ROLE = "DeployRole";
    static final String SERVICE_ROLE = "DeployCloudFormationRole";
    static final String PROVIDER = "GithubOidcProvider";
    static final String CREATE_PROVIDER = "CreateGithubOidcProvider";
    static final String ARTIFACTS = "DeployArtifactBucket";
    static final String CREATES_PROVIDER = "CreatesGithubOidcProvider";
    /** The deploy role's EKS access entry on the environment's cluster (platform.aws.EksDeploys). */
    static final String EKS_ACCESS = "DeployRoleEksAccess";
    /** The cost report role of {@code ci.schedules} (output {@code CostReportRoleArn}). */
    static final String COST_REPORT_ROLE = "CostReportRole";
    /** The output naming the functions' artifact bucket ({@code CodeBucket}). */
    static final String ARTIFACT_BUCKET_OUTPUT = "FunctionArtifactBucket";
    /** CI's drift detection of the stack (github-actions drift.yml with {@code ci.iac: [cloudformation]}). */
    static final List<String> DETECT_DRIFT = List.of("cloudformation:DescribeStackResourceDrifts",
            "cloudformation:DetectStackDrift", "cloudformation:DetectStackResourceDrift");
    /** Reading a drift detection's status: the action has no resource type, so {@code *}. */
    static final List<String> DRIFT_STATUS = List.of("cloudformation:DescribeStackDriftDetectionStatus");
    /**
     * What AWS's ReadOnlyAccess lets a caller read that is the app's data, not its configuration: objects, items,
     * messages, records and log events. Drift detection compares configuration only, so the deploy role is denied
     * these (but its own templates, which CloudFormation fetches with the caller's credentials).
     */
    static final List<String> DATA_READS = List.of("dynamodb:BatchGetItem", "dynamodb:GetItem",
            "dynamodb:PartiQLSelect", "dynamodb:Query", "dynamodb:Scan", "kinesis:GetRecords", "logs:FilterLogEvents",
            "logs:GetLogEvents", "logs:GetLogRecord", "logs:GetQueryResults", "logs:StartLiveTail", "logs:StartQuery",
            "s3:GetObject", "s3:GetObjectAttributes", "s3:GetObjectVersion", "s3:GetObjectVersionAttributes",
            "sqs:ReceiveMessage");

    @Override
    public void build(Stack stack) {
        Spec s = stack.env().spec();
        if (!GithubOidc.enabled(s)) {
            return;
        }
        Template t = stack.template();
        t.parameter(CREATE_PROVIDER, YamlMap.of("Type", "String", "AllowedValues", YamlList.of("true", "false"),
                "Default", String.valueOf(GithubOidc.createsProvider(stack.spec(), stack.env())),
                "Description", "Create GitHub's OIDC provider (one per account: false when the account has one, e.g."
                        + " made by another environment's stack)"));
        t.parameter(ARTIFACTS, YamlMap.of("Type", "String", "MinLength", 3, "Description", "S3 bucket (in the stack's"
                + " region) CI uploads this stack's templates to (CloudFormation reads a template over 51,200 bytes"
                + " from S3) under <stack name>/"));
        t.condition(CREATES_PROVIDER, Fn.equalsTo(Fn.ref(CREATE_PROVIDER), "true"));
        // kept when the stack goes: other environments in the account trust it too
        t.add(PROVIDER, "AWS::IAM::OIDCProvider", YamlMap.of("Url", "https://" + GithubOidc.ISSUER,
                "ClientIdList", YamlList.of(GithubOidc.AUDIENCE))).condition(CREATES_PROVIDER).keep(Resource.Policy.Retain);
        String base = stack.env().naming().base("deploy");
        List<String[]> stackRoles = new ArrayList<>();
        Set<Object> managed = new LinkedHashSet<>();
        t.resources().forEach((id, r) -> {
            if (r.type().equals("AWS::IAM::Role")) {
                stackRoles.add(new String[] {id, r.properties().get("RoleName") instanceof String n ? n : null});
                if (r.properties().get("ManagedPolicyArns") instanceof YamlList l) {
                    managed.addAll(l.items());
                }
            }
        });
        serviceRole(stack, EcsTasks.fit(base, 49) + "-cloudformation", stackRoles, managed);
        deployRole(stack, base);
        t.output(ROLE + "Arn", "Role GitHub Actions assumes to deploy (role-to-assume)", Fn.getAtt(ROLE, "Arn"), null);
        t.output(SERVICE_ROLE + "Arn", "Role CloudFormation assumes for CI's change sets (--role-arn)",
                Fn.getAtt(SERVICE_ROLE, "Arn"), null);
        if (t.has(FunctionsPart.CODE_BUCKET)) {
            t.output(ARTIFACT_BUCKET_OUTPUT, "S3 bucket CI uploads the functions' zips to, under "
                    + FunctionArtifacts.PREFIX + " (the GitHub environment's FUNCTION_ARTIFACT_BUCKET)",
                    Fn.ref(FunctionsPart.CODE_BUCKET), null);
        }
        if (GithubOidc.costReport(s)) {
            costReportRole(stack, EcsTasks.fit(base, 52) + "-cost-report");
            t.output(COST_REPORT_ROLE + "Arn", "Role GitHub Actions' scheduled cost report assumes (the GitHub"
                    + " environment's AWS_COST_REPORT_ROLE_ARN)", Fn.getAtt(COST_REPORT_ROLE, "Arn"), null);
        }
    }

    /**
     * The cost report role of {@code ci.schedules} ({@link GithubOidc#costReport}): the deploy role's trust shape (the
     * audience AND the subject) for exactly this GitHub environment, and Cost Explorer's one read, on "*" (its only
     * resource).
     */
    private static void costReportRole(Stack stack, String name) {
        Spec s = stack.env().spec();
        YamlMap trust = YamlMap.of("Version", "2012-10-17", "Statement", YamlList.of(YamlMap.of(
                "Sid", "TrustGithubEnvironment", "Effect", "Allow", "Principal", YamlMap.of("Federated", provider()),
                "Action", "sts:AssumeRoleWithWebIdentity",
                "Condition", YamlMap.of("StringEquals", YamlMap.of(GithubOidc.ISSUER + ":aud", GithubOidc.AUDIENCE,
                        GithubOidc.ISSUER + ":sub", YamlList.copyOf(GithubOidc.costReportSubjects(s.ci().github().repo(),
                                stack.env().name())))))));
        stack.template().add(COST_REPORT_ROLE, "AWS::IAM::Role", YamlMap.of("RoleName", name,
                "Description", "GitHub Actions cost reports of " + s.ci().github().repo() + " for " + stack.env().name(),
                "AssumeRolePolicyDocument", trust,
                "Policies", YamlList.of(YamlMap.of("PolicyName", "cost-report", "PolicyDocument",
                        YamlMap.of("Version", "2012-10-17", "Statement", YamlList.of(
                                statement("ReadCosts", IamActions.COST_REPORT, YamlList.of("*"), null)))))));
    }

    /** GitHub's OIDC provider: this stack's, or the account's (created by another environment's stack). */
    private static Object provider() {
        return Fn.ifThen(CREATES_PROVIDER, Fn.ref(PROVIDER), Fn.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}"
                + ":oidc-provider/" + GithubOidc.ISSUER));
    }

    private static void serviceRole(Stack stack, String name, List<String[]> stackRoles, Set<Object> managed) {
        YamlList roles = new YamlList();
        stackRoles.forEach(r -> roles.add(roleArn(r)));
        List<YamlMap> statements = new ArrayList<>();
        if (!roles.isEmpty()) {
            statements.add(statement("ManageStackRoles", without(IamActions.CFN_MANAGE_ROLES, "iam:AttachRolePolicy",
                    "iam:DetachRolePolicy"), roles.copy(), null));
            statements.add(statement("PassStackRoles", IamActions.PASS_ROLE, roles.copy(), null));
        }
        if (!roles.isEmpty() && !managed.isEmpty()) {
            // only the AWS-managed policies the template attaches (never, say, AdministratorAccess)
            statements.add(statement("AttachStackPolicies", List.of("iam:AttachRolePolicy", "iam:DetachRolePolicy"),
                    roles.copy(), YamlMap.of("ArnEquals", YamlMap.of("iam:PolicyARN", YamlList.copyOf(managed)))));
        }
        statements.add(statement("ManageGithubOidcProvider", IamActions.CFN_MANAGE_OIDC_PROVIDER, YamlList.of(Fn.sub(
                "arn:${AWS::Partition}:iam::${AWS::AccountId}:oidc-provider/" + GithubOidc.ISSUER)), null));
        YamlMap trust = IamRender.serviceTrust("TrustCloudFormation", "cloudformation.amazonaws.com");
        stack.template().add(SERVICE_ROLE, "AWS::IAM::Role", YamlMap.of("RoleName", name,
                "Description", "CloudFormation changing the resources of stack " + stack.env().naming().prefix()
                        + " for CI's change sets",
                "AssumeRolePolicyDocument", trust,
                "ManagedPolicyArns", YamlList.of(Fn.sub("arn:${AWS::Partition}:iam::aws:policy/PowerUserAccess")),
                "Policies", YamlList.of(YamlMap.of("PolicyName", "stack-iam", "PolicyDocument",
                        YamlMap.of("Version", "2012-10-17", "Statement", YamlList.copyOf(statements))))));
    }

    private static void deployRole(Stack stack, String name) {
        Template t = stack.template();
        Spec s = stack.env().spec();
        YamlList subjects = YamlList.copyOf(GithubOidc.subjects(s.ci().github().repo(), s.ci().github().branch(),
                stack.env().name(), GithubOidc.onlyEnvironment(s, stack.env().name(), stack.env().environment().approval())));
        Object provider = provider();
        // the token's audience AND its subject (one of the list): one StringEquals block, never two statements
        YamlMap trust = YamlMap.of("Version", "2012-10-17", "Statement", YamlList.of(YamlMap.of(
                "Sid", "TrustGithubRepository", "Effect", "Allow", "Principal", YamlMap.of("Federated", provider),
                "Action", "sts:AssumeRoleWithWebIdentity",
                "Condition", YamlMap.of("StringEquals", YamlMap.of(GithubOidc.ISSUER + ":aud", GithubOidc.AUDIENCE,
                        GithubOidc.ISSUER + ":sub", subjects)))));
        Object stackArn = Fn.sub("arn:${AWS::Partition}:cloudformation:${AWS::Region}:${AWS::AccountId}:stack/${AWS::StackName}/*");
        List<YamlMap> statements = new ArrayList<>();
        statements.add(statement("CreateChangeSets", IamActions.DEPLOY_CHANGE_SET_CREATE, YamlList.of(stackArn),
                YamlMap.of("ArnEquals", YamlMap.of("cloudformation:RoleArn", Fn.getAtt(SERVICE_ROLE, "Arn")))));
        statements.add(statement("RunChangeSets", IamActions.DEPLOY_CHANGE_SETS, YamlList.of(stackArn, Fn.sub(
                "arn:${AWS::Partition}:cloudformation:${AWS::Region}:${AWS::AccountId}:changeSet/forge-*/*")), null));
        statements.add(statement("PassServiceRole", IamActions.PASS_ROLE, YamlList.of(Fn.getAtt(SERVICE_ROLE, "Arn")),
                YamlMap.of("StringEquals", YamlMap.of("iam:PassedToService", "cloudformation.amazonaws.com"))));
        statements.add(statement("UploadTemplates", IamActions.DEPLOY_TEMPLATE_UPLOAD, YamlList.of(Fn.sub(
                "arn:${AWS::Partition}:s3:::${" + ARTIFACTS + "}/${AWS::StackName}/*")), null));
        YamlList repositories = new YamlList();
        t.resources().forEach((id, r) -> {
            if (r.type().equals("AWS::ECR::Repository")) {
                repositories.add(Fn.getAtt(id, "Arn"));
            }
        });
        if (!repositories.isEmpty()) {
            statements.add(statement("PushImages", IamActions.DEPLOY_ECR_PUSH, repositories, null));
            statements.add(statement("RegistryLogin", IamActions.DEPLOY_ECR_LOGIN, YamlList.of("*"), null));
        }
        List<String> rolled = dev.forge.platform.aws.EcsRollouts.of(s);
        if (!rolled.isEmpty()) {
            // the shared decision (platform.aws.EcsRollouts): the same three statements as terraform-aws's github_oidc
            YamlList services = new YamlList();
            YamlList roles = new YamlList();
            for (String n : rolled) {
                String id = Stack.logicalId(new dev.forge.model.Ref(dev.forge.model.Kind.SERVICE, n));
                services.add(Fn.ref(id));
                roles.add(Fn.getAtt(id + "TaskRole", "Arn"));
                roles.add(Fn.getAtt(id + "ExecutionRole", "Arn"));
            }
            statements.add(statement("RollOutServices", IamActions.DEPLOY_ECS_SERVICE, services, null));
            statements.add(statement("RegisterTaskDefinitions", IamActions.DEPLOY_ECS_TASK_DEFINITION, YamlList.of("*"), null));
            statements.add(statement("PassTaskRoles", IamActions.DEPLOY_ECS_PASS_ROLE, roles, YamlMap.of("StringEquals",
                    YamlMap.of("iam:PassedToService", dev.forge.platform.aws.EcsRollouts.TASKS_SERVICE))));
        }
        dev.forge.platform.aws.EksDeploys.Target eks = dev.forge.platform.aws.EksDeploys.of(stack.env());
        if (eks != null) {
            // platform.aws.EksDeploys: update-kubeconfig reads exactly this cluster
            statements.add(statement(dev.forge.platform.aws.EksDeploys.SID, IamActions.DEPLOY_EKS_DESCRIBE, YamlList.of(
                    Fn.sub("arn:${AWS::Partition}:eks:${AWS::Region}:${AWS::AccountId}:cluster/" + eks.cluster())), null));
        }
        List<String> shifted = dev.forge.platform.aws.LambdaDeployments.of(s);
        if (!shifted.isEmpty()) {
            // platform.aws.LambdaDeployments: create, wait for and stop deployments of exactly these groups, as
            // terraform-aws's github_oidc
            String app = dev.forge.platform.aws.LambdaDeployments.application(stack.env());
            String arn = "arn:${AWS::Partition}:codedeploy:${AWS::Region}:${AWS::AccountId}:";
            YamlList groups = new YamlList();
            java.util.TreeSet<String> configs = new java.util.TreeSet<>();
            for (String n : shifted) {
                groups.add(Fn.sub(arn + "deploymentgroup:" + app + "/" + dev.forge.platform.aws.LambdaDeployments.group(stack.env(), n)));
                configs.add(dev.forge.platform.aws.LambdaDeployments.config(s.functions().get(n).deployment()));
            }
            YamlList configArns = new YamlList();
            configs.forEach(c -> configArns.add(Fn.sub(arn + "deploymentconfig:" + c)));
            statements.add(statement(dev.forge.platform.aws.LambdaDeployments.STATEMENT_GROUP,
                    dev.forge.platform.aws.LambdaDeployments.DEPLOY_GROUP_ACTIONS, groups, null));
            statements.add(statement(dev.forge.platform.aws.LambdaDeployments.STATEMENT_CONFIG,
                    dev.forge.platform.aws.LambdaDeployments.DEPLOY_CONFIG_ACTIONS, configArns, null));
            statements.add(statement(dev.forge.platform.aws.LambdaDeployments.STATEMENT_APPLICATION,
                    dev.forge.platform.aws.LambdaDeployments.DEPLOY_APPLICATION_ACTIONS, YamlList.of(Fn.sub(arn + "application:"
                            + app)), null));
        }
        if (t.has(FunctionsPart.CODE_BUCKET)) {
            // the shared decision (platform.aws.FunctionArtifacts): terraform-aws's github_oidc holds the same statement
            statements.add(statement(FunctionArtifacts.STATEMENT, IamActions.DEPLOY_CODE_UPLOAD, YamlList.of(Fn.sub(
                    "arn:${AWS::Partition}:s3:::${" + FunctionsPart.CODE_BUCKET + "}/" + FunctionArtifacts.PREFIX + "*")), null));
        }
        boolean drift = s.ci().iac() != null && s.ci().iac().contains(Iac.CLOUDFORMATION);
        if (drift) {
            // CI's drift detection of this stack (ci.iac: cloudformation): start it and read its result, on this stack
            // only; the detection's status has no resource-level permission
            statements.add(statement("DetectStackDrift", DETECT_DRIFT, YamlList.of(stackArn), null));
            statements.add(statement("ReadDriftDetection", DRIFT_STATUS, YamlList.of("*"), null));
            // ReadOnlyAccess (below) would also read the app's data: a deny wins over it, for every resource but the
            // templates this role uploads and the functions' zips (Lambda reads them with this role's credentials)
            YamlList own = YamlList.of(Fn.sub("arn:${AWS::Partition}:s3:::${" + ARTIFACTS + "}/${AWS::StackName}/*"));
            if (t.has(FunctionsPart.CODE_BUCKET)) {
                own.add(Fn.sub("arn:${AWS::Partition}:s3:::${" + FunctionsPart.CODE_BUCKET + "}/" + FunctionArtifacts.PREFIX + "*"));
            }
            statements.add(YamlMap.of("Sid", "DenyDataReads", "Effect", "Deny", "Action", YamlList.copyOf(DATA_READS),
                    "NotResource", own));
        }
        YamlMap role = YamlMap.of("RoleName", name,
                "Description", "GitHub Actions deployments of " + s.ci().github().repo() + " to " + stack.env().name(),
                "AssumeRolePolicyDocument", trust);
        if (drift) {
            // CloudFormation reads each resource for drift with the caller's credentials: AWS's read-only policy, its
            // data reads denied above (DenyDataReads)
            role.put("ManagedPolicyArns", YamlList.of(Fn.sub("arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess")));
        }
        role.put("Policies", YamlList.of(YamlMap.of("PolicyName", "deploy", "PolicyDocument",
                YamlMap.of("Version", "2012-10-17", "Statement", YamlList.copyOf(statements)))));
        t.add(ROLE, "AWS::IAM::Role", role);
        if (eks != null) {
            // platform.aws.EksDeploys: the role in the cluster, allowed AmazonEKSEditPolicy in the app's namespace only
            t.add(EKS_ACCESS, "AWS::EKS::AccessEntry", YamlMap.of("ClusterName", eks.cluster(),
                    "PrincipalArn", Fn.getAtt(ROLE, "Arn"),
                    "Type", dev.forge.platform.aws.EksDeploys.ENTRY_TYPE,
                    "KubernetesGroups", YamlList.of(eks.group()),
                    "AccessPolicies", YamlList.of(YamlMap.of(
                            "PolicyArn", Fn.sub("arn:${AWS::Partition}:eks::aws:cluster-access-policy/"
                                    + dev.forge.platform.aws.EksDeploys.ACCESS_POLICY),
                            "AccessScope", YamlMap.of("Type", dev.forge.platform.aws.EksDeploys.SCOPE,
                                    "Namespaces", YamlList.of(eks.namespace()))))));
        }
    }

    private static Object roleArn(String[] role) {
        return role[1] == null ? Fn.getAtt(role[0], "Arn")
                : Fn.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/" + role[1]);
    }

    private static YamlMap statement(String sid, List<String> actions, YamlList resources, YamlMap condition) {
        YamlMap m = YamlMap.of("Sid", sid, "Effect", "Allow", "Action", YamlList.copyOf(actions), "Resource", resources);
        if (condition != null) {
            m.put("Condition", condition);
        }
        return m;
    }

    private static List<String> without(List<String> actions, String... dropped) {
        List<String> out = new ArrayList<>(actions);
        out.removeAll(List.of(dropped));
        return out;
    }

}
