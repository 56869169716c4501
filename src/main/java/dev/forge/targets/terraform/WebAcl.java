package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Body;
import dev.forge.emit.hcl.Expr;
import java.util.List;

/**
 * The rules of every WAFv2 web ACL this target writes, in one place: the REST API module's ({@link RestApiWaf}) and the
 * load balancers' ({@link WafModule}). AWS managed rule groups (common, known bad inputs, IP reputation) and a per-IP
 * rate rule, blocking; requests no rule blocks are allowed. The module declares {@code name}, {@code tags} and
 * {@code waf_rate_limit}.
 */
final class WebAcl {

    /** AWS managed rule groups, in priority order. */
    static final List<String> MANAGED = List.of("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet",
            "AWSManagedRulesAmazonIpReputationList");

    private WebAcl() {
    }

    /** {@code waf_rate_limit}: requests per client IP in 5 minutes. */
    static void rateLimitInput(TfModule m) {
        m.optional("waf_rate_limit", Types.NUMBER, "Requests per client IP in 5 minutes above which the web ACL blocks"
                + " the client.", num(2000),
                TfModule.check(op(var("waf_rate_limit"), ">=", num(10)), "waf_rate_limit must be at least 10 (the WAFv2"
                        + " minimum)."));
    }

    /** {@code resource "aws_wafv2_web_acl" "this"}; {@code count} may be null (always one). */
    static void resource(TfModule m, Expr count, Expr description, String rule) {
        m.resource("aws_wafv2_web_acl", "this", b -> {
            if (count != null) {
                b.attr("count", count).blank();
            }
            b.attr("name", tmpl(var("name"), "-waf"))
                    .attr("description", description)
                    .attr("scope", "REGIONAL")
                    .attr("tags", var("tags"))
                    .comment(rule + " Requests no rule blocks are allowed.")
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
