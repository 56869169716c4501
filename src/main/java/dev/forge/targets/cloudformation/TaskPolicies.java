package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.IndexSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.SecretStore;
import dev.forge.model.Spec;
import dev.forge.platform.aws.IamPolicies;
import dev.forge.platform.aws.IamStatement;
import dev.forge.platform.aws.IamValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statements of a service's or job's two roles, from the shared derivation ({@link IamPolicies#grants} for the
 * task role, {@link IamPolicies#ecsExecution} for the execution role: the same statements terraform-aws renders),
 * each {@link IamValue} rendered by the logical IDs {@link Stack} names.
 */
final class TaskPolicies {

    private TaskPolicies() {
    }

    /** The task role's statements: exactly what the principal's {@code uses:} grant. */
    static List<YamlMap> task(Stack stack, Ref principal) {
        return render(stack, IamPolicies.grants(stack.env(), principal));
    }

    /** The execution role's statements: write its own logs, then pull its image and inject its secrets (shared). */
    static List<YamlMap> execution(Stack stack, Ref principal, boolean ownImage) {
        List<YamlMap> out = new ArrayList<>();
        out.add(YamlMap.of("Sid", "WriteOwnLogs", "Effect", "Allow", "Action", YamlList.of("logs:CreateLogStream",
                "logs:PutLogEvents"), "Resource", YamlList.of(Fn.sub("${" + Stack.logicalId(principal, "LogGroup")
                + ".Arn}:log-stream:*"))));
        out.addAll(render(stack, IamPolicies.ecsExecution(stack.env(), principal, ownImage)));
        return out;
    }

    static List<YamlMap> render(Stack stack, List<IamStatement> statements) {
        List<YamlMap> out = new ArrayList<>();
        for (IamStatement st : statements) {
            YamlList resources = new YamlList();
            for (IamValue v : st.resources()) {
                if (v.many()) {
                    many(stack, v).forEach(resources::add);
                } else {
                    resources.add(value(stack, v));
                }
            }
            if (resources.isEmpty()) {
                continue; // e.g. the index ARNs of a table without indexes, alone
            }
            YamlMap m = YamlMap.of("Sid", st.sid(), "Effect", "Allow", "Action", YamlList.copyOf(st.actions()),
                    "Resource", resources);
            if (!st.conditions().isEmpty()) {
                Map<String, YamlMap> byTest = new TreeMap<>();
                for (IamStatement.Condition c : st.conditions()) {
                    YamlList values = new YamlList();
                    c.values().forEach(x -> values.add(value(stack, x)));
                    byTest.computeIfAbsent(c.test(), k -> new YamlMap()).put(c.key(), values);
                }
                YamlMap conditions = new YamlMap();
                byTest.forEach(conditions::put);
                m.put("Condition", conditions);
            }
            out.add(m);
        }
        return out;
    }

    /** One value: a string, a pseudo parameter, an intrinsic. */
    static Object value(Stack stack, IamValue v) {
        if (v instanceof IamValue.Literal l) {
            return l.text();
        }
        if (v instanceof IamValue.Pseudo p) {
            return switch (p) {
                case PARTITION -> Fn.PARTITION;
                case REGION -> Fn.REGION;
                case ACCOUNT -> Fn.ACCOUNT;
            };
        }
        if (v instanceof IamValue.Join j) {
            List<Object> parts = new ArrayList<>();
            j.parts().forEach(x -> parts.add(value(stack, x)));
            return Fn.join("", parts);
        }
        if (v instanceof IamValue.Attr a) {
            return attribute(stack, a.resource(), a.attribute());
        }
        throw new IllegalStateException(v + " is not a value of a service's or job's role");
    }

    private static List<Object> many(Stack stack, IamValue v) {
        if (v instanceof IamValue.Attr a && a.attribute() == IamValue.Attribute.INDEX_ARNS) {
            List<Object> out = new ArrayList<>();
            Map<String, IndexSpec> indexes = stack.env().spec().tables().get(a.resource().name()).indexes();
            if (indexes != null) {
                new TreeMap<>(indexes).keySet().forEach(index -> out.add(Fn.sub("${" + Stack.logicalId(a.resource())
                        + ".Arn}/index/" + index)));
            }
            return out;
        }
        throw new IllegalStateException(v + " is not a value of a service's or job's role");
    }

    private static Object attribute(Stack stack, Ref r, IamValue.Attribute attribute) {
        Spec s = stack.env().spec();
        String id = Stack.logicalId(r);
        return switch (attribute) {
            case ARN -> switch (r.kind()) {
                case TOPIC -> Fn.ref(id);
                case SECRET, PARAMETER -> r.kind() == Kind.SECRET && s.secrets().get(r.name()).store()
                        == SecretStore.SECRETS_MANAGER ? Fn.ref(id) : ContainerEnv.storeArn(stack, r);
                case CACHE -> Fn.sub("arn:${AWS::Partition}:elasticache:${AWS::Region}:${AWS::AccountId}:replicationgroup:"
                        + stack.env().naming().base(r.name()));
                default -> Fn.getAtt(id, "Arn");
            };
            case STREAM_ARN -> Fn.getAtt(id, "StreamArn");
            case KMS_KEY_ARN -> Fn.getAtt(id + "Key", "Arn");
            case ALIAS_ARN -> Fn.ref(id + "Alias");
            case LOG_GROUP_ARN -> Fn.sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${"
                    + id + "LogGroup}");
            case DEAD_LETTER_QUEUE_ARN -> Fn.getAtt(id + "DeadLetterQueue", "Arn");
            case MASTER_SECRET_ARN -> Fn.getAtt(id, "MasterUserSecret.SecretArn");
            case RESOURCE_ID -> Fn.getAtt(id, "DbiResourceId");
            case USER_ARN -> Fn.getAtt(id + "User", "Arn");
            case SECURITY_GROUP_ID -> Fn.getAtt(SecurityGroupsPart.groupId(r), "GroupId");
            case REPOSITORY_ARN -> EcsTasks.repositoryArn(stack, r);
            case INDEX_ARNS -> throw new IllegalStateException("index ARNs are a list");
        };
    }
}
