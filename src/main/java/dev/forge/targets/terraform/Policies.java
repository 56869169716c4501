package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.forList;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.strings;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;
import dev.forge.model.Encryption;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import dev.forge.resolve.Grant;
import java.util.ArrayList;
import java.util.List;

/**
 * A function's IAM statements, derived from its grants (and its own log group, DLQ, tracing and VPC):
 * exact actions from {@link IamActions} on exact ARNs.
 */
final class Policies {

    /** One statement; {@code condition} is null or an IAM condition block. */
    record Statement(String sid, List<String> actions, Expr resources, Expr condition) {
        Expr toHcl() {
            var o = obj().put("sid", sid).put("actions", strings(actions)).put("resources", resources);
            return (condition == null ? o : o.put("condition", condition)).build();
        }
    }

    private static final java.util.regex.Pattern PROFILE = java.util.regex.Pattern.compile("(us|eu|apac|global)\\.");

    private Policies() {
    }

    static List<Statement> of(Root root, String function) {
        Spec s = root.env.spec();
        FunctionSpec f = s.functions().get(function);
        Ref self = new Ref(Kind.FUNCTION, function);
        List<Statement> out = new ArrayList<>();
        Expr logGroup = Refs.out(self, "log_group_arn");
        out.add(new Statement("WriteOwnLogs", IamActions.LOGS, list(logGroup, tmpl(logGroup, ":log-stream:*")), null));
        if (Boolean.TRUE.equals(f.tracing())) {
            out.add(new Statement("WriteTraces", IamActions.XRAY, list(str("*")), null));
        }
        if (Boolean.TRUE.equals(f.dlq())) {
            out.add(new Statement("SendToOwnDeadLetterQueue", IamActions.DLQ_SEND, list(Refs.out(self, "dead_letter_queue_arn")), null));
        }
        if (Boolean.TRUE.equals(f.vpc())) {
            Expr p = root.data("aws_partition", "partition");
            Expr region = root.data("aws_region", "region");
            Expr account = root.data("aws_caller_identity", "account_id");
            out.add(new Statement("DescribeNetwork", IamActions.VPC_DESCRIBE, list(str("*")), null));
            out.add(new Statement("ManageNetworkInterfaces", IamActions.VPC_MANAGE, list(
                    tmpl("arn:", p, ":ec2:", region, ":", account, ":network-interface/*"),
                    tmpl("arn:", p, ":ec2:", region, ":", account, ":security-group/", RootNetwork.securityGroup(self))), null));
            out.add(new Statement("UsePrivateSubnets", IamActions.VPC_MANAGE, forList("id", dev.forge.emit.hcl.Hcl.ref("module.network.private_subnet_ids"),
                    tmpl("arn:", p, ":ec2:", region, ":", account, ":subnet/", dev.forge.emit.hcl.Hcl.ref("id"))), null));
        }
        for (Grant g : root.env.grantsOf(self)) {
            out.addAll(forGrant(root, g));
        }
        return out;
    }

    /** The statements of a container's task role: exactly its grants (services and jobs). */
    static List<Statement> grants(Root root, Ref principal) {
        List<Statement> out = new ArrayList<>();
        for (Grant g : root.env.grantsOf(principal)) {
            out.addAll(forGrant(root, g));
        }
        return out;
    }

    private static List<Statement> forGrant(Root root, Grant g) {
        Spec s = root.env.spec();
        Ref r = g.resource();
        String id = camel(r.name());
        List<Statement> out = new ArrayList<>();
        switch (r.kind()) {
            case TABLE -> {
                if (g.access().reads()) {
                    out.add(new Statement("ReadTable" + id, IamActions.TABLE_READ, call("concat",
                            list(Refs.out(r, "table_arn")), call("values", Refs.out(r, "table_index_arns"))), null));
                }
                if (g.access().writes()) {
                    out.add(new Statement("WriteTable" + id, IamActions.TABLE_WRITE, list(Refs.out(r, "table_arn")), null));
                }
                if (g.access() == dev.forge.model.Access.STREAM) {
                    out.add(new Statement("ReadStream" + id, IamActions.TABLE_STREAM, list(Refs.out(r, "table_stream_arn")), null));
                    // the event source mapping sends what failed every retry to the trigger's dead-letter queue
                    List<RootTriggers.Entry> streams = RootTriggers.streamTriggers(root, g.principal().name(), r.name());
                    List<Expr> failures = streams.stream().map(RootTriggers::failureQueueArn).distinct().toList();
                    if (!failures.isEmpty()) {
                        out.add(new Statement("SendStreamFailures" + id, IamActions.DLQ_SEND, list(failures), null));
                    }
                    for (RootTriggers.Entry e : streams) {
                        String dlq = e.trigger().deadLetterQueue();
                        if (dlq != null && s.queues().get(dlq).encryption() == Encryption.CUSTOMER_KMS) {
                            out.add(kms(root, "StreamFailures" + camel(dlq), false, true,
                                    Refs.out(new Ref(Kind.QUEUE, dlq), "queue_kms_key_arn"), "sqs"));
                        }
                    }
                }
            }
            case BUCKET -> {
                Expr objects = list(tmpl(Refs.out(r, "bucket_arn"), "/*"));
                if (g.access().reads()) {
                    out.add(new Statement("ListBucket" + id, IamActions.BUCKET_READ_BUCKET, list(Refs.out(r, "bucket_arn")), null));
                    out.add(new Statement("ReadObjects" + id, IamActions.BUCKET_READ_OBJECTS, objects, null));
                }
                if (g.access().writes()) {
                    out.add(new Statement("WriteObjects" + id, IamActions.BUCKET_WRITE_OBJECTS, objects, null));
                }
                if (s.buckets().get(r.name()).encryption() == Encryption.CUSTOMER_KMS) {
                    out.add(kms(root, "Bucket" + id, g.access().reads(), g.access().writes(), Refs.out(r, "bucket_kms_key_arn"), "s3"));
                }
            }
            case QUEUE -> {
                boolean publish = g.access() == dev.forge.model.Access.PUBLISH;
                out.add(new Statement((publish ? "Publish" : "Consume") + id, publish ? IamActions.QUEUE_PUBLISH
                        : g.isTrigger() ? IamActions.QUEUE_TRIGGER : IamActions.QUEUE_CONSUME, list(Refs.out(r, "queue_arn")), null));
                if (s.queues().get(r.name()).encryption() == Encryption.CUSTOMER_KMS) {
                    out.add(kms(root, "Queue" + id, true, publish, Refs.out(r, "queue_kms_key_arn"), "sqs"));
                }
            }
            case SECRET, PARAMETER -> {
                boolean sm = r.kind() == Kind.SECRET && s.secrets().get(r.name()).store() == dev.forge.model.SecretStore.SECRETS_MANAGER;
                out.add(new Statement("Read" + (r.kind() == Kind.SECRET ? "Secret" : "Parameter") + id,
                        sm ? IamActions.SECRET_READ : IamActions.PARAMETER_READ, list(Refs.storeArn(s, r)), null));
            }
            case TOPIC -> {
                out.add(new Statement("PublishTopic" + id, IamActions.TOPIC_PUBLISH, list(Refs.out(r, "topic_arn")), null));
                if (s.topics().get(r.name()).encryption() == Encryption.CUSTOMER_KMS) {
                    out.add(kms(root, "Topic" + id, true, true, Refs.out(r, "topic_kms_key_arn"), "sns"));
                }
            }
            case MODEL -> out.add(new Statement("InvokeModel" + id, IamActions.MODEL_INVOKE, model(root, s.models().get(r.name()).id()), null));
            case FUNCTION -> out.add(new Statement("InvokeFunction" + id, IamActions.FUNCTION_INVOKE, list(Refs.out(r, "alias_arn")), null));
            case DATABASE -> {
                // the RDS-managed master credentials secret, encrypted with the database's key (read through Secrets Manager only)
                out.add(new Statement("ReadDatabaseCredentials" + id, IamActions.SECRET_READ,
                        list(Refs.out(r, "master_user_secret_arn")), null));
                out.add(kms(root, "DatabaseCredentials" + id, true, false, Refs.out(r, "kms_key_arn"), "secretsmanager"));
                if (Boolean.TRUE.equals(s.databases().get(r.name()).iamAuth())) {
                    Expr p = root.data("aws_partition", "partition");
                    Expr region = root.data("aws_region", "region");
                    Expr account = root.data("aws_caller_identity", "account_id");
                    out.add(new Statement("ConnectDatabase" + id, IamActions.DATABASE_IAM_CONNECT, list(tmpl("arn:", p,
                            ":rds-db:", region, ":", account, ":dbuser:", Refs.out(r, "resource_id"), "/"
                                    + databaseUser(g.principal()))), null));
                }
            }
            case CACHE -> out.add(new Statement("ConnectCache" + id, IamActions.CACHE_CONNECT,
                    list(Refs.out(r, "replication_group_arn"), Refs.out(r, "user_arn")), null));
            default -> {
                // services are reached over the network: no IAM statement
            }
        }
        return out;
    }

    /** Foundation-model ARN; a cross-region inference profile also needs the model in every region it routes to. */
    private static Expr model(Root root, String id) {
        Expr p = root.data("aws_partition", "partition");
        Expr region = root.data("aws_region", "region");
        if (PROFILE.matcher(id).lookingAt()) {
            Expr account = root.data("aws_caller_identity", "account_id");
            String base = id.substring(id.indexOf('.') + 1);
            return list(tmpl("arn:", p, ":bedrock:", region, ":", account, ":inference-profile/" + id),
                    tmpl("arn:", p, ":bedrock:*::foundation-model/" + base));
        }
        return list(tmpl("arn:", p, ":bedrock:", region, "::foundation-model/" + id));
    }

    private static Statement kms(Root root, String id, boolean decrypt, boolean encrypt, Expr key, String service) {
        List<String> actions = new ArrayList<>();
        if (decrypt) {
            actions.addAll(IamActions.KMS_DECRYPT);
        }
        if (encrypt) {
            actions.addAll(IamActions.KMS_ENCRYPT);
        }
        Expr condition = obj().put("StringEquals", obj().put("kms:ViaService",
                list(str(service + "." + root.env.environment().region() + ".amazonaws.com"))).build()).build();
        return new Statement("UseKey" + id, actions, list(key), condition);
    }

    /** The database user a principal connects as with IAM authentication: its name with '-' as '_'. */
    static String databaseUser(Ref principal) {
        return principal.name().replace('-', '_');
    }

    static String camel(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("-")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
