package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.index;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.local;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.terraform.TfModule.check;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import java.util.List;

/**
 * {@code modules/network}: a VPC across 2-6 availability zones with public, private and isolated data subnets, an
 * internet gateway, NAT (none, one shared or one per zone), gateway and interface endpoints, flow logs, the default
 * security group emptied, and one security group per network principal with exactly the connections the spec
 * derives ({@link NetworkSecurityGroups}). With {@code vpc_id} set it creates no network: it uses that VPC's subnets
 * and only creates the security groups.
 */
final class NetworkModule {

    static final String NAME = "network";
    static final String LABEL = "network";

    private NetworkModule() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "The app's network: a VPC across `zones` availability zones with public subnets"
                + " (load balancers, NAT), private subnets (services, jobs, functions; out through NAT when there is one),"
                + " isolated data subnets (databases, caches; no route out of the VPC), S3 and DynamoDB gateway endpoints,"
                + " interface endpoints with their own security group, VPC flow logs to CloudWatch Logs, the default"
                + " security group emptied, and one security group per network principal whose rules are exactly"
                + " `connections`, `internet_ingress` and `https_egress`. Bring your own VPC: set `vpc_id` and the subnet"
                + " IDs; the module then creates only the security groups.");
        variables(m);
        m.data("aws_region", "current", b -> { });
        m.data("aws_availability_zones", "available", b -> b
                .attr("count", cond(local("create"), num(1), num(0))).blank()
                .attr("state", "available")
                .comment("Regular zones only (no Local or Wavelength Zones, which lack NAT and endpoints).")
                .block("filter", f -> f.attr("name", "opt-in-status").attr("values", list(str("opt-in-not-required")))));
        m.locals(l -> l
                .attr("create", op(var("vpc_id"), "==", nul()))
                .attr("azs", cond(local("create"), call("slice", ref("data.aws_availability_zones.available[0].names"), num(0),
                        var("zones")), list()))
                .attr("nat_count", cond(op(Hcl.not(local("create")), "||", op(var("nat_gateways"), "==", str("none"))),
                        num(0), cond(op(var("nat_gateways"), "==", str("per-zone")), var("zones"), num(1))))
                .attr("vpc_id", cond(local("create"), call("one", ref("aws_vpc.this[*].id")), var("vpc_id")))
                .attr("public_subnet_ids", cond(local("create"), ref("aws_subnet.public[*].id"), var("public_subnet_ids")))
                .attr("private_subnet_ids", cond(local("create"), ref("aws_subnet.private[*].id"), var("private_subnet_ids")))
                .attr("data_subnet_ids", cond(local("create"), ref("aws_subnet.data[*].id"), var("data_subnet_ids"))));
        vpc(m);
        NetworkEndpoints.add(m);
        NetworkSecurityGroups.add(m);
        outputs(m);
        return m;
    }

    private static void vpc(TfModule m) {
        Expr count = cond(local("create"), num(1), num(0));
        Expr perZone = cond(local("create"), var("zones"), num(0));
        m.resource("aws_vpc", "this", b -> b
                .attr("count", count).blank()
                .attr("cidr_block", var("cidr"))
                .comment("Private DNS of the interface endpoints needs both.")
                .attr("enable_dns_support", true)
                .attr("enable_dns_hostnames", true)
                .attr("tags", call("merge", var("tags"), obj().put("Name", var("name")).build()))
                .blank().block("lifecycle", l -> l.block("precondition", c -> c
                        .attr("condition", op(call("length", ref("data.aws_availability_zones.available[0].names")), ">=",
                                var("zones")))
                        .attr("error_message", tmpl("The region has fewer available zones than zones = ", var("zones"),
                                "; lower network.zones in forge.yaml.")))));
        m.resource("aws_internet_gateway", "this", b -> b
                .attr("count", count).blank()
                .attr("vpc_id", local("vpc_id"))
                .attr("tags", call("merge", var("tags"), obj().put("Name", var("name")).build())));
        // Layout: private subnets take the first six eighths of the range (one per zone, the most addresses: tasks
        // and Lambda ENIs), public and data subnets split the seventh and eighth eighths into eighths again.
        subnet(m, "public", call("cidrsubnet", call("cidrsubnet", var("cidr"), num(3), num(6)), num(3), ref("count.index")), perZone);
        subnet(m, "private", call("cidrsubnet", var("cidr"), num(3), ref("count.index")), perZone);
        subnet(m, "data", call("cidrsubnet", call("cidrsubnet", var("cidr"), num(3), num(7)), num(3), ref("count.index")), perZone);
        m.resource("aws_route_table", "public", b -> b
                .attr("count", count).blank()
                .attr("vpc_id", local("vpc_id"))
                .attr("tags", call("merge", var("tags"), obj().put("Name", tmpl(var("name"), "-public")).build())));
        m.resource("aws_route", "public_internet", b -> b
                .attr("count", count).blank()
                .attr("route_table_id", ref("aws_route_table.public[0].id"))
                .attr("destination_cidr_block", "0.0.0.0/0")
                .attr("gateway_id", ref("aws_internet_gateway.this[0].id")));
        associate(m, "public", ref("aws_route_table.public[0].id"));
        m.resource("aws_eip", "nat", b -> b
                .attr("count", local("nat_count")).blank()
                .attr("domain", "vpc")
                .attr("tags", call("merge", var("tags"), obj().put("Name", tmpl(var("name"), "-nat-", index(local("azs"),
                        ref("count.index")))).build())));
        m.resource("aws_nat_gateway", "this", b -> b
                .attr("count", local("nat_count")).blank()
                .attr("allocation_id", Hcl.attr(index(ref("aws_eip.nat"), ref("count.index")), "id"))
                .attr("subnet_id", Hcl.attr(index(ref("aws_subnet.public"), ref("count.index")), "id"))
                .attr("tags", call("merge", var("tags"), obj().put("Name", tmpl(var("name"), "-", index(local("azs"),
                        ref("count.index")))).build()))
                .attr("depends_on", list(ref("aws_internet_gateway.this"))));
        m.resource("aws_route_table", "private", b -> b
                .attr("count", perZone).blank()
                .attr("vpc_id", local("vpc_id"))
                .attr("tags", call("merge", var("tags"), obj().put("Name", tmpl(var("name"), "-private-",
                        index(local("azs"), ref("count.index")))).build())));
        m.resource("aws_route", "private_nat", b -> b
                .attr("count", cond(op(local("nat_count"), ">", num(0)), var("zones"), num(0))).blank()
                .attr("route_table_id", Hcl.attr(index(ref("aws_route_table.private"), ref("count.index")), "id"))
                .attr("destination_cidr_block", "0.0.0.0/0")
                .comment("per-zone: each zone's own NAT gateway (a zone outage leaves the others online); single: the one.")
                .attr("nat_gateway_id", Hcl.attr(index(ref("aws_nat_gateway.this"),
                        call("min", ref("count.index"), op(local("nat_count"), "-", num(1)))), "id")));
        m.resource("aws_route_table_association", "private", b -> b
                .attr("count", perZone).blank()
                .attr("subnet_id", Hcl.attr(index(ref("aws_subnet.private"), ref("count.index")), "id"))
                .attr("route_table_id", Hcl.attr(index(ref("aws_route_table.private"), ref("count.index")), "id")));
        m.resource("aws_route_table", "data", b -> b
                .attr("count", count).blank()
                .comment("No route beyond the VPC: databases and caches are isolated from the internet.")
                .attr("vpc_id", local("vpc_id"))
                .attr("tags", call("merge", var("tags"), obj().put("Name", tmpl(var("name"), "-data")).build())));
        associate(m, "data", ref("aws_route_table.data[0].id"));
    }

    private static void subnet(TfModule m, String tier, Expr cidr, Expr count) {
        m.resource("aws_subnet", tier, b -> {
            b.attr("count", count).blank()
                    .attr("vpc_id", local("vpc_id"))
                    .attr("cidr_block", cidr)
                    .attr("availability_zone", index(local("azs"), ref("count.index")));
            if (tier.equals("public")) {
                b.comment("No public IPs handed out: only the load balancers and NAT gateways (own addresses) live here.");
            }
            b.attr("map_public_ip_on_launch", false)
                    .attr("tags", call("merge", var("tags"), obj().put("Name", tmpl(var("name"), "-" + tier + "-",
                            index(local("azs"), ref("count.index")))).put("Tier", str(tier)).build()));
        });
    }

    private static void associate(TfModule m, String tier, Expr table) {
        m.resource("aws_route_table_association", tier, b -> b
                .attr("count", cond(local("create"), var("zones"), num(0))).blank()
                .attr("subnet_id", Hcl.attr(index(ref("aws_subnet." + tier), ref("count.index")), "id"))
                .attr("route_table_id", table));
    }

    private static void variables(TfModule m) {
        m.required("name", Types.STRING, "Name of the network; prefixes its resources' names.");
        m.required("cidr", Types.STRING, "Address range of the VPC (/16 to /22 when the module creates it), or of the"
                + " existing VPC.", check(op(call("can", call("cidrhost", var("cidr"), num(0))), "&&",
                op(call("tonumber", index(call("split", str("/"), var("cidr")), num(1))), "<=", num(22))),
                "cidr must be an IPv4 CIDR block from /16 to /22 (six zones of three subnet tiers need the room)."));
        m.optional("zones", Types.NUMBER, "Availability zones the subnets span (2-6).", num(2),
                check(op(op(var("zones"), ">=", num(2)), "&&", op(var("zones"), "<=", num(6))), "zones must be 2-6."));
        m.optional("nat_gateways", Types.STRING, "none (private subnets reach AWS through the endpoints only), single"
                + " (one NAT gateway shared by every zone) or per-zone.", str("single"),
                check(call("contains", Hcl.strings(List.of("none", "single", "per-zone")), var("nat_gateways")),
                        "nat_gateways must be none, single or per-zone."));
        m.optional("interface_endpoints", Types.list(Types.STRING), "AWS services reached through interface endpoints in"
                + " the private subnets (ecr.api, ecr.dkr, logs, secretsmanager, ssm, sts, sqs, bedrock-runtime).", list());
        m.optional("flow_log_retention_in_days", Types.NUMBER, "Retention of the VPC flow logs.", num(365));
        m.optional("vpc_id", Types.STRING, "An existing VPC to use (bring your own): no network is created.", nul());
        m.optional("public_subnet_ids", Types.STRINGS, "Public subnets of the existing VPC (with vpc_id).", list());
        m.optional("private_subnet_ids", Types.STRINGS, "Private subnets of the existing VPC (with vpc_id).", list());
        m.optional("data_subnet_ids", Types.STRINGS, "Isolated subnets of the existing VPC for databases and caches"
                + " (with vpc_id).", list());
        NetworkSecurityGroups.variables(m);
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
    }

    private static void outputs(TfModule m) {
        m.output("vpc_id", "ID of the VPC.", local("vpc_id"));
        m.output("vpc_cidr", "Address range of the VPC.", var("cidr"));
        m.output("public_subnet_ids", "Public subnets, one per zone (load balancers).", local("public_subnet_ids"));
        m.output("private_subnet_ids", "Private subnets, one per zone (services, jobs, functions).", local("private_subnet_ids"));
        m.output("data_subnet_ids", "Isolated subnets, one per zone, with no route out of the VPC (databases, caches).",
                local("data_subnet_ids"));
        m.output("security_group_ids", "Security group of each network principal, keyed \"<kind>:<name>\".",
                Hcl.forMap("k", "sg", ref("aws_security_group.this"), ref("k"), ref("sg.id"), null));
        m.output("endpoint_security_group_id", "Security group of the interface endpoints (null without any).",
                call("one", ref("aws_security_group.endpoints[*].id")));
        m.output("nat_public_ips", "Public addresses the private subnets reach the internet from (allow-list them).",
                ref("aws_eip.nat[*].public_ip"));
        m.output("flow_log_group_name", "CloudWatch log group of the VPC flow logs (null for an existing VPC).",
                call("one", ref("aws_cloudwatch_log_group.flow_logs[*].name")));
    }
}
