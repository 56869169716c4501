package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;


/**
 * The web application firewall of {@code modules/api_gateway_rest}: a regional WAFv2 web ACL (the rules of
 * {@link WebAcl}) associated with the stage. HTTP APIs (API Gateway v2) cannot take a web ACL, so only the REST module
 * has one.
 */
final class RestApiWaf {

    private RestApiWaf() {
    }

    static void add(TfModule m) {
        m.optional("waf", Types.BOOL, "Put a WAFv2 web ACL in front of the stage (FORGE rule: production REST APIs have a"
                + " firewall).", bool(true));
        WebAcl.rateLimitInput(m);
        WebAcl.resource(m, cond(var("waf"), num(1), num(0)), tmpl("Web ACL of API ", var("name")),
                "FORGE rule: production REST APIs have a firewall.");
        m.resource("aws_wafv2_web_acl_association", "this", b -> b
                .attr("count", cond(var("waf"), num(1), num(0))).blank()
                .attr("resource_arn", ref("aws_api_gateway_stage.this.arn"))
                .attr("web_acl_arn", ref("aws_wafv2_web_acl.this[0].arn")));
        m.output("web_acl_arn", "ARN of the web ACL in front of the stage (null without one).",
                call("one", ref("aws_wafv2_web_acl.this[*].arn")));
    }
}
