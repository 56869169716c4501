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
import java.util.List;

/**
 * The network module's endpoints and flow logs: S3 and DynamoDB gateway endpoints on the private route tables,
 * interface endpoints in the private subnets behind their own security group (HTTPS from the principals that call
 * out, nothing else), and VPC flow logs to a CloudWatch log group through a role that may only write there.
 */
final class NetworkEndpoints {

    private NetworkEndpoints() {
    }

    static void add(TfModule m) {
        Expr create = local("create");
        Expr anyInterface = op(create, "&&", op(call("length", var("interface_endpoints")), ">", num(0)));
        m.resource("aws_vpc_endpoint", "gateway", b -> b
                .attr("for_each", cond(create, call("toset", Hcl.strings(List.of("dynamodb", "s3"))), call("toset", list())))
                .blank()
                .comment("Free: S3 (also ECR's image layers) and DynamoDB traffic stays on the AWS network.")
                .attr("vpc_id", local("vpc_id"))
                .attr("service_name", tmpl("com.amazonaws.", ref("data.aws_region.current.region"), ".", ref("each.key")))
                .attr("vpc_endpoint_type", "Gateway")
                .attr("route_table_ids", ref("aws_route_table.private[*].id"))
                .attr("tags", call("merge", var("tags"), obj().put("Name", tmpl(var("name"), "-", ref("each.key"))).build())));
        m.resource("aws_security_group", "endpoints", b -> b
                .attr("count", cond(anyInterface, num(1), num(0))).blank()
                .attr("name", tmpl(var("name"), "-endpoints"))
                .attr("description", tmpl("Interface endpoints of ", var("name"), ": HTTPS from the app's principals"))
                .attr("vpc_id", local("vpc_id"))
                .attr("tags", var("tags")));
        m.resource("aws_vpc_security_group_ingress_rule", "endpoints", b -> b
                .attr("for_each", cond(anyInterface, call("toset", var("https_egress")), call("toset", list()))).blank()
                .comment("Only the principals that call AWS APIs reach the endpoints, on HTTPS only.")
                .attr("security_group_id", ref("aws_security_group.endpoints[0].id"))
                .attr("referenced_security_group_id", Hcl.attr(index(ref("aws_security_group.this"), ref("each.key")), "id"))
                .attr("description", tmpl("HTTPS from ", ref("each.key")))
                .attr("ip_protocol", "tcp")
                .attr("from_port", 443)
                .attr("to_port", 443));
        m.resource("aws_vpc_endpoint", "interface", b -> b
                .attr("for_each", cond(create, call("toset", var("interface_endpoints")), call("toset", list()))).blank()
                .attr("vpc_id", local("vpc_id"))
                .attr("service_name", tmpl("com.amazonaws.", ref("data.aws_region.current.region"), ".", ref("each.key")))
                .attr("vpc_endpoint_type", "Interface")
                .attr("subnet_ids", ref("aws_subnet.private[*].id"))
                .attr("security_group_ids", list(ref("aws_security_group.endpoints[0].id")))
                .comment("The service's usual hostname resolves to the endpoint inside the VPC: SDKs need no settings.")
                .attr("private_dns_enabled", true)
                .attr("tags", call("merge", var("tags"), obj().put("Name", tmpl(var("name"), "-", ref("each.key"))).build())));
        flowLogs(m, create);
    }

    private static void flowLogs(TfModule m, Expr create) {
        Expr count = cond(create, num(1), num(0));
        m.resource("aws_cloudwatch_log_group", "flow_logs", b -> b
                .attr("count", count).blank()
                .comment("VPC flow logs on every VPC (CIS AWS Foundations 3.7): who talked to whom, accepted or rejected.")
                .attr("name", tmpl("/aws/vpc/", var("name"), "/flow-logs"))
                .attr("retention_in_days", var("flow_log_retention_in_days"))
                .attr("tags", var("tags")));
        m.data("aws_caller_identity", "current", b -> { });
        m.data("aws_partition", "current", b -> { });
        m.data("aws_iam_policy_document", "flow_logs_assume", b -> b
                .block("statement", s -> s
                        .attr("actions", list(str("sts:AssumeRole")))
                        .block("principals", p -> p.attr("type", "Service")
                                .attr("identifiers", list(str("vpc-flow-logs.amazonaws.com"))))
                        .comment("Confused-deputy guard: only this account's flow logs may assume the role.")
                        .block("condition", c -> c.attr("test", "StringEquals").attr("variable", "aws:SourceAccount")
                                .attr("values", list(ref("data.aws_caller_identity.current.account_id"))))
                        .block("condition", c -> c.attr("test", "ArnLike").attr("variable", "aws:SourceArn")
                                .attr("values", list(tmpl("arn:", ref("data.aws_partition.current.partition"), ":ec2:",
                                        ref("data.aws_region.current.region"), ":",
                                        ref("data.aws_caller_identity.current.account_id"), ":vpc-flow-log/*"))))));
        m.resource("aws_iam_role", "flow_logs", b -> b
                .attr("count", count).blank()
                .attr("name", tmpl(var("name"), "-flow-logs"))
                .attr("assume_role_policy", ref("data.aws_iam_policy_document.flow_logs_assume.json"))
                .attr("tags", var("tags")));
        m.resource("aws_iam_role_policy", "flow_logs", b -> b
                .attr("count", count).blank()
                .attr("name", "write-flow-logs")
                .attr("role", ref("aws_iam_role.flow_logs[0].id"))
                .comment("Least privilege: write streams of this one log group (it exists, so no CreateLogGroup).")
                .attr("policy", call("jsonencode", obj()
                        .put("Version", str("2012-10-17"))
                        .put("Statement", list(obj()
                                .put("Sid", str("WriteFlowLogs"))
                                .put("Effect", str("Allow"))
                                .put("Action", Hcl.strings(List.of("logs:CreateLogStream", "logs:DescribeLogStreams",
                                        "logs:PutLogEvents")))
                                .put("Resource", list(ref("aws_cloudwatch_log_group.flow_logs[0].arn"),
                                        tmpl(ref("aws_cloudwatch_log_group.flow_logs[0].arn"), ":log-stream:*"))).build()))
                        .build())));
        m.resource("aws_flow_log", "this", b -> b
                .attr("count", count).blank()
                .attr("vpc_id", local("vpc_id"))
                .attr("traffic_type", "ALL")
                .attr("log_destination_type", "cloud-watch-logs")
                .attr("log_destination", ref("aws_cloudwatch_log_group.flow_logs[0].arn"))
                .attr("iam_role_arn", ref("aws_iam_role.flow_logs[0].arn"))
                .attr("max_aggregation_interval", 60)
                .attr("tags", var("tags")));
    }
}
