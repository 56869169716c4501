package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.index;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.local;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;

/**
 * The network module's security groups: one per principal, no rule but those the root passes (derived from
 * {@code uses:} by {@link dev.forge.platform.aws.NetworkEdges}): each connection opens ingress on the target from the
 * source's group and the matching egress on the source, on one port; the load balancers alone take ingress from
 * the internet; principals that run code may call HTTPS out. Databases and caches get no egress at all.
 */
final class NetworkSecurityGroups {

    private NetworkSecurityGroups() {
    }

    static void variables(TfModule m) {
        m.optional("security_groups", Types.map(Types.object("name", Types.STRING, "description", Types.STRING)),
                "One security group per network principal, keyed \"<kind>:<name>\".", obj().build());
        m.optional("connections", Types.map(Types.object("from", Types.STRING, "to", Types.STRING, "port", Types.NUMBER,
                "description", Types.STRING)), "Who may connect to whom: `from` and `to` are keys of security_groups; opens"
                + " ingress on `to` from `from`'s group and egress on `from` to `to`'s group, TCP `port` only.", obj().build());
        m.optional("internet_ingress", Types.map(Types.object("security_group", Types.STRING, "port", Types.NUMBER,
                "description", Types.STRING)), "Ingress from anywhere (0.0.0.0/0): the load balancers' 443 and 80 only.",
                obj().build());
        m.optional("https_egress", Types.STRINGS, "Security groups (keys) that may call HTTPS out: AWS APIs through the"
                + " endpoints, and the internet through NAT when there is one.", list());
    }

    static void add(TfModule m) {
        m.resource("aws_default_security_group", "this", b -> b
                .attr("count", cond(local("create"), num(1), num(0))).blank()
                .comment("No rules: the default security group allows nothing (CIS AWS Foundations 5.4); every"
                        + " resource gets its own group below.")
                .attr("vpc_id", local("vpc_id"))
                .attr("tags", call("merge", var("tags"), obj().put("Name", tmpl(var("name"), "-default-unused")).build())));
        m.resource("aws_security_group", "this", b -> b
                .attr("for_each", var("security_groups")).blank()
                .attr("name", ref("each.value.name"))
                .attr("description", ref("each.value.description"))
                .attr("vpc_id", local("vpc_id"))
                .comment("No inline rules: each rule is its own resource, so none is silently added or kept.")
                .attr("tags", call("merge", var("tags"), obj().put("Name", ref("each.value.name")).build())));
        m.resource("aws_vpc_security_group_ingress_rule", "connection", b -> b
                .attr("for_each", var("connections")).blank()
                .attr("security_group_id", sg(ref("each.value.to")))
                .attr("referenced_security_group_id", sg(ref("each.value.from")))
                .attr("description", ref("each.value.description"))
                .attr("ip_protocol", "tcp")
                .attr("from_port", ref("each.value.port"))
                .attr("to_port", ref("each.value.port")));
        m.resource("aws_vpc_security_group_egress_rule", "connection", b -> b
                .attr("for_each", var("connections")).blank()
                .attr("security_group_id", sg(ref("each.value.from")))
                .attr("referenced_security_group_id", sg(ref("each.value.to")))
                .attr("description", ref("each.value.description"))
                .attr("ip_protocol", "tcp")
                .attr("from_port", ref("each.value.port"))
                .attr("to_port", ref("each.value.port")));
        m.resource("aws_vpc_security_group_ingress_rule", "internet", b -> b
                .attr("for_each", var("internet_ingress")).blank()
                .comment("The only ingress from anywhere: a load balancer's HTTPS (and HTTP, redirected to HTTPS).")
                .attr("security_group_id", sg(ref("each.value.security_group")))
                .attr("description", ref("each.value.description"))
                .attr("ip_protocol", "tcp")
                .attr("from_port", ref("each.value.port"))
                .attr("to_port", ref("each.value.port"))
                .attr("cidr_ipv4", "0.0.0.0/0"));
        egress(m);
    }

    /**
     * HTTPS out: to anywhere when the private subnets have NAT or the VPC is brought (its routes are unknown); with no
     * NAT only to the interface endpoints' group and the S3 and DynamoDB gateway endpoints' prefix lists.
     */
    private static void egress(TfModule m) {
        Expr closed = op(local("create"), "&&", op(var("nat_gateways"), "==", str("none")));
        Expr none = call("toset", list());
        m.resource("aws_vpc_security_group_egress_rule", "https", b -> b
                .attr("for_each", cond(closed, none, call("toset", var("https_egress")))).blank()
                .comment("AWS APIs and external HTTPS APIs (through NAT); nothing else leaves the VPC.")
                .attr("security_group_id", Hcl.attr(index(ref("aws_security_group.this"), ref("each.key")), "id"))
                .attr("description", "HTTPS to AWS APIs and the internet")
                .attr("ip_protocol", "tcp")
                .attr("from_port", 443)
                .attr("to_port", 443)
                .attr("cidr_ipv4", "0.0.0.0/0"));
        m.resource("aws_vpc_security_group_egress_rule", "endpoints", b -> b
                .attr("for_each", cond(op(closed, "&&", op(call("length", var("interface_endpoints")), ">", num(0))),
                        call("toset", var("https_egress")), none)).blank()
                .attr("security_group_id", Hcl.attr(index(ref("aws_security_group.this"), ref("each.key")), "id"))
                .attr("referenced_security_group_id", ref("aws_security_group.endpoints[0].id"))
                .attr("description", "HTTPS to the interface endpoints")
                .attr("ip_protocol", "tcp")
                .attr("from_port", 443)
                .attr("to_port", 443));
        for (String gateway : java.util.List.of("dynamodb", "s3")) {
            m.resource("aws_vpc_security_group_egress_rule", gateway + "_endpoint", b -> b
                    .attr("for_each", cond(closed, call("toset", var("https_egress")), none)).blank()
                    .attr("security_group_id", Hcl.attr(index(ref("aws_security_group.this"), ref("each.key")), "id"))
                    .attr("prefix_list_id", Hcl.attr(index(ref("aws_vpc_endpoint.gateway"), str(gateway)), "prefix_list_id"))
                    .attr("description", "HTTPS to the " + gateway + " gateway endpoint")
                    .attr("ip_protocol", "tcp")
                    .attr("from_port", 443)
                    .attr("to_port", 443));
        }
    }

    /** The ID of the security group with this key. */
    private static Expr sg(Expr key) {
        return Hcl.attr(index(ref("aws_security_group.this"), key), "id");
    }
}
