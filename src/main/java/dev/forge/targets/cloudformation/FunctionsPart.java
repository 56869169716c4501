package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.platform.aws.AwsDefaults;
import java.util.TreeMap;

/**
 * Functions: {@code AWS::Lambda::Function} with its log group {@code <id>LogGroup} (JSON logs, the environment's
 * retention), its SQS dead-letter queue {@code <id>DeadLetterQueue} for failed asynchronous invocations, X-Ray tracing,
 * reserved concurrency, a published version {@code <id>Version} and the alias {@code live} ({@code <id>Alias}, with
 * provisioned concurrency), the env contract's variables and its execution role ({@link FunctionRoles}), as
 * terraform-aws's lambda module. Code: a zip from the S3 location in the parameters {@code CodeBucket} and
 * {@code <id>CodeKey}, an image given by reference, or (for an image CI builds) its
 * repository's URI at the stack's image tag ({@link RepositoriesPart}).
 * A new key or URI publishes a new version and moves {@code live} to it.
 */
final class FunctionsPart implements Part {

    /** The stack parameter naming the bucket that holds the functions' zips. */
    static final String CODE_BUCKET = "CodeBucket";

    @Override
    public void build(Stack stack) {
        new TreeMap<>(stack.env().spec().functions()).forEach((name, f) -> function(stack, name, f));
    }

    private static void function(Stack stack, String name, FunctionSpec f) {
        Ref ref = new Ref(Kind.FUNCTION, name);
        String id = Stack.logicalId(ref);
        String physical = stack.physicalName(Kind.FUNCTION, name);
        Template t = stack.template();
        logGroup(stack, id + "LogGroup", "/aws/lambda/" + physical);
        if (Boolean.TRUE.equals(f.dlq())) {
            t.add(id + "DeadLetterQueue", "AWS::SQS::Queue", YamlMap.of("QueueName", physical + "-dlq",
                    "MessageRetentionPeriod", (int) AwsDefaults.DEAD_LETTER_RETENTION_SECONDS,
                    "SqsManagedSseEnabled", true)) // FORGE rule: queues encrypted at rest
                    .suppressGuard("sqs_dlq_check", "CT.SQS.PR.2: this is itself the dead-letter queue of function " + name);
        }
        FunctionRoles.add(stack, name, f);
        YamlMap p = YamlMap.of("FunctionName", physical);
        p.put("Description", f.description());
        p.put("Role", Fn.getAtt(id + "Role", "Arn"));
        Object version;
        if (f.image() != null) {
            p.put("PackageType", "Image");
            // a built image runs from the stack's own repository (RepositoriesPart), at the stack's image tag
            Object uri = f.image().build() != null ? RepositoriesPart.imageUri(ref) : f.image().ref();
            p.put("Code", YamlMap.of("ImageUri", uri));
            version = f.image().build() != null ? Fn.sub("Image ${" + Stack.logicalId(ref, RepositoriesPart.SUFFIX)
                    + ".RepositoryUri}:${" + RepositoriesPart.IMAGE_TAG + "}") : "Image " + f.image().ref();
        } else {
            codeBucket(stack);
            String key = id + "CodeKey";
            t.parameter(key, YamlMap.of("Type", "String", "Default", "functions/" + name + ".zip",
                    "Description", "S3 key (in CodeBucket) of the zip of function " + name + " (from " + f.source()
                            + "); upload each build under a new key and pass it here to deploy it"));
            p.put("PackageType", "Zip");
            p.put("Runtime", f.runtime().spelling());
            p.put("Handler", f.handler());
            p.put("Code", YamlMap.of("S3Bucket", Fn.ref(CODE_BUCKET), "S3Key", Fn.ref(key)));
            version = Fn.sub("Code s3://${" + CODE_BUCKET + "}/${" + key + "}");
        }
        p.put("Architectures", YamlList.of(f.architecture().spelling()));
        p.put("MemorySize", (int) f.memory().mebibytes());
        p.put("Timeout", (int) f.timeout().seconds());
        p.put("ReservedConcurrentExecutions", f.reservedConcurrency());
        p.putIfNotEmpty("Environment", YamlMap.of("Variables", FunctionEnv.of(stack, ref)));
        // FORGE rule: functions traced
        p.put("TracingConfig", YamlMap.of("Mode", Boolean.TRUE.equals(f.tracing()) ? "Active" : "PassThrough"));
        p.put("LoggingConfig", YamlMap.of("LogFormat", "JSON", "LogGroup", Fn.ref(id + "LogGroup")));
        if (Boolean.TRUE.equals(f.dlq())) {
            p.put("DeadLetterConfig", YamlMap.of("TargetArn", Fn.getAtt(id + "DeadLetterQueue", "Arn")));
        }
        if (Boolean.TRUE.equals(f.vpc())) {
            // in the private subnets, behind its own security group (SecurityGroupsPart, edges from uses:)
            p.put("VpcConfig", YamlMap.of(
                    "SubnetIds", NetworkPart.subnets(stack, NetworkPart.Tier.PRIVATE),
                    "SecurityGroupIds", YamlList.of(Fn.getAtt(id + "SecurityGroup", "GroupId"))));
        }
        Resource fn = t.add(id, "AWS::Lambda::Function", p);
        fn.dependsOn(id + "RolePolicy");
        if (!Boolean.TRUE.equals(f.vpc())) {
            fn.suppressGuard("lambda_inside_vpc_check", "CT.LAMBDA.PR.3: the function reaches only AWS APIs; it runs in"
                    + " the VPC when the spec says `vpc: true`");
        }
        // The version's description names the code: a new key or image publishes a new version (a version is immutable).
        t.add(id + "Version", "AWS::Lambda::Version", YamlMap.of("FunctionName", Fn.ref(id), "Description", version))
                .keep(Resource.Policy.Retain);
        YamlMap alias = YamlMap.of("Name", "live", "Description", "The version that serves traffic",
                "FunctionName", Fn.ref(id), "FunctionVersion", Fn.getAtt(id + "Version", "Version"));
        if (f.provisionedConcurrency() != null && f.provisionedConcurrency() > 0) {
            alias.put("ProvisionedConcurrencyConfig", YamlMap.of("ProvisionedConcurrentExecutions", f.provisionedConcurrency()));
        }
        t.add(id + "Alias", "AWS::Lambda::Alias", alias);
        t.output(id + "AliasArn", "ARN of the alias live of function " + name, Fn.ref(id + "Alias"), null);
    }

    /** A log group keeping logs as long as the spec's {@code monitoring.log-retention} (rounded up to what CloudWatch offers). */
    static Resource logGroup(Stack stack, String id, String name) {
        int days = (int) AwsDefaults.of(stack.env()).logRetentionDays();
        Resource r = stack.template().add(id, "AWS::Logs::LogGroup", YamlMap.of("LogGroupName", name, "RetentionInDays", days));
        r.suppressGuard("cloudwatch_log_group_encrypted_check", "CT.CLOUDWATCH.PR.3: encrypted at rest by CloudWatch Logs'"
                + " own keys, as terraform-aws's log groups (no customer key in the spec)");
        if (days < 365) {
            r.suppressGuard("cloudwatch_log_group_retention_period_check", "CT.CLOUDWATCH.PR.2: the spec keeps logs "
                    + days + " days (`monitoring.log-retention`)");
        }
        return r;
    }

    private static void codeBucket(Stack stack) {
        if (!stack.template().has(CODE_BUCKET)) {
            stack.template().parameter(CODE_BUCKET, YamlMap.of("Type", "String", "MinLength", 3,
                    "Description", "S3 bucket (in the stack's region) holding the zips of the functions"));
        }
    }

}
