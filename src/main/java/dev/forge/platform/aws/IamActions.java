package dev.forge.platform.aws;

import java.util.List;

/**
 * What each access level means in IAM actions, in one place (like the CDK's {@code perms.ts}), exact rather
 * than convenient. Every deliberate exclusion is commented. docs/targets/terraform-aws.md prints this table.
 * Shared by every AWS target: {@link IamPolicies} picks from these lists, terraform-aws and cloudformation render
 * what it picks ("owned by Terraform" below means owned by the infrastructure target, whichever renders it).
 */
public final class IamActions {

    private IamActions() {
    }

    /**
     * DynamoDB read. Excludes dynamodb:GetRecords/GetShardIterator/DescribeStream (stream consumers get
     * those from an event source mapping, not from {@code uses:}) and PartiQL (dynamodb:PartiQLSelect) which
     * the SDK paths above cover.
     */
    public static final List<String> TABLE_READ = List.of("dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem",
            "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan");

    /**
     * DynamoDB write. Excludes DeleteTable/UpdateTable (infrastructure, owned by Terraform) and
     * dynamodb:DescribeTable (in read: a writer without read has no need of it).
     */
    public static final List<String> TABLE_WRITE = List.of("dynamodb:BatchWriteItem", "dynamodb:DeleteItem",
            "dynamodb:PutItem", "dynamodb:UpdateItem");

    /** S3 read of objects (on bucket/*). Excludes s3:GetObjectAcl (ownership is bucket-owner-enforced: ACLs are off). */
    public static final List<String> BUCKET_READ_OBJECTS = List.of("s3:GetObject", "s3:GetObjectVersion");

    /** S3 read on the bucket itself: listing keys. */
    public static final List<String> BUCKET_READ_BUCKET = List.of("s3:ListBucket");

    /**
     * S3 write of objects (on bucket/*). Deliberately NOT s3:DeleteObject / s3:DeleteObjectVersion (unlike
     * the CDK's grantWrite, aws-cdk#24074): writing never needs deleting, and with versioning a delete marker
     * hides data. s3:PutObjectAcl is excluded (ACLs are disabled). s3:AbortMultipartUpload lets the SDK clean
     * up a failed large upload.
     */
    public static final List<String> BUCKET_WRITE_OBJECTS = List.of("s3:AbortMultipartUpload", "s3:PutObject");

    /** SQS publish. */
    public static final List<String> QUEUE_PUBLISH = List.of("sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage");

    /** SQS consume. Excludes sqs:PurgeQueue (drops every message: an operator's action, not a consumer's). */
    public static final List<String> QUEUE_CONSUME = List.of("sqs:ChangeMessageVisibility", "sqs:DeleteMessage",
            "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage");

    /**
     * What Lambda's poller does with a queue that triggers the function, on the function's role: receive, delete,
     * read attributes, and change visibility (partial batch failures). Not GetQueueUrl: the function is handed its
     * messages and never looks the queue up (a `uses: queue:x (consume)` entry grants that, for code that polls).
     */
    public static final List<String> QUEUE_TRIGGER = List.of("sqs:ChangeMessageVisibility", "sqs:DeleteMessage",
            "sqs:GetQueueAttributes", "sqs:ReceiveMessage");

    /**
     * A table's change stream, for a {@code table:} trigger only (on the stream ARN, never the table): what Lambda's
     * event source mapping calls with the function's role. Excludes every table action (reading the stream is not
     * reading the table: a function that also reads items says so with {@code uses:}).
     */
    public static final List<String> TABLE_STREAM = List.of("dynamodb:DescribeStream", "dynamodb:GetRecords",
            "dynamodb:GetShardIterator", "dynamodb:ListStreams");

    /** SNS publish. Excludes sns:Subscribe and topic attribute changes (infrastructure, owned by Terraform). */
    public static final List<String> TOPIC_PUBLISH = List.of("sns:Publish");

    /** SSM parameter read. Excludes ssm:GetParametersByPath (reads a whole tree; the function knows its one name). */
    public static final List<String> PARAMETER_READ = List.of("ssm:GetParameter", "ssm:GetParameters");

    /** Secrets Manager read. Excludes secretsmanager:ListSecrets (account-wide, resource "*"). */
    public static final List<String> SECRET_READ = List.of("secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue");

    /**
     * IAM authentication to an RDS database, as one database user (rds-db:connect on dbuser:RESOURCE_ID/USER).
     * Excludes every rds:* management action (infrastructure, owned by Terraform).
     */
    public static final List<String> DATABASE_IAM_CONNECT = List.of("rds-db:connect");

    /**
     * IAM authentication to an ElastiCache replication group as its IAM-enabled user (on both the group's and the
     * user's ARN). Excludes every elasticache:* management action.
     */
    public static final List<String> CACHE_CONNECT = List.of("elasticache:Connect");

    /** Bedrock model invocation (streaming included). Excludes bedrock:* management and agent actions. */
    public static final List<String> MODEL_INVOKE = List.of("bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream");

    /** Invoking another function (on its alias live, never $LATEST or the unqualified ARN). */
    public static final List<String> FUNCTION_INVOKE = List.of("lambda:InvokeFunction");

    /** KMS, for customer-managed keys only, narrowed by kms:ViaService to the service that holds the data. */
    public static final List<String> KMS_DECRYPT = List.of("kms:Decrypt");
    public static final List<String> KMS_ENCRYPT = List.of("kms:GenerateDataKey");

    /**
     * Logs of the function's own log group. Excludes logs:CreateLogGroup: the group is created by Terraform
     * with its retention, so the function must not create one without retention.
     */
    public static final List<String> LOGS = List.of("logs:CreateLogStream", "logs:PutLogEvents");

    /** X-Ray segments. AWS offers no resource-level permission: resource "*". */
    public static final List<String> XRAY = List.of("xray:PutTelemetryRecords", "xray:PutTraceSegments");

    /** The function's own dead-letter queue. */
    public static final List<String> DLQ_SEND = List.of("sqs:SendMessage");

    /**
     * Network interfaces of a VPC function. ec2:Describe* actions support no resource-level permission:
     * resource "*" (the same as AWS's AWSLambdaVPCAccessExecutionRole).
     */
    public static final List<String> VPC_DESCRIBE = List.of("ec2:DescribeNetworkInterfaces", "ec2:DescribeSubnets");
    public static final List<String> VPC_MANAGE = List.of("ec2:AssignPrivateIpAddresses", "ec2:CreateNetworkInterface",
            "ec2:DeleteNetworkInterface", "ec2:UnassignPrivateIpAddresses");

    /** CI: deploying new code to a function and moving its alias. */
    public static final List<String> DEPLOY_LAMBDA = List.of("lambda:GetAlias", "lambda:GetFunction",
            "lambda:GetFunctionConfiguration", "lambda:PublishVersion", "lambda:UpdateAlias", "lambda:UpdateFunctionCode");

    /**
     * CI: pushing images, exactly. Deliberately not ecr:SetRepositoryPolicy / GetRepositoryPolicy: the ecr module's
     * repository policy already lets Lambda pull, and a deployer that may rewrite repository policies could open
     * the images to anyone.
     */
    public static final List<String> DEPLOY_ECR_PUSH = List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage",
            "ecr:CompleteLayerUpload", "ecr:GetDownloadUrlForLayer", "ecr:InitiateLayerUpload", "ecr:PutImage",
            "ecr:UploadLayerPart");

    /** CI: registry login. AWS offers no resource-level permission: resource "*". */
    public static final List<String> DEPLOY_ECR_LOGIN = List.of("ecr:GetAuthorizationToken");

    /**
     * CI rolling out an ECS service ({@link EcsRollouts}): reading it (also what {@code aws ecs wait services-stable}
     * polls) and pointing it at a new task definition revision, on the service's ARN only.
     */
    public static final List<String> DEPLOY_ECS_SERVICE = List.of("ecs:DescribeServices", "ecs:UpdateService");

    /**
     * CI registering a revision of a service's task definition with the new image. ECS offers no resource-level
     * permission for either action (AWS's own deploy-task-definition action asks for them on "*"): resource "*".
     * Deliberately not ecs:DeregisterTaskDefinition (older revisions are the way back) nor ecs:TagResource (the
     * revision is registered without tags).
     */
    public static final List<String> DEPLOY_ECS_TASK_DEFINITION = List.of("ecs:DescribeTaskDefinition",
            "ecs:RegisterTaskDefinition");

    /**
     * CI handing a registered task definition its task and execution roles: iam:PassRole on exactly those two roles of
     * each rolled-out service, and only to ECS tasks (condition iam:PassedToService {@link EcsRollouts#TASKS_SERVICE}).
     */
    public static final List<String> DEPLOY_ECS_PASS_ROLE = List.of("iam:PassRole");

    /**
     * CI installing the chart on the environment's EKS cluster ({@link EksDeploys}): {@code aws eks update-kubeconfig}
     * reads the cluster's endpoint and certificate, on that cluster's ARN only. Everything inside the cluster is the
     * EKS access entry's, not IAM's.
     */
    public static final List<String> DEPLOY_EKS_DESCRIBE = List.of("eks:DescribeCluster");

    /**
     * CI shifting a canary or linear function's alias through CodeDeploy ({@link LambdaDeployments}): creating a
     * deployment, waiting for it ({@code aws deploy wait deployment-successful} polls GetDeployment) and stopping it
     * with rollback when the job fails; CodeDeploy authorizes the three on the deployment group's ARN only.
     */
    public static final List<String> DEPLOY_CODEDEPLOY_GROUP = List.of("codedeploy:CreateDeployment",
            "codedeploy:GetDeployment", "codedeploy:StopDeployment");

    /** CI's deployment reading its predefined configuration, on that configuration's ARN. */
    public static final List<String> DEPLOY_CODEDEPLOY_CONFIG = List.of("codedeploy:GetDeploymentConfig");

    /**
     * CI's deployment with an inline AppSpec registering that revision in the application, and reading it, on the
     * application's ARN. Deliberately not codedeploy:CreateDeploymentGroup/UpdateDeploymentGroup (the IaC targets own
     * the groups, their configuration and alarms) nor codedeploy:ContinueDeployment (no traffic hooks wait for it).
     */
    public static final List<String> DEPLOY_CODEDEPLOY_APPLICATION = List.of("codedeploy:GetApplicationRevision",
            "codedeploy:RegisterApplicationRevision");

    /**
     * CI deploying a CloudFormation stack: creating a change set (on the stack, and only as the stack's CloudFormation
     * service role, by the condition cloudformation:RoleArn). Deliberately not CreateStack/UpdateStack/DeleteStack:
     * every change is a change set, reviewed before it runs.
     */
    public static final List<String> DEPLOY_CHANGE_SET_CREATE = List.of("cloudformation:CreateChangeSet");

    /** CI: waiting for, reviewing, running and dropping its change sets, and reading the stack's state and outputs. */
    public static final List<String> DEPLOY_CHANGE_SETS = List.of("cloudformation:DeleteChangeSet",
            "cloudformation:DescribeChangeSet", "cloudformation:DescribeStackEvents", "cloudformation:DescribeStacks",
            "cloudformation:ExecuteChangeSet", "cloudformation:GetTemplate", "cloudformation:ListChangeSets");

    /** CI: uploading a template (over CloudFormation's 51,200 bytes inline) and reading it back, as CloudFormation does. */
    public static final List<String> DEPLOY_TEMPLATE_UPLOAD = List.of("s3:GetObject", "s3:PutObject");

    /**
     * CI: uploading functions' zips ({@code aws s3 cp}: s3:PutObject, which also authorizes the multipart upload of a
     * zip over 8 MB) and updating the function from them: Lambda reads the object with the caller's credentials, so
     * {@code update-function-code --s3-bucket --s3-key} needs s3:GetObject on it too. On {@link FunctionArtifacts#PREFIX}
     * only. Deliberately not s3:DeleteObject (the lifecycle rule expires builds) nor s3:ListBucket (the keys are known)
     * nor s3:AbortMultipartUpload (the lifecycle rule aborts an interrupted upload).
     */
    public static final List<String> DEPLOY_CODE_UPLOAD = List.of("s3:GetObject", "s3:PutObject");

    /**
     * CI's scheduled cost report ({@code ci.schedules} kind {@code cost-report}): {@code aws ce get-cost-and-usage},
     * nothing else (not the forecasts, reservations or anomaly APIs the report does not call). Cost Explorer authorizes
     * it on "*" only.
     */
    public static final List<String> COST_REPORT = List.of("ce:GetCostAndUsage");

    /**
     * A CloudFormation service role managing the stack's own IAM roles (on their names only). Excludes
     * iam:CreatePolicy and managed-policy versions (the stack's roles use inline policies and AWS-managed ones) and
     * every user, group and access-key action.
     */
    public static final List<String> CFN_MANAGE_ROLES = List.of("iam:AttachRolePolicy", "iam:CreateRole",
            "iam:DeleteRole", "iam:DeleteRolePolicy", "iam:DetachRolePolicy", "iam:GetRole", "iam:GetRolePolicy",
            "iam:ListAttachedRolePolicies", "iam:ListRolePolicies", "iam:ListRoleTags", "iam:PutRolePolicy",
            "iam:TagRole", "iam:UntagRole", "iam:UpdateAssumeRolePolicy", "iam:UpdateRole", "iam:UpdateRoleDescription");

    /** A CloudFormation service role handing the stack's roles to the services that assume them. */
    public static final List<String> PASS_ROLE = List.of("iam:PassRole");

    /** A CloudFormation service role managing GitHub's OIDC provider (on its ARN only). */
    public static final List<String> CFN_MANAGE_OIDC_PROVIDER = List.of("iam:AddClientIDToOpenIDConnectProvider",
            "iam:CreateOpenIDConnectProvider", "iam:DeleteOpenIDConnectProvider", "iam:GetOpenIDConnectProvider",
            "iam:RemoveClientIDFromOpenIDConnectProvider", "iam:TagOpenIDConnectProvider",
            "iam:UntagOpenIDConnectProvider", "iam:UpdateOpenIDConnectProviderThumbprint");

    /** CI: Terraform state object and its lock. */
    public static final List<String> STATE_BUCKET = List.of("s3:ListBucket");
    public static final List<String> STATE_OBJECT = List.of("s3:GetObject", "s3:PutObject");
    /** CI: the state's S3 lock file ({@code <key>.tflock}, use_lockfile): created, read and deleted per run. */
    public static final List<String> STATE_LOCK = List.of("s3:DeleteObject", "s3:GetObject", "s3:PutObject");

    /** S3 replication role (source side). */
    public static final List<String> REPLICATION_SOURCE_BUCKET = List.of("s3:GetReplicationConfiguration", "s3:ListBucket");
    public static final List<String> REPLICATION_SOURCE_OBJECTS = List.of("s3:GetObjectVersionAcl",
            "s3:GetObjectVersionForReplication", "s3:GetObjectVersionTagging");
    public static final List<String> REPLICATION_DESTINATION = List.of("s3:ReplicateDelete", "s3:ReplicateObject",
            "s3:ReplicateTags");
    /**
     * S3 replication role of a bucket encrypted with KMS: S3 decrypts each source object under the source's key and
     * encrypts its replica under the replica's key, as the role (AWS: "Replicating encrypted objects"); nothing else.
     */
    public static final List<String> REPLICATION_SOURCE_KEY = List.of("kms:Decrypt");
    public static final List<String> REPLICATION_REPLICA_KEY = List.of("kms:Encrypt");

    private static final String ECS_TASK_DEFINITIONS = "ECS task definitions have no resource-level permission for"
            + " reading or registering: AWS's own deploy-task-definition action asks for them on \"*\" (CI's deploy role;"
            + " the revision's roles are limited by iam:PassRole on exactly the service's two).";

    /** Actions that AWS only authorises on resource "*", with AWS's reason; the IAM test allows "*" only for these. */
    public static final java.util.Map<String, String> STAR_RESOURCE = java.util.Map.ofEntries(
            java.util.Map.entry("xray:PutTraceSegments", "X-Ray has no resource types: the action takes no resource ARN."),
            java.util.Map.entry("xray:PutTelemetryRecords", "X-Ray has no resource types: the action takes no resource ARN."),
            java.util.Map.entry("ec2:DescribeNetworkInterfaces", "EC2 Describe* actions do not support resource-level permissions."),
            java.util.Map.entry("ec2:DescribeSubnets", "EC2 Describe* actions do not support resource-level permissions."),
            java.util.Map.entry("ecr:GetAuthorizationToken", "The registry token is account-wide: the action has no resource type."),
            java.util.Map.entry("ecs:DescribeTaskDefinition", ECS_TASK_DEFINITIONS),
            java.util.Map.entry("ecs:RegisterTaskDefinition", ECS_TASK_DEFINITIONS),
            java.util.Map.entry("ce:GetCostAndUsage", "Cost Explorer's GetCostAndUsage has no resource type (the"
                    + " Service Authorization Reference lists none): the account's costs, filtered by the request's tags."));

    /**
     * An ECS execution role pulling a private image: these three on the repository. ecr:GetAuthorizationToken is
     * authorized on "*" only (FORGE-IAM-002 lists it) and is a statement of its own.
     */
    public static final List<String> ECR_PULL = List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage",
            "ecr:GetDownloadUrlForLayer");

    public static final List<String> ECR_AUTH = List.of("ecr:GetAuthorizationToken");

    /**
     * What ECS calls with the execution role to inject a task's `secrets`: secretsmanager:GetSecretValue only (not
     * DescribeSecret: the agent reads values), ssm:GetParameters only (the agent fetches them in one batch).
     */
    public static final List<String> ECS_INJECT_SECRET = List.of("secretsmanager:GetSecretValue");

    public static final List<String> ECS_INJECT_PARAMETER = List.of("ssm:GetParameters");
}
