package dev.forge.platform.aws;

import static dev.forge.platform.aws.IamValue.Pseudo.PARTITION;
import static dev.forge.platform.aws.IamValue.Pseudo.REGION;
import static dev.forge.platform.aws.IamValue.arn;
import static dev.forge.platform.aws.IamValue.attr;
import static dev.forge.platform.aws.IamValue.join;
import static dev.forge.platform.aws.IamValue.literal;

import dev.forge.model.Access;
import dev.forge.model.Encryption;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.SecretStore;
import dev.forge.model.Spec;
import dev.forge.model.TriggerSpec;
import dev.forge.platform.aws.IamValue.Attribute;
import dev.forge.resolve.Connection;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import dev.forge.resolve.Grant;
import dev.forge.resolve.ResolvedEnv;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Each principal's IAM statements, derived from its grants (and a function's own log group, DLQ, tracing and VPC;
 * an ECS task's image and injected secrets): exact actions from {@link IamActions} on exact resources, as
 * target-neutral {@link IamStatement}s that terraform-aws and cloudformation render (see {@link IamValue} for how).
 * Statement order and sids are part of the output: every target keeps them.
 */
public final class IamPolicies {

    /** A cross-region inference profile ID: the model is invoked in every region the profile routes to. */
    private static final Pattern PROFILE = Pattern.compile("(us|eu|apac|global)\\.");

    private IamPolicies() {
    }

    /** A function's execution role: its own logs, traces, dead-letter queue and network interfaces, then its grants. */
    public static List<IamStatement> function(ResolvedEnv env, String function) {
        FunctionSpec f = env.spec().functions().get(function);
        Ref self = new Ref(Kind.FUNCTION, function);
        List<IamStatement> out = new ArrayList<>();
        IamValue logGroup = attr(self, Attribute.LOG_GROUP_ARN);
        out.add(new IamStatement("WriteOwnLogs", IamActions.LOGS, List.of(logGroup, join(logGroup, ":log-stream:*"))));
        if (Boolean.TRUE.equals(f.tracing())) {
            out.add(new IamStatement("WriteTraces", IamActions.XRAY, List.of(literal("*"))));
        }
        if (Boolean.TRUE.equals(f.dlq())) {
            out.add(new IamStatement("SendToOwnDeadLetterQueue", IamActions.DLQ_SEND,
                    List.of(attr(self, Attribute.DEAD_LETTER_QUEUE_ARN))));
        }
        if (Boolean.TRUE.equals(f.vpc())) {
            out.add(new IamStatement("DescribeNetwork", IamActions.VPC_DESCRIBE, List.of(literal("*"))));
            out.add(new IamStatement("ManageNetworkInterfaces", IamActions.VPC_MANAGE, List.of(
                    arn("ec2", "network-interface/*"), arn("ec2", "security-group/", attr(self, Attribute.SECURITY_GROUP_ID)))));
            out.add(new IamStatement("UsePrivateSubnets", IamActions.VPC_MANAGE, List.of(new IamValue.PrivateSubnetArns())));
        }
        out.addAll(grants(env, self));
        return out;
    }

    /** The statements of a principal's grants, in grant order (a container's task role is exactly these). */
    public static List<IamStatement> grants(ResolvedEnv env, Ref principal) {
        List<IamStatement> out = new ArrayList<>();
        for (Grant g : env.grantsOf(principal)) {
            out.addAll(forGrant(env, g));
        }
        return out;
    }

    /**
     * An ECS task's execution role: pull its own image when Forge builds it ({@code ownImage}), inject the secrets
     * and parameters its env contract reads from stores (and a database's credentials secret).
     */
    public static List<IamStatement> ecsExecution(ResolvedEnv env, Ref principal, boolean ownImage) {
        Spec s = env.spec();
        Set<IamValue> secrets = new LinkedHashSet<>();
        Set<IamValue> parameters = new LinkedHashSet<>();
        for (EnvVar v : EnvContract.of(env, principal)) {
            v.render(new EnvVar.Renderer<Void>() {
                @Override
                public Void text(String text) {
                    return null;
                }

                @Override
                public Void environmentName() {
                    return null;
                }

                @Override
                public Void storeValue(Ref ref) {
                    (secretsManager(s, ref) ? secrets : parameters).add(attr(ref, Attribute.ARN));
                    return null;
                }

                @Override
                public Void attribute(Ref resource, Connection.Attribute attribute, boolean fromUses) {
                    if (attribute == Connection.Attribute.USERNAME || attribute == Connection.Attribute.PASSWORD) {
                        secrets.add(attr(resource, Attribute.MASTER_SECRET_ARN)); // JSON keys username and password
                    }
                    return null;
                }
            });
        }
        List<IamStatement> out = new ArrayList<>();
        if (ownImage) {
            out.add(new IamStatement("GetRegistryToken", IamActions.ECR_AUTH, List.of(literal("*"))));
            out.add(new IamStatement("PullOwnImage", IamActions.ECR_PULL, List.of(attr(principal, Attribute.REPOSITORY_ARN))));
        }
        if (!secrets.isEmpty()) {
            out.add(new IamStatement("InjectSecrets", IamActions.ECS_INJECT_SECRET, List.copyOf(secrets)));
        }
        if (!parameters.isEmpty()) {
            out.add(new IamStatement("InjectParameters", IamActions.ECS_INJECT_PARAMETER, List.copyOf(parameters)));
        }
        return out;
    }

    private static List<IamStatement> forGrant(ResolvedEnv env, Grant g) {
        Spec s = env.spec();
        Ref r = g.resource();
        String id = camel(r.name());
        IamValue arn = attr(r, Attribute.ARN);
        List<IamStatement> out = new ArrayList<>();
        switch (r.kind()) {
            case TABLE -> {
                if (g.access().reads()) {
                    out.add(new IamStatement("ReadTable" + id, IamActions.TABLE_READ, List.of(arn, attr(r, Attribute.INDEX_ARNS))));
                }
                if (g.access().writes()) {
                    out.add(new IamStatement("WriteTable" + id, IamActions.TABLE_WRITE, List.of(arn)));
                }
                if (g.access() == Access.STREAM) {
                    out.addAll(stream(env, g, id));
                }
            }
            case BUCKET -> {
                List<IamValue> objects = List.of(join(arn, "/*"));
                if (g.access().reads()) {
                    out.add(new IamStatement("ListBucket" + id, IamActions.BUCKET_READ_BUCKET, List.of(arn)));
                    out.add(new IamStatement("ReadObjects" + id, IamActions.BUCKET_READ_OBJECTS, objects));
                }
                if (g.access().writes()) {
                    out.add(new IamStatement("WriteObjects" + id, IamActions.BUCKET_WRITE_OBJECTS, objects));
                }
                if (s.buckets().get(r.name()).encryption() == Encryption.CUSTOMER_KMS) {
                    out.add(kms(env, "Bucket" + id, g.access().reads(), g.access().writes(), r, "s3"));
                }
            }
            case QUEUE -> {
                boolean publish = g.access() == Access.PUBLISH;
                out.add(new IamStatement((publish ? "Publish" : "Consume") + id, publish ? IamActions.QUEUE_PUBLISH
                        : g.isTrigger() ? IamActions.QUEUE_TRIGGER : IamActions.QUEUE_CONSUME, List.of(arn)));
                if (s.queues().get(r.name()).encryption() == Encryption.CUSTOMER_KMS) {
                    out.add(kms(env, "Queue" + id, true, publish, r, "sqs"));
                }
            }
            case SECRET, PARAMETER -> out.add(new IamStatement("Read" + (r.kind() == Kind.SECRET ? "Secret" : "Parameter") + id,
                    secretsManager(s, r) ? IamActions.SECRET_READ : IamActions.PARAMETER_READ, List.of(arn)));
            case TOPIC -> {
                out.add(new IamStatement("PublishTopic" + id, IamActions.TOPIC_PUBLISH, List.of(arn)));
                if (s.topics().get(r.name()).encryption() == Encryption.CUSTOMER_KMS) {
                    out.add(kms(env, "Topic" + id, true, true, r, "sns"));
                }
            }
            case MODEL -> out.add(new IamStatement("InvokeModel" + id, IamActions.MODEL_INVOKE, model(s.models().get(r.name()).id())));
            case FUNCTION -> out.add(new IamStatement("InvokeFunction" + id, IamActions.FUNCTION_INVOKE,
                    List.of(attr(r, Attribute.ALIAS_ARN))));
            case DATABASE -> {
                // the RDS-managed master credentials secret, encrypted with the database's key (read through Secrets Manager only)
                out.add(new IamStatement("ReadDatabaseCredentials" + id, IamActions.SECRET_READ,
                        List.of(attr(r, Attribute.MASTER_SECRET_ARN))));
                out.add(kms(env, "DatabaseCredentials" + id, true, false, r, "secretsmanager"));
                if (Boolean.TRUE.equals(s.databases().get(r.name()).iamAuth())) {
                    out.add(new IamStatement("ConnectDatabase" + id, IamActions.DATABASE_IAM_CONNECT, List.of(arn("rds-db",
                            "dbuser:", attr(r, Attribute.RESOURCE_ID), "/" + databaseUser(g.principal())))));
                }
            }
            case CACHE -> out.add(new IamStatement("ConnectCache" + id, IamActions.CACHE_CONNECT,
                    List.of(arn, attr(r, Attribute.USER_ARN))));
            default -> {
                // services are reached over the network: no IAM statement
            }
        }
        return out;
    }

    /** A table's stream read by a function's trigger, and the failure queues (and their keys) of those triggers. */
    private static List<IamStatement> stream(ResolvedEnv env, Grant g, String id) {
        Spec s = env.spec();
        Ref r = g.resource();
        List<IamStatement> out = new ArrayList<>();
        out.add(new IamStatement("ReadStream" + id, IamActions.TABLE_STREAM, List.of(attr(r, Attribute.STREAM_ARN))));
        FunctionSpec f = g.principal().kind() == Kind.FUNCTION ? s.functions().get(g.principal().name()) : null;
        List<TriggerSpec> triggers = f == null || f.triggers() == null ? List.of() : f.triggers();
        // the event source mapping sends what failed every retry to the trigger's dead-letter queue
        Set<IamValue> failures = new LinkedHashSet<>();
        List<String> keyed = new ArrayList<>();
        for (int i = 0; i < triggers.size(); i++) {
            TriggerSpec t = triggers.get(i);
            if (t.type() != TriggerSpec.Type.TABLE || !t.table().equals(r.name())) {
                continue;
            }
            String dlq = t.deadLetterQueue();
            failures.add(dlq != null ? attr(new Ref(Kind.QUEUE, dlq), Attribute.ARN)
                    : new IamValue.FailureQueue(g.principal().name(), i));
            if (dlq != null && s.queues().get(dlq).encryption() == Encryption.CUSTOMER_KMS) {
                keyed.add(dlq);
            }
        }
        if (!failures.isEmpty()) {
            out.add(new IamStatement("SendStreamFailures" + id, IamActions.DLQ_SEND, List.copyOf(failures)));
        }
        for (String dlq : keyed) {
            out.add(kms(env, "StreamFailures" + camel(dlq), false, true, new Ref(Kind.QUEUE, dlq), "sqs"));
        }
        return out;
    }

    /** Foundation-model ARN; a cross-region inference profile also needs the model in every region it routes to. */
    private static List<IamValue> model(String id) {
        if (PROFILE.matcher(id).lookingAt()) {
            String base = id.substring(id.indexOf('.') + 1);
            return List.of(arn("bedrock", "inference-profile/" + id),
                    join("arn:", PARTITION, ":bedrock:*::foundation-model/" + base));
        }
        return List.of(join("arn:", PARTITION, ":bedrock:", REGION, "::foundation-model/" + id));
    }

    /** Use of a resource's customer-managed key, only through the service that holds the data (kms:ViaService). */
    private static IamStatement kms(ResolvedEnv env, String id, boolean decrypt, boolean encrypt, Ref owner, String service) {
        List<String> actions = new ArrayList<>();
        if (decrypt) {
            actions.addAll(IamActions.KMS_DECRYPT);
        }
        if (encrypt) {
            actions.addAll(IamActions.KMS_ENCRYPT);
        }
        return new IamStatement("UseKey" + id, actions, List.of(attr(owner, Attribute.KMS_KEY_ARN)), List.of(
                new IamStatement.Condition("StringEquals", "kms:ViaService",
                        List.of(literal(viaService(service, env.environment().region()))))));
    }

    /** The kms:ViaService value of an AWS service in a region ({@code sqs.eu-west-1.amazonaws.com}). */
    public static String viaService(String service, String region) {
        return service + "." + region + ".amazonaws.com";
    }

    private static boolean secretsManager(Spec s, Ref r) {
        return r.kind() == Kind.SECRET && s.secrets().get(r.name()).store() == SecretStore.SECRETS_MANAGER;
    }

    /** The database user a principal connects as with IAM authentication: its name with '-' as '_'. */
    public static String databaseUser(Ref principal) {
        return principal.name().replace('-', '_');
    }

    /** {@code chat-messages} as {@code ChatMessages}: the suffix of a statement's sid. */
    public static String camel(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("-")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
