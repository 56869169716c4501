package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Endpoint;
import dev.forge.model.NatGateways;
import dev.forge.model.NetworkSpec;
import dev.forge.model.Spec;
import dev.forge.model.VpcSource;
import dev.forge.platform.aws.NetworkEdges;
import java.util.ArrayList;
import java.util.List;

/**
 * The network, as terraform-aws's {@code modules/network} builds it: a VPC across the environment's zones with public
 * subnets (load balancers, NAT), private subnets (services, jobs, VPC functions; out through NAT when there is one)
 * and isolated data subnets (databases, caches; no route out of the VPC), an internet gateway, NAT per
 * {@code network.nat-gateways}, S3 and DynamoDB gateway endpoints, the interface endpoints {@link NetworkEdges}
 * derives behind their own security group, and VPC flow logs. With {@code network.vpc: existing} nothing of this is
 * created: the VPC's and its subnets' IDs are parameters.
 *
 * <p>Logical IDs other parts use: {@link #vpcId}, {@link #subnets}; the interface endpoints' group is
 * {@code VpcEndpointsSecurityGroup}. Created: {@code Vpc}, {@code VpcPublicSubnet1..n}, {@code VpcPrivateSubnet1..n},
 * {@code VpcDataSubnet1..n}, route tables, {@code VpcNatGateway1..n}, {@code VpcFlowLog}. Brought: parameters
 * {@code VpcId}, {@code VpcCidr}, {@code PublicSubnetIds}, {@code PrivateSubnetIds}, {@code DataSubnetIds}.
 */
final class NetworkPart implements Part {

    /** The three tiers of subnets. */
    enum Tier { PUBLIC, PRIVATE, DATA;

        String id() {
            return Stack.camel(name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** CloudWatch Logs' retentions, in days. */
    static final long[] RETENTIONS = {1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192,
        2557, 2922, 3288, 3653};

    @Override
    public void build(Stack stack) {
        Spec s = stack.env().spec();
        if (!NetworkEdges.needed(s)) {
            return;
        }
        if (existing(s)) {
            brought(stack);
            return;
        }
        NetworkSpec n = s.network();
        Template t = stack.template();
        String name = stack.env().naming().base("network");
        int zones = n.zones();
        t.add("Vpc", "AWS::EC2::VPC", YamlMap.of("CidrBlock", n.cidr(),
                "EnableDnsSupport", true, "EnableDnsHostnames", true, // private DNS of the interface endpoints needs both
                "Tags", tags(name)));
        t.output("VpcId", "ID of the VPC", Fn.ref("Vpc"), null);
        stack.note("The VPC's default security group keeps its default rules: CloudFormation cannot empty it"
                + " (AWS::EC2::VPC has no such property; terraform-aws does with aws_default_security_group). No resource"
                + " uses it: every principal has its own group.");
        t.add("VpcInternetGateway", "AWS::EC2::InternetGateway", YamlMap.of("Tags", tags(name)));
        t.add("VpcInternetGatewayAttachment", "AWS::EC2::VPCGatewayAttachment", YamlMap.of("VpcId", Fn.ref("Vpc"),
                "InternetGatewayId", Fn.ref("VpcInternetGateway")));
        // Layout (terraform-aws's): private subnets take the first six eighths of the range, one per zone; public and
        // data subnets split the seventh and the eighth eighths into eighths again.
        for (int i = 0; i < zones; i++) {
            subnet(t, name, Tier.PRIVATE, i, Cidrs.subnet(n.cidr(), 3, i));
            subnet(t, name, Tier.PUBLIC, i, Cidrs.subnet(Cidrs.subnet(n.cidr(), 3, 6), 3, i));
            subnet(t, name, Tier.DATA, i, Cidrs.subnet(Cidrs.subnet(n.cidr(), 3, 7), 3, i));
        }
        routes(t, name, zones, natCount(n));
        endpoints(stack, name, zones);
        flowLogs(stack, name);
    }

    static boolean existing(Spec s) {
        return s.network().vpc() == VpcSource.EXISTING;
    }

    /** NAT gateways: none without {@code nat}, one, or one per zone. */
    static int natCount(NetworkSpec n) {
        return !Boolean.TRUE.equals(n.nat()) ? 0 : n.natGateways() == NatGateways.PER_ZONE ? n.zones() : 1;
    }

    /** The VPC's ID (created or brought). */
    static YamlMap vpcId(Stack stack) {
        return Fn.ref(existing(stack.env().spec()) ? "VpcId" : "Vpc");
    }

    /** The subnets of a tier, one per zone: a list of Refs, or the brought list parameter. */
    static Object subnets(Stack stack, Tier tier) {
        if (existing(stack.env().spec())) {
            return Fn.ref(tier.id() + "SubnetIds");
        }
        YamlList out = new YamlList();
        for (int i = 1; i <= stack.env().spec().network().zones(); i++) {
            out.add(Fn.ref("Vpc" + tier.id() + "Subnet" + i));
        }
        return out;
    }

    private static void brought(Stack stack) {
        Template t = stack.template();
        t.parameter("VpcId", YamlMap.of("Type", "AWS::EC2::VPC::Id", "Description", "The existing VPC the app runs in"
                + " (network.vpc: existing)."));
        t.parameter("VpcCidr", YamlMap.of("Type", "String", "Description", "CIDR block of that VPC.",
                "AllowedPattern", "^(\\d{1,3}\\.){3}\\d{1,3}/\\d{1,2}$"));
        t.parameter("PublicSubnetIds", YamlMap.of("Type", "List<AWS::EC2::Subnet::Id>", "Description",
                "Its public subnets (load balancers)."));
        t.parameter("PrivateSubnetIds", YamlMap.of("Type", "List<AWS::EC2::Subnet::Id>", "Description",
                "Its private subnets, with a route to NAT or VPC endpoints (services, jobs, functions)."));
        t.parameter("DataSubnetIds", YamlMap.of("Type", "List<AWS::EC2::Subnet::Id>", "Description",
                "Its isolated subnets (databases, caches)."));
        stack.note("network cidr, zones, nat, nat-gateways and endpoints: the VPC is brought (`vpc: existing`), so its"
                + " subnets, routes, NAT, endpoints and flow logs are its owner's; only the security groups are created.");
    }

    private static void subnet(Template t, String name, Tier tier, int i, String cidr) {
        String zone = String.valueOf(i + 1);
        YamlList tags = tags(name + "-" + tier.name().toLowerCase(java.util.Locale.ROOT) + "-" + zone);
        tags.add(YamlMap.of("Key", "Tier", "Value", tier.name().toLowerCase(java.util.Locale.ROOT)));
        t.add("Vpc" + tier.id() + "Subnet" + zone, "AWS::EC2::Subnet", YamlMap.of("VpcId", Fn.ref("Vpc"),
                "CidrBlock", cidr, "AvailabilityZone", Fn.select(i, Fn.azs()),
                // no public IPs handed out: only the load balancers and NAT gateways (own addresses) live in public ones
                "MapPublicIpOnLaunch", false, "Tags", tags));
    }

    private static void routes(Template t, String name, int zones, int nat) {
        t.add("VpcPublicRouteTable", "AWS::EC2::RouteTable", YamlMap.of("VpcId", Fn.ref("Vpc"), "Tags", tags(name + "-public")));
        t.add("VpcPublicRoute", "AWS::EC2::Route", YamlMap.of("RouteTableId", Fn.ref("VpcPublicRouteTable"),
                "DestinationCidrBlock", "0.0.0.0/0", "GatewayId", Fn.ref("VpcInternetGateway")))
                .dependsOn("VpcInternetGatewayAttachment");
        // no route beyond the VPC from the data subnets: databases and caches are isolated from the internet
        t.add("VpcDataRouteTable", "AWS::EC2::RouteTable", YamlMap.of("VpcId", Fn.ref("Vpc"), "Tags", tags(name + "-data")));
        for (int i = 1; i <= zones; i++) {
            associate(t, "VpcPublicSubnet" + i, "VpcPublicRouteTable");
            associate(t, "VpcDataSubnet" + i, "VpcDataRouteTable");
        }
        for (int i = 1; i <= nat; i++) {
            t.add("VpcNatEip" + i, "AWS::EC2::EIP", YamlMap.of("Domain", "vpc", "Tags", tags(name + "-nat-" + i)))
                    .dependsOn("VpcInternetGatewayAttachment");
            t.add("VpcNatGateway" + i, "AWS::EC2::NatGateway", YamlMap.of("AllocationId", Fn.getAtt("VpcNatEip" + i,
                    "AllocationId"), "SubnetId", Fn.ref("VpcPublicSubnet" + i), "Tags", tags(name + "-" + i)));
        }
        for (int i = 1; i <= zones; i++) {
            t.add("VpcPrivateRouteTable" + i, "AWS::EC2::RouteTable", YamlMap.of("VpcId", Fn.ref("Vpc"),
                    "Tags", tags(name + "-private-" + i)));
            if (nat > 0) {
                // per-zone: each zone's own NAT gateway (a zone outage leaves the others online); single: the one
                t.add("VpcPrivateRoute" + i, "AWS::EC2::Route", YamlMap.of("RouteTableId", Fn.ref("VpcPrivateRouteTable" + i),
                        "DestinationCidrBlock", "0.0.0.0/0", "NatGatewayId", Fn.ref("VpcNatGateway" + Math.min(i, nat))));
            }
            associate(t, "VpcPrivateSubnet" + i, "VpcPrivateRouteTable" + i);
        }
    }

    private static void associate(Template t, String subnet, String table) {
        t.add(subnet + "RouteTableAssociation", "AWS::EC2::SubnetRouteTableAssociation", YamlMap.of("SubnetId",
                Fn.ref(subnet), "RouteTableId", Fn.ref(table)));
    }

    private static void endpoints(Stack stack, String name, int zones) {
        Template t = stack.template();
        YamlList privateTables = new YamlList();
        for (int i = 1; i <= zones; i++) {
            privateTables.add(Fn.ref("VpcPrivateRouteTable" + i));
        }
        // free: S3 (also ECR's image layers) and DynamoDB traffic stays on the AWS network
        for (String gateway : List.of("dynamodb", "s3")) {
            t.add("VpcEndpoint" + Stack.camel(gateway), "AWS::EC2::VPCEndpoint", YamlMap.of("VpcId", Fn.ref("Vpc"),
                    "ServiceName", Fn.sub("com.amazonaws.${AWS::Region}." + gateway), "VpcEndpointType", "Gateway",
                    "RouteTableIds", privateTables.copy()));
        }
        List<String> services = interfaceServices(stack);
        if (services.isEmpty()) {
            return;
        }
        t.add("VpcEndpointsSecurityGroup", "AWS::EC2::SecurityGroup", YamlMap.of("GroupName", name + "-endpoints",
                "GroupDescription", "Interface endpoints of " + name + ": HTTPS from the app's principals",
                "VpcId", Fn.ref("Vpc"), "SecurityGroupEgress", YamlList.of(SecurityGroupsPart.denyAllEgress()),
                "Tags", tags(name + "-endpoints")));
        for (String service : services) {
            t.add("VpcEndpoint" + Stack.camel(service), "AWS::EC2::VPCEndpoint", YamlMap.of("VpcId", Fn.ref("Vpc"),
                    "ServiceName", Fn.sub("com.amazonaws.${AWS::Region}." + service), "VpcEndpointType", "Interface",
                    "SubnetIds", subnets(stack, Tier.PRIVATE),
                    "SecurityGroupIds", YamlList.of(Fn.getAtt("VpcEndpointsSecurityGroup", "GroupId")),
                    // the service's usual hostname resolves to the endpoint inside the VPC: SDKs need no settings
                    "PrivateDnsEnabled", true));
        }
    }

    /** The AWS service names of the interface endpoints, sorted (none for a brought VPC). */
    static List<String> interfaceServices(Stack stack) {
        if (existing(stack.env().spec())) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Endpoint e : NetworkEdges.interfaceEndpoints(stack.env())) {
            out.addAll(NetworkEdges.serviceNames(e));
        }
        return out.stream().sorted().toList();
    }

    private static void flowLogs(Stack stack, String name) {
        Template t = stack.template();
        // VPC flow logs on every VPC (CIS AWS Foundations 3.7): who talked to whom, accepted or rejected
        logGroup(stack, "VpcFlowLogGroup", "/aws/vpc/" + name + "/flow-logs");
        YamlMap trust = YamlMap.of("Version", "2012-10-17", "Statement", YamlList.of(YamlMap.of(
                "Effect", "Allow", "Principal", YamlMap.of("Service", "vpc-flow-logs.amazonaws.com"),
                "Action", "sts:AssumeRole",
                // confused-deputy guard: only this account's flow logs may assume the role
                "Condition", YamlMap.of("StringEquals", YamlMap.of("aws:SourceAccount", Fn.ACCOUNT),
                        "ArnLike", YamlMap.of("aws:SourceArn", Fn.sub(
                                "arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:vpc-flow-log/*"))))));
        YamlMap write = YamlMap.of("Version", "2012-10-17", "Statement", YamlList.of(YamlMap.of(
                "Sid", "WriteFlowLogs", "Effect", "Allow",
                "Action", YamlList.of("logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"),
                // least privilege: streams of this one log group (it exists, so no CreateLogGroup)
                "Resource", YamlList.of(Fn.getAtt("VpcFlowLogGroup", "Arn"),
                        Fn.sub("${VpcFlowLogGroup.Arn}:log-stream:*")))));
        t.add("VpcFlowLogRole", "AWS::IAM::Role", YamlMap.of("RoleName", name + "-flow-logs",
                "AssumeRolePolicyDocument", trust,
                "Policies", YamlList.of(YamlMap.of("PolicyName", "write-flow-logs", "PolicyDocument", write))));
        t.add("VpcFlowLog", "AWS::EC2::FlowLog", YamlMap.of("ResourceId", Fn.ref("Vpc"), "ResourceType", "VPC",
                "TrafficType", "ALL", "LogDestinationType", "cloud-watch-logs",
                "LogDestination", Fn.getAtt("VpcFlowLogGroup", "Arn"),
                "DeliverLogsPermissionArn", Fn.getAtt("VpcFlowLogRole", "Arn"), "MaxAggregationInterval", 60,
                "Tags", tags(name)));
    }

    /**
     * A log group kept {@link #retention} days, encrypted by CloudWatch Logs (its own keys, as terraform-aws's log
     * groups): a customer-managed key per log group would need a key policy for the logs service in every stack.
     */
    static Resource logGroup(Stack stack, String id, String name) {
        long days = retention(stack);
        Resource r = stack.template().add(id, "AWS::Logs::LogGroup", YamlMap.of("LogGroupName", name, "RetentionInDays", days));
        r.suppressGuard("cloudwatch_log_group_encrypted_check", "encrypted at rest by CloudWatch Logs with its own keys"
                + " (as terraform-aws); no customer-managed key per log group");
        if (days < 365) {
            r.suppressGuard("cloudwatch_log_group_retention_period_check", "kept " + days + " days: the spec's"
                    + " monitoring.log-retention for this environment");
        }
        return r;
    }

    /** The smallest CloudWatch Logs retention at least the spec's {@code monitoring.log-retention}. */
    static long retention(Stack stack) {
        long days = stack.env().spec().monitoring().logRetention().days();
        for (long r : RETENTIONS) {
            if (r >= days) {
                return r;
            }
        }
        return RETENTIONS[RETENTIONS.length - 1];
    }

    static YamlList tags(String name) {
        return YamlList.of(YamlMap.of("Key", "Name", "Value", name));
    }

    /** Terraform's {@code cidrsubnet} over IPv4, so both targets lay the subnets out alike. */
    static final class Cidrs {

        private Cidrs() {
        }

        static String subnet(String cidr, int newBits, int index) {
            String[] parts = cidr.split("/");
            int prefix = Integer.parseInt(parts[1]);
            int bits = prefix + newBits;
            if (bits > 28) {
                throw new IllegalArgumentException("network.cidr " + cidr + " is too small for three subnet tiers in up to"
                        + " six zones (subnets would be /" + bits + ", AWS's smallest is /28): use /22 or wider");
            }
            long base = 0;
            for (String o : parts[0].split("\\.")) {
                base = base << 8 | Integer.parseInt(o);
            }
            long mask = prefix == 0 ? 0 : 0xFFFFFFFFL << (32 - prefix) & 0xFFFFFFFFL;
            long addr = (base & mask) | ((long) index << (32 - bits));
            return (addr >> 24 & 255) + "." + (addr >> 16 & 255) + "." + (addr >> 8 & 255) + "." + (addr & 255) + "/" + bits;
        }
    }
}
