package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import dev.forge.model.Endpoint;
import dev.forge.model.NatGateways;
import dev.forge.model.NetworkSpec;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import dev.forge.model.VpcSource;
import dev.forge.platform.aws.AwsDefaults;
import dev.forge.platform.aws.NetworkEdges;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code module "network"} in an environment root: the VPC (or the brought one's IDs, root inputs), and one security
 * group per network principal with the connections {@link NetworkEdges} derives from {@code uses:} and the load
 * balancers' routes. Other modules reference {@code module.network.security_group_ids["service:api"]} and its subnets.
 */
final class RootNetwork {

    private RootNetwork() {
    }

    /** Whether this environment's root calls the network module. */
    static boolean present(Root root) {
        return Modules.has(root.modules, NetworkModule.NAME) && NetworkEdges.needed(root.env.spec());
    }

    static boolean existing(Spec s) {
        return s.network().vpc() == VpcSource.EXISTING;
    }

    static void add(Root root) {
        if (!present(root)) {
            return;
        }
        Spec s = root.env.spec();
        NetworkSpec n = s.network();
        boolean existing = existing(s);
        if (existing) {
            root.variable("vpc_id", Types.STRING, "The existing VPC the app runs in (network.vpc: existing).", null);
            root.variable("vpc_cidr", Types.STRING, "CIDR block of that VPC.", null);
            root.variable("public_subnet_ids", Types.STRINGS, "Its public subnets (load balancers).", null);
            root.variable("private_subnet_ids", Types.STRINGS, "Its private subnets, with a route to NAT or VPC endpoints"
                    + " (services, jobs, functions).", null);
            root.variable("data_subnet_ids", Types.STRINGS, "Its isolated subnets (databases, caches).", null);
            root.notes.add("network cidr, zones, nat, nat-gateways and endpoints: the VPC is brought (`vpc: existing`),"
                    + " so its subnets, routes, NAT, endpoints and flow logs are its owner's; only the security groups are"
                    + " created.");
        }
        root.module(NetworkModule.LABEL, NetworkModule.NAME, b -> {
            b.attr("name", root.env.naming().base("network"));
            if (existing) {
                b.attr("vpc_id", var("vpc_id")).attr("cidr", var("vpc_cidr"))
                        .attr("public_subnet_ids", var("public_subnet_ids"))
                        .attr("private_subnet_ids", var("private_subnet_ids"))
                        .attr("data_subnet_ids", var("data_subnet_ids"));
            } else {
                b.attr("cidr", n.cidr()).attr("zones", n.zones())
                        .attr("nat_gateways", !Boolean.TRUE.equals(n.nat()) ? "none"
                                : n.natGateways() == NatGateways.PER_ZONE ? "per-zone" : "single");
                List<String> services = new ArrayList<>();
                for (Endpoint e : NetworkEdges.interfaceEndpoints(root.env)) {
                    services.addAll(NetworkEdges.serviceNames(e));
                }
                b.attr("interface_endpoints", Hcl.strings(services.stream().sorted().toList()))
                        .attr("flow_log_retention_in_days", AwsDefaults.of(root.env).logRetentionDays());
            }
            b.blank().attr("security_groups", securityGroups(root));
            b.attr("connections", connections(root));
            b.attr("internet_ingress", internetIngress(s));
            b.attr("https_egress", Hcl.strings(NetworkEdges.principals(s).stream().filter(NetworkEdges::runsCode)
                    .map(Ref::toString).toList()));
        });
        for (String o : List.of("vpc_id", "public_subnet_ids", "private_subnet_ids", "data_subnet_ids", "security_group_ids")) {
            root.output(o, description(o), ref("module.network." + o));
        }
    }

    /** A security group's ID by principal ({@code module.network.security_group_ids["service:api"]}). */
    static Expr securityGroup(Ref principal) {
        return Hcl.index(ref("module.network.security_group_ids"), principal.toString());
    }

    private static Expr securityGroups(Root root) {
        Map<String, Expr> m = new TreeMap<>();
        for (Ref p : NetworkEdges.principals(root.env.spec())) {
            m.put(p.toString(), obj().put("name", str(root.env.naming().base(p.name()) + "-" + p.kind().spelling()))
                    .put("description", str(NetworkEdges.description(p))).build());
        }
        return Hcl.obj(m);
    }

    private static Expr connections(Root root) {
        Map<String, Expr> m = new TreeMap<>();
        for (NetworkEdges.Edge e : NetworkEdges.edges(root.env)) {
            m.put(e.key(), obj().put("from", str(e.from().toString())).put("to", str(e.to().toString()))
                    .put("port", Hcl.num(e.port())).put("description", str(e.why())).build());
        }
        return Hcl.obj(m);
    }

    private static Expr internetIngress(Spec s) {
        Map<String, Expr> m = new TreeMap<>();
        for (Ref lb : NetworkEdges.internetFacing(s)) {
            for (int port : NetworkEdges.LOAD_BALANCER_PORTS) {
                m.put(lb + "/" + port, obj().put("security_group", str(lb.toString())).put("port", Hcl.num(port))
                        .put("description", str(port == 443 ? "HTTPS from the internet" : "HTTP from the internet, redirected"
                                + " to HTTPS")).build());
            }
        }
        return Hcl.obj(m);
    }

    private static String description(String output) {
        return switch (output) {
            case "vpc_id" -> "ID of the VPC.";
            case "public_subnet_ids" -> "Public subnets (load balancers).";
            case "private_subnet_ids" -> "Private subnets (services, jobs, functions).";
            case "data_subnet_ids" -> "Isolated subnets (databases, caches).";
            default -> "Security group of each network principal, keyed \"<kind>:<name>\".";
        };
    }
}
