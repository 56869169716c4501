package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.forMap;
import static dev.forge.emit.hcl.Hcl.list;
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

/**
 * {@code modules/load_balancer}: an internet-facing Application Load Balancer for a {@code type: loadbalancer} API:
 * HTTPS only (HTTP redirects), a TLS 1.3 policy, invalid headers dropped, access logs (LbAccessLogs), one target group
 * per service with the service's health check, listener rules from the routes, and the certificate (LbCertificate).
 */
final class LoadBalancerModule {

    static final String NAME = "load_balancer";
    /** TLS 1.3 with TLS 1.2 fallback, forward secrecy only: AWS's recommended policy. */
    static final String TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    private LoadBalancerModule() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "An internet-facing Application Load Balancer in the public subnets: HTTPS with a"
                + " TLS 1.3 policy (HTTP redirects to HTTPS), invalid header fields dropped, access logs to a bucket of its"
                + " own, deletion protection when asked, one IP target group per service with its health check (and a"
                + " second, green one for blue-green services), listener rules from the routes (anything else answers"
                + " 404), and the certificate: an ARN passed in, or an ACM certificate validated by DNS in a Route 53"
                + " zone, which then also points the domain at the load balancer.");
        variables(m);
        LbAccessLogs.variables(m);
        LbCertificate.variables(m);
        LbAccessLogs.resources(m);
        m.resource("aws_lb", "this", b -> b
                .attr("name", var("name"))
                .attr("load_balancer_type", "application")
                .attr("internal", false)
                .attr("subnets", var("subnet_ids"))
                .attr("security_groups", var("security_group_ids"))
                .comment("Headers that are not valid HTTP are dropped, not passed to the services (AWS FSBP ELB.4).")
                .attr("drop_invalid_header_fields", true)
                .attr("desync_mitigation_mode", "defensive")
                .comment("Production cannot be deleted by accident (AWS FSBP ELB.6).")
                .attr("enable_deletion_protection", var("deletion_protection"))
                .attr("idle_timeout", var("idle_timeout"))
                .comment("Access logs (AWS FSBP ELB.5).")
                .dynamic("access_logs", cond(var("access_logs"), list(num(1)), list()), a -> a
                        .attr("bucket", ref("aws_s3_bucket.logs[0].id"))
                        .attr("enabled", true))
                .attr("tags", var("tags"))
                .blank()
                .attr("depends_on", list(ref("aws_s3_bucket_policy.logs"))));
        targetGroup(m, "this", var("services"), ref("each.value.target_group_name"));
        targetGroup(m, "green", forMap("k", "s", var("services"), ref("k"), ref("s"),
                op(ref("s.green_target_group_name"), "!=", nul())), ref("each.value.green_target_group_name"));
        m.resource("aws_lb_listener", "http", b -> b
                .attr("load_balancer_arn", ref("aws_lb.this.arn"))
                .attr("port", 80)
                .attr("protocol", "HTTP")
                .comment("Plain HTTP only redirects to HTTPS (AWS FSBP ELB.1).")
                .block("default_action", a -> a.attr("type", "redirect").block("redirect", r -> r
                        .attr("port", "443").attr("protocol", "HTTPS").attr("status_code", "HTTP_301")))
                .attr("tags", var("tags")));
        m.resource("aws_lb_listener", "https", b -> b
                .attr("load_balancer_arn", ref("aws_lb.this.arn"))
                .attr("port", 443)
                .attr("protocol", "HTTPS")
                .comment("TLS 1.3 and 1.2 with forward secrecy only (AWS FSBP ELB.17).")
                .attr("ssl_policy", var("ssl_policy"))
                .attr("certificate_arn", ref("local.certificate_arn"))
                .comment("Security headers on every response; the server header is not sent.")
                .attr("routing_http_response_strict_transport_security_header_value", "max-age=31536000; includeSubDomains")
                .attr("routing_http_response_x_content_type_options_header_value", "nosniff")
                .attr("routing_http_response_x_frame_options_header_value", "DENY")
                .attr("routing_http_response_server_enabled", false)
                .comment("CORS answered by the load balancer (one origin: the header holds a single value).")
                .attr("routing_http_response_access_control_allow_origin_header_value", var("cors_origin"))
                .attr("routing_http_response_access_control_allow_methods_header_value", var("cors_methods"))
                .attr("routing_http_response_access_control_allow_headers_header_value", var("cors_headers"))
                .attr("routing_http_response_access_control_allow_credentials_header_value",
                        cond(var("cors_credentials"), str("true"), nul()))
                .attr("routing_http_response_access_control_max_age_header_value", var("cors_max_age"))
                .comment("A request no route matches gets 404, not a service.")
                .block("default_action", a -> a.attr("type", "fixed-response").block("fixed_response", r -> r
                        .attr("content_type", "text/plain").attr("message_body", "Not found").attr("status_code", "404")))
                .attr("tags", var("tags")));
        rules(m, "this", false);
        rules(m, "blue_green", true);
        LbCertificate.resources(m);
        outputs(m);
        return m;
    }

    private static void variables(TfModule m) {
        m.required("name", Types.STRING, "Name of the load balancer (at most 32 characters).",
                check(op(call("length", var("name")), "<=", num(32)), "name must be at most 32 characters."));
        m.required("vpc_id", Types.STRING, "VPC of the target groups.");
        m.required("subnet_ids", Types.STRINGS, "Public subnets, in at least two availability zones.");
        m.required("security_group_ids", Types.STRINGS, "Security groups of the load balancer (module network: 443 and 80"
                + " from anywhere, out to the services' ports only).");
        m.optional("deletion_protection", Types.BOOL, "Refuse to delete the load balancer (production).", bool(true));
        m.optional("idle_timeout", Types.NUMBER, "Seconds an idle connection stays open.", num(60));
        m.optional("ssl_policy", Types.STRING, "TLS policy of the HTTPS listener.", str(TLS_POLICY));
        m.optional("cors_origin", Types.STRING, "Origin allowed by CORS (null: no CORS headers).", nul());
        m.optional("cors_methods", Types.STRING, "Access-Control-Allow-Methods (comma-separated; null: none).", nul());
        m.optional("cors_headers", Types.STRING, "Access-Control-Allow-Headers (comma-separated; null: none).", nul());
        m.optional("cors_credentials", Types.BOOL, "Access-Control-Allow-Credentials: true.", bool(false));
        m.optional("cors_max_age", Types.STRING, "Access-Control-Max-Age in seconds (null: none).", nul());
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
        m.required("services", Types.map(Types.object("port", Types.NUMBER, "target_group_name", Types.STRING,
                "green_target_group_name", Types.optional(Types.STRING), "health_path", Types.STRING,
                "health_interval", Types.NUMBER, "health_timeout", Types.NUMBER, "healthy_threshold", Types.NUMBER,
                "unhealthy_threshold", Types.NUMBER)), "Services behind the load balancer by name: port, target group"
                + " names (green: blue-green only) and the health check.");
        m.required("rules", Types.list(Types.object("priority", Types.NUMBER, "service", Types.STRING, "methods",
                Types.STRINGS, "paths", Types.STRINGS, "blue_green", Types.BOOL)), "Listener rules: priority (lower first),"
                + " the service, HTTP methods (empty: any) and path patterns.");
    }

    private static void targetGroup(TfModule m, String label, Expr forEach, Expr name) {
        m.resource("aws_lb_target_group", label, b -> b
                .attr("for_each", forEach).blank()
                .attr("name", name)
                .attr("port", ref("each.value.port"))
                .attr("protocol", "HTTP")
                .attr("target_type", "ip")
                .attr("vpc_id", var("vpc_id"))
                .attr("deregistration_delay", 30)
                .block("health_check", h -> h
                        .attr("path", ref("each.value.health_path"))
                        .attr("interval", ref("each.value.health_interval"))
                        .attr("timeout", ref("each.value.health_timeout"))
                        .attr("healthy_threshold", ref("each.value.healthy_threshold"))
                        .attr("unhealthy_threshold", ref("each.value.unhealthy_threshold"))
                        .attr("matcher", "200-399"))
                .attr("tags", var("tags")));
    }

    /**
     * Listener rules; a blue-green service's one rule (platform.aws.EcsBlueGreen) forwards to both of its target groups
     * by weight, all to the blue one at first, and ignores its action afterwards: ECS moves the weights.
     */
    private static void rules(TfModule m, String label, boolean blueGreen) {
        Expr which = blueGreen ? ref("r.blue_green") : dev.forge.emit.hcl.Hcl.not(ref("r.blue_green"));
        Expr blue = Hcl.attr(Hcl.index(ref("aws_lb_target_group.this"), ref("each.value.service")), "arn");
        m.resource("aws_lb_listener_rule", label, b -> {
            b.attr("for_each", forMap(null, "r", var("rules"), call("tostring", ref("r.priority")), ref("r"), which)).blank()
                    .attr("listener_arn", ref("aws_lb_listener.https.arn"))
                    .attr("priority", ref("each.value.priority"))
                    .block("action", a -> {
                        a.attr("type", "forward");
                        if (blueGreen) {
                            a.block("forward", f -> f
                                    .block("target_group", t -> t.attr("arn", blue).attr("weight", 100))
                                    .block("target_group", t -> t.attr("arn", Hcl.attr(Hcl.index(
                                            ref("aws_lb_target_group.green"), ref("each.value.service")), "arn")).attr("weight", 0)));
                        } else {
                            a.attr("target_group_arn", blue);
                        }
                    })
                    .block("condition", c -> c.block("path_pattern", p -> p.attr("values", ref("each.value.paths"))))
                    .dynamic("condition", cond(op(call("length", ref("each.value.methods")), ">", num(0)), list(num(1)), list()),
                            c -> c.block("http_request_method", h -> h.attr("values", ref("each.value.methods"))))
                    .attr("tags", var("tags"));
            if (blueGreen) {
                b.comment("ECS moves this rule's weights between the blue and green target groups.")
                        .block("lifecycle", l -> l.attr("ignore_changes", list(ref("action"))));
            }
        });
    }

    private static void outputs(TfModule m) {
        m.output("load_balancer_arn", "ARN of the load balancer.", ref("aws_lb.this.arn"));
        m.output("load_balancer_arn_suffix", "ARN suffix (CloudWatch dimension LoadBalancer).", ref("aws_lb.this.arn_suffix"));
        m.output("dns_name", "DNS name of the load balancer.", ref("aws_lb.this.dns_name"));
        m.output("zone_id", "Hosted zone of the load balancer's DNS name (Route 53 alias records).", ref("aws_lb.this.zone_id"));
        m.output("https_listener_arn", "ARN of the HTTPS listener.", ref("aws_lb_listener.https.arn"));
        m.output("base_url", "https:// and the domain (or the load balancer's DNS name).",
                tmpl("https://", call("coalesce", var("domain_name"), ref("aws_lb.this.dns_name"))));
        m.output("target_group_arns", "Target group ARNs by service.", forMap("k", "t", ref("aws_lb_target_group.this"),
                ref("k"), ref("t.arn"), null));
        m.output("target_group_arn_suffixes", "Target group ARN suffixes by service (CloudWatch dimension TargetGroup).",
                forMap("k", "t", ref("aws_lb_target_group.this"), ref("k"), ref("t.arn_suffix"), null));
        m.output("target_group_names", "Target group names by service (blue).", forMap("k", "t",
                ref("aws_lb_target_group.this"), ref("k"), ref("t.name"), null));
        m.output("green_target_group_arns", "Green target group ARNs by blue-green service.", forMap("k", "t",
                ref("aws_lb_target_group.green"), ref("k"), ref("t.arn"), null));
        m.output("production_listener_rule_arns", "The listener rule ECS moves, by blue-green service.", forMap(null, "r",
                var("rules"), ref("r.service"), Hcl.attr(Hcl.index(ref("aws_lb_listener_rule.blue_green"),
                        call("tostring", ref("r.priority"))), "arn"), ref("r.blue_green")));
        m.output("access_log_bucket", "Bucket of the access logs (null without).", call("one", ref("aws_s3_bucket.logs[*].id")));
    }
}
