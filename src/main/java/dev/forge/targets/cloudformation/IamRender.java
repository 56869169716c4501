package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.IndexSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.SecretStore;
import dev.forge.platform.aws.IamStatement;
import dev.forge.platform.aws.IamValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shared IAM derivation ({@code dev.forge.platform.aws.IamPolicies}) in CloudFormation's terms: each
 * statement an {@code Allow} with its exact actions, its resources by the logical IDs {@link Stack} names, pseudo
 * parameters as {@code Ref}s, joins as {@code Fn::Join}.
 */
final class IamRender {

    private IamRender() {
    }

    /**
     * A role's trust of an AWS service acting for this account only (the confused-deputy condition AWS recommends):
     * {@code sts:AssumeRole} by {@code service} when {@code aws:SourceAccount} is the stack's account.
     */
    static YamlMap serviceTrust(String sid, String service) {
        return YamlMap.of("Version", "2012-10-17", "Statement", YamlList.of(YamlMap.of("Sid", sid, "Effect", "Allow",
                "Principal", YamlMap.of("Service", service), "Action", "sts:AssumeRole",
                "Condition", YamlMap.of("StringEquals", YamlMap.of("aws:SourceAccount", Fn.ACCOUNT)))));
    }

    /** A policy document of {@code statements}. */
    static YamlMap document(Stack stack, List<IamStatement> statements) {
        YamlList out = new YamlList();
        statements.forEach(s -> out.add(statement(stack, s)));
        return YamlMap.of("Version", "2012-10-17", "Statement", out);
    }

    static YamlMap statement(Stack stack, IamStatement s) {
        YamlList resources = new YamlList();
        s.resources().forEach(v -> values(stack, v).forEach(resources::add));
        YamlMap m = YamlMap.of("Sid", s.sid(), "Effect", "Allow", "Action", YamlList.copyOf(s.actions()), "Resource", resources);
        if (!s.conditions().isEmpty()) {
            Map<String, YamlMap> byTest = new TreeMap<>();
            for (IamStatement.Condition c : s.conditions()) {
                YamlList values = new YamlList();
                c.values().forEach(v -> values(stack, v).forEach(values::add));
                byTest.computeIfAbsent(c.test(), k -> new YamlMap()).put(c.key(), values);
            }
            YamlMap condition = new YamlMap();
            byTest.forEach(condition::put);
            m.put("Condition", condition);
        }
        return m;
    }

    /** One value, or the several a {@linkplain IamValue#many() many} value stands for. */
    static List<Object> values(Stack stack, IamValue v) {
        if (v instanceof IamValue.Attr a && a.attribute() == IamValue.Attribute.INDEX_ARNS) {
            String id = Stack.logicalId(a.resource());
            Map<String, IndexSpec> indexes = stack.env().spec().tables().get(a.resource().name()).indexes();
            List<Object> out = new ArrayList<>();
            new TreeMap<>(indexes == null ? Map.<String, IndexSpec>of() : indexes).keySet()
                    .forEach(n -> out.add(Fn.sub("${" + id + ".Arn}/index/" + n)));
            return out;
        }
        if (v instanceof IamValue.PrivateSubnetArns) {
            // the generated private subnets one by one; a brought VPC's subnets are a list parameter, which a template
            // cannot map to ARNs: there the statement names the VPC's subnets by condition (FunctionRoles)
            List<Object> out = new ArrayList<>();
            if (NetworkPart.existing(stack.env().spec())) {
                out.add(Fn.sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:subnet/*"));
                return out;
            }
            for (int i = 1; i <= stack.env().spec().network().zones(); i++) {
                out.add(Fn.sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:subnet/${Vpc"
                        + NetworkPart.Tier.PRIVATE.id() + "Subnet" + i + "}"));
            }
            return out;
        }
        return List.of(value(stack, v));
    }

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
            j.parts().forEach(p -> parts.add(value(stack, p)));
            return joined(parts);
        }
        if (v instanceof IamValue.FailureQueue q) {
            return Fn.getAtt(TriggersPart.failureQueue(q.function(), q.trigger()), "Arn");
        }
        IamValue.Attr a = (IamValue.Attr) v;
        return attribute(stack, a.resource(), a.attribute());
    }

    /**
     * The parts as one {@code Fn::Sub} when each is text, a {@code Ref}, a {@code GetAtt} or a {@code Fn::Sub} without
     * variables of its own (always, for what the derivation builds), else an {@code Fn::Join}.
     */
    static Object joined(List<Object> parts) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof String s) {
                b.append(s.replace("${", "${!"));
            } else if (p instanceof YamlMap m && m.get("Ref") instanceof String r) {
                b.append("${").append(r).append('}');
            } else if (p instanceof YamlMap m && m.get("Fn::GetAtt") instanceof YamlList l) {
                b.append("${").append(l.get(0)).append('.').append(l.get(1)).append('}');
            } else if (p instanceof YamlMap m && m.get("Fn::Sub") instanceof String sub) {
                b.append(sub);
            } else {
                return Fn.join("", parts);
            }
        }
        return Fn.sub(b.toString());
    }

    private static Object attribute(Stack stack, Ref r, IamValue.Attribute attribute) {
        String id = Stack.logicalId(r);
        return switch (attribute) {
            case ARN -> switch (r.kind()) {
                case TOPIC -> Fn.ref(id);
                case SECRET, PARAMETER -> r.kind() == Kind.SECRET
                        && stack.env().spec().secrets().get(r.name()).store() == SecretStore.SECRETS_MANAGER
                        ? Fn.ref(id)
                        : Fn.sub("arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter"
                                + stack.env().naming().storePath(r.name()));
                case CACHE -> Fn.sub("arn:${AWS::Partition}:elasticache:${AWS::Region}:${AWS::AccountId}:replicationgroup:${" + id + "}");
                default -> Fn.getAtt(id, "Arn");
            };
            case STREAM_ARN -> Fn.getAtt(id, "StreamArn");
            case INDEX_ARNS -> throw new IllegalStateException("index ARNs are several values");
            case KMS_KEY_ARN -> Fn.getAtt(id + "Key", "Arn");
            case ALIAS_ARN -> Fn.ref(id + "Alias");
            // the log group's ARN without the ":*" its GetAtt Arn ends in
            case LOG_GROUP_ARN -> Fn.sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/"
                    + stack.physicalName(Kind.FUNCTION, r.name()));
            case DEAD_LETTER_QUEUE_ARN -> Fn.getAtt(id + "DeadLetterQueue", "Arn");
            case MASTER_SECRET_ARN -> Fn.getAtt(id, "MasterUserSecret.SecretArn");
            case RESOURCE_ID -> Fn.getAtt(id, "DbiResourceId");
            case USER_ARN -> Fn.getAtt(id + "User", "Arn");
            case SECURITY_GROUP_ID -> Fn.getAtt(id + "SecurityGroup", "GroupId");
            case REPOSITORY_ARN -> Fn.getAtt(id + "Repository", "Arn");
        };
    }
}
