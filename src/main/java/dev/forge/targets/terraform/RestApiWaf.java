package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Body;
import java.util.List;

/**
 * The web application firewall of {@code modules/api_gateway_rest}: a regional WAFv2 web ACL (AWS managed common,
 * known-bad-inputs and IP reputation rule groups, and a per-IP rate rule) associated with the stage. HTTP APIs
 * (API Gateway v2) cannot take a web ACL, so only the REST module has one.
 */
final class RestApiWaf {

    /** AWS managed rule groups, in priority order. */
    static final List<String> MANAGED = List.of("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet",
            "AWSManagedRulesAmazonIpReputationList");

    private RestApiWaf() {
    }

    static void add(TfModule m) {
        m.optional("waf", Types.BOOL, "Put a WAFv2 web ACL in front of the stage (FORGE rule: production REST APIs have a"
                + " firewall).", bool(true));
        m.optional("waf_rate_limit", Types.NUMBER, "Requests per client IP in 5 minutes above which the web ACL blocks"
                + " the client.", num(2000),
                TfModule.check(dev.forge.emit.hcl.Hcl.op(var("waf_rate_limit"), ">=", num(10)),
                        "waf_rate_limit must be at least 10 (the WAFv2 minimum)."));
        m.resource("aws_wafv2_web_acl", "this", b -> {
            b.attr("count", cond(var("waf"), num(1), num(0))).blank()
                    .attr("name", tmpl(var("name"), "-waf"))
                    .attr("description", tmpl("Web ACL of API ", var("name")))
                    .attr("scope", "REGIONAL")
                    .attr("tags", var("tags"))
                    .comment("FORGE rule: production REST APIs have a firewall. Requests no rule blocks are allowed.")
                    .block("default_action", d -> d.block("allow", a -> { }));
            for (int i = 0; i < MANAGED.size(); i++) {
                String group = MANAGED.get(i);
                int priority = i;
                b.block("rule", r -> managed(r, group, priority));
            }
            b.block("rule", r -> r
                    .attr("name", "RateLimitPerIp")
                    .attr("priority", MANAGED.size())
                    .block("action", a -> a.block("block", x -> { }))
                    .block("statement", s -> s.block("rate_based_statement", st -> st
                            .attr("limit", var("waf_rate_limit"))
                            .attr("aggregate_key_type", "IP")))
                    .block("visibility_config", v -> visibility(v, "-RateLimitPerIp")));
            b.block("visibility_config", v -> visibility(v, ""));
        });
        m.resource("aws_wafv2_web_acl_association", "this", b -> b
                .attr("count", cond(var("waf"), num(1), num(0))).blank()
                .attr("resource_arn", ref("aws_api_gateway_stage.this.arn"))
                .attr("web_acl_arn", ref("aws_wafv2_web_acl.this[0].arn")));
        m.output("web_acl_arn", "ARN of the web ACL in front of the stage (null without one).",
                call("one", ref("aws_wafv2_web_acl.this[*].arn")));
    }

    private static void managed(Body r, String group, int priority) {
        r.attr("name", group)
                .attr("priority", priority)
                .block("override_action", o -> o.block("none", n -> { }))
                .block("statement", s -> s.block("managed_rule_group_statement", g -> g
                        .attr("name", group)
                        .attr("vendor_name", "AWS")))
                .block("visibility_config", v -> visibility(v, "-" + group));
    }

    private static void visibility(Body v, String suffix) {
        v.attr("cloudwatch_metrics_enabled", true)
                .attr("metric_name", tmpl(var("name"), "-waf" + suffix))
                .attr("sampled_requests_enabled", true);
    }
}
