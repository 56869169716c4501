package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.forList;
import static dev.forge.emit.hcl.Hcl.index;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.strings;
import static dev.forge.emit.hcl.Hcl.tmpl;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.platform.aws.IamPolicies;
import dev.forge.platform.aws.IamStatement;
import dev.forge.platform.aws.IamValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The IAM statements {@link IamPolicies} derives, rendered to HCL: each {@link IamValue} as the module output,
 * data source or resource attribute that holds it in an environment root.
 */
final class Policies {

    /** One statement; {@code condition} is null or an IAM condition block. */
    record Statement(String sid, List<String> actions, Expr resources, Expr condition) {
        Expr toHcl() {
            var o = obj().put("sid", sid).put("actions", strings(actions)).put("resources", resources);
            return (condition == null ? o : o.put("condition", condition)).build();
        }
    }

    private Policies() {
    }

    /**
     * A role's trust of an AWS service acting for this account only (the confused-deputy condition AWS recommends), as
     * the jsonencode'd {@code assume_role_policy} of a module with {@code data.aws_caller_identity.current}.
     */
    static Expr serviceTrust(String sid, String service) {
        return dev.forge.emit.hcl.Hcl.call("jsonencode", obj().put("Version", "2012-10-17")
                .put("Statement", dev.forge.emit.hcl.Hcl.list(obj().put("Sid", sid)
                        .put("Effect", "Allow")
                        .put("Principal", obj().put("Service", service).build())
                        .put("Action", "sts:AssumeRole")
                        .put("Condition", obj().put("StringEquals", obj().put("aws:SourceAccount",
                                dev.forge.emit.hcl.Hcl.ref("data.aws_caller_identity.current.account_id")).build()).build())
                        .build())).build());
    }

    /** A function's execution role. */
    static List<Statement> of(Root root, String function) {
        return render(root, IamPolicies.function(root.env, function));
    }

    /** The statements of a container's task role: exactly its grants (services and jobs). */
    static List<Statement> grants(Root root, Ref principal) {
        return render(root, IamPolicies.grants(root.env, principal));
    }

    static List<Statement> render(Root root, List<IamStatement> statements) {
        return statements.stream().map(s -> render(root, s)).toList();
    }

    static Statement render(Root root, IamStatement s) {
        Expr condition = null;
        if (!s.conditions().isEmpty()) {
            Map<String, Hcl.Obj> tests = new LinkedHashMap<>();
            for (IamStatement.Condition c : s.conditions()) {
                tests.computeIfAbsent(c.test(), k -> obj())
                        .put(c.key(), list(c.values().stream().map(v -> value(root, v)).toList()));
            }
            Hcl.Obj o = obj();
            tests.forEach((test, keys) -> o.put(test, keys.build()));
            condition = o.build();
        }
        return new Statement(s.sid(), s.actions(), resources(root, s.resources()), condition);
    }

    /**
     * A statement as a policy document's element ({@code Sid}, {@code Effect}, {@code Action}, {@code Resource},
     * {@code Condition}) for {@code jsonencode}; a condition with one value gives it as a string.
     */
    static Expr document(Root root, IamStatement s) {
        Hcl.Obj o = obj().put("Sid", s.sid()).put("Effect", "Allow").put("Action", strings(s.actions()))
                .put("Resource", resources(root, s.resources()));
        if (!s.conditions().isEmpty()) {
            Map<String, Hcl.Obj> tests = new LinkedHashMap<>();
            for (IamStatement.Condition c : s.conditions()) {
                List<Expr> values = c.values().stream().map(v -> value(root, v)).toList();
                tests.computeIfAbsent(c.test(), k -> obj()).put(c.key(), values.size() == 1 ? values.get(0) : list(values));
            }
            Hcl.Obj condition = obj();
            tests.forEach((test, keys) -> condition.put(test, keys.build()));
            o.put("Condition", condition.build());
        }
        return o.build();
    }

    /** A list of values: single ARNs in {@code [..]}, lists as they are, several groups through concat(). */
    static Expr resources(Root root, List<IamValue> values) {
        List<Expr> groups = new ArrayList<>();
        List<Expr> single = new ArrayList<>();
        for (IamValue v : values) {
            if (v.many()) {
                if (!single.isEmpty()) {
                    groups.add(list(single));
                    single = new ArrayList<>();
                }
                groups.add(value(root, v));
            } else {
                single.add(value(root, v));
            }
        }
        if (!single.isEmpty() || groups.isEmpty()) {
            groups.add(list(single));
        }
        return groups.size() == 1 ? groups.get(0) : call("concat", groups.toArray(Expr[]::new));
    }

    static Expr value(Root root, IamValue v) {
        if (v instanceof IamValue.Literal l) {
            return str(l.text());
        }
        if (v instanceof IamValue.Pseudo p) {
            return pseudo(root, p);
        }
        if (v instanceof IamValue.Join j) {
            return tmpl(j.parts().stream().map(x -> x instanceof IamValue.Literal l ? (Object) l.text() : value(root, x)).toArray());
        }
        if (v instanceof IamValue.Attr a) {
            return attribute(a.resource(), a.attribute(), root);
        }
        if (v instanceof IamValue.FailureQueue q) {
            return RootTriggers.failureQueueArn(root.triggers().stream()
                    .filter(e -> e.function().equals(q.function()) && e.index() == q.trigger()).findFirst().orElseThrow());
        }
        // the private subnets
        return forList("id", ref("module.network.private_subnet_ids"), tmpl("arn:", pseudo(root, IamValue.Pseudo.PARTITION),
                ":ec2:", pseudo(root, IamValue.Pseudo.REGION), ":", pseudo(root, IamValue.Pseudo.ACCOUNT), ":subnet/", ref("id")));
    }

    private static Expr pseudo(Root root, IamValue.Pseudo p) {
        return switch (p) {
            case PARTITION -> root.data("aws_partition", "partition");
            case REGION -> root.data("aws_region", "region");
            case ACCOUNT -> root.data("aws_caller_identity", "account_id");
        };
    }

    private static Expr attribute(Ref r, IamValue.Attribute a, Root root) {
        return switch (a) {
            case ARN -> switch (r.kind()) {
                case SECRET, PARAMETER -> Refs.storeArn(root.env.spec(), r);
                case CACHE -> Refs.out(r, "replication_group_arn");
                default -> Refs.out(r, r.kind().spelling() + "_arn");
            };
            case STREAM_ARN -> Refs.out(r, "table_stream_arn");
            case INDEX_ARNS -> call("values", Refs.out(r, "table_index_arns"));
            case KMS_KEY_ARN -> Refs.out(r, r.kind() == Kind.DATABASE ? "kms_key_arn" : r.kind().spelling() + "_kms_key_arn");
            case ALIAS_ARN -> Refs.out(r, "alias_arn");
            case LOG_GROUP_ARN -> Refs.out(r, "log_group_arn");
            case DEAD_LETTER_QUEUE_ARN -> Refs.out(r, "dead_letter_queue_arn");
            case MASTER_SECRET_ARN -> Refs.out(r, "master_user_secret_arn");
            case RESOURCE_ID -> Refs.out(r, "resource_id");
            case USER_ARN -> Refs.out(r, "user_arn");
            case SECURITY_GROUP_ID -> RootNetwork.securityGroup(r);
            case REPOSITORY_ARN -> index(ref("module.ecr.repository_arns"), str(r.name()));
        };
    }

    static String camel(String name) {
        return IamPolicies.camel(name);
    }
}
