package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import dev.forge.platform.aws.NetworkEdges;

/**
 * One security group per network principal ({@code <id>SecurityGroup}, e.g. {@code ServiceApiSecurityGroup}) with
 * exactly the connections {@link NetworkEdges} derives from {@code uses:} and the load balancers' routes: each edge
 * is an ingress rule on the target from the source's group and the matching egress rule on the source, one TCP port;
 * the load balancers alone take ingress from the internet (443, and 80 to be redirected); principals that run code
 * may call HTTPS out; databases, caches and load balancers have no other egress. Edges are separate resources
 * (groups that name each other inline would be a dependency cycle).
 */
final class SecurityGroupsPart implements Part {

    @Override
    public void build(Stack stack) {
        Spec s = stack.env().spec();
        if (!NetworkEdges.needed(s)) {
            return;
        }
        Template t = stack.template();
        boolean endpoints = t.has("VpcEndpointsSecurityGroup");
        if (!NetworkPart.existing(s) && NetworkPart.natCount(s.network()) == 0) {
            stack.note("No NAT (`network.nat: false`): the HTTPS egress rules name 0.0.0.0/0, and the private route tables"
                    + " are what confine it to the VPC, the interface endpoints and the S3 and DynamoDB gateway endpoints"
                    + " (a security group cannot name those gateways' prefix lists without a lookup CloudFormation lacks;"
                    + " terraform-aws names them).");
        }
        for (Ref p : NetworkEdges.principals(s)) {
            YamlList egress = new YamlList();
            if (NetworkEdges.runsCode(p)) {
                // AWS APIs (through the interface endpoints' private DNS or the gateway endpoints) and, through NAT,
                // external HTTPS APIs; with no NAT the private route tables reach nothing else.
                egress.add(YamlMap.of("IpProtocol", "tcp", "FromPort", 443, "ToPort", 443, "CidrIp", "0.0.0.0/0",
                        "Description", "HTTPS to AWS APIs and the internet"));
            } else {
                egress.add(denyAllEgress());
            }
            YamlMap props = YamlMap.of("GroupName", stack.env().naming().base(p.name()) + "-" + p.kind().spelling(),
                    "GroupDescription", NetworkEdges.description(p), "VpcId", NetworkPart.vpcId(stack));
            if (NetworkEdges.internetFacing(s).contains(p)) {
                YamlList ingress = new YamlList();
                for (int port : NetworkEdges.LOAD_BALANCER_PORTS) {
                    ingress.add(YamlMap.of("IpProtocol", "tcp", "FromPort", port, "ToPort", port, "CidrIp", "0.0.0.0/0",
                            "Description", port == 443 ? "HTTPS from the internet" : "HTTP from the internet, redirected to HTTPS"));
                }
                props.put("SecurityGroupIngress", ingress);
            }
            props.put("SecurityGroupEgress", egress);
            props.put("Tags", NetworkPart.tags(stack.env().naming().base(p.name()) + "-" + p.kind().spelling()));
            t.add(groupId(p), "AWS::EC2::SecurityGroup", props);
            if (endpoints && NetworkEdges.runsCode(p)) {
                // only the principals that call AWS APIs reach the endpoints, on HTTPS only
                t.add("VpcEndpointsFrom" + Stack.logicalId(p) + "Ingress", "AWS::EC2::SecurityGroupIngress", YamlMap.of(
                        "GroupId", Fn.getAtt("VpcEndpointsSecurityGroup", "GroupId"), "IpProtocol", "tcp", "FromPort", 443,
                        "ToPort", 443, "SourceSecurityGroupId", Fn.getAtt(groupId(p), "GroupId"),
                        "Description", "HTTPS from " + p));
            }
        }
        for (NetworkEdges.Edge e : NetworkEdges.edges(stack.env())) {
            String id = edgeId(e);
            t.add(id + "Ingress", "AWS::EC2::SecurityGroupIngress", YamlMap.of("GroupId", Fn.getAtt(groupId(e.to()), "GroupId"),
                    "IpProtocol", "tcp", "FromPort", e.port(), "ToPort", e.port(),
                    "SourceSecurityGroupId", Fn.getAtt(groupId(e.from()), "GroupId"), "Description", e.why()));
            t.add(id + "Egress", "AWS::EC2::SecurityGroupEgress", YamlMap.of("GroupId", Fn.getAtt(groupId(e.from()), "GroupId"),
                    "IpProtocol", "tcp", "FromPort", e.port(), "ToPort", e.port(),
                    "DestinationSecurityGroupId", Fn.getAtt(groupId(e.to()), "GroupId"), "Description", e.why()));
        }
    }

    /** {@code ServiceApiToDatabaseMain5432}: the two rules of one edge take it plus Ingress / Egress. */
    static String edgeId(NetworkEdges.Edge e) {
        return Stack.logicalId(e.from()) + "To" + Stack.logicalId(e.to()) + e.port();
    }

    static String groupId(Ref principal) {
        return Stack.logicalId(principal, "SecurityGroup");
    }

    /**
     * The rule that stands for "no egress": a group declared without egress rules gets allow-all from EC2, so it
     * declares one that matches nothing (ICMP type 252 code 86 to 255.255.255.255/32, the AWS CDK's
     * {@code allowAllOutbound: false}).
     */
    static YamlMap denyAllEgress() {
        return YamlMap.of("IpProtocol", "icmp", "FromPort", 252, "ToPort", 86, "CidrIp", "255.255.255.255/32",
                "Description", "Disallow all traffic");
    }
}
