package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

/**
 * {@code modules/waf}: a regional WAFv2 web ACL with the rules of {@link WebAcl} (the same as the REST API module's),
 * associated with one resource: an application load balancer ({@code module "waf_<api>"}, fed
 * {@code module.api_<api>.load_balancer_arn}).
 */
final class WafModule {

    static final String NAME = "waf";

    private WafModule() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "A regional WAFv2 web ACL (AWS managed common, known-bad-inputs and IP reputation"
                + " rule groups, and a per-IP rate rule) associated with one regional resource, such as an application load"
                + " balancer.");
        m.required("name", Types.STRING, "Prefix of the web ACL and its metric names.");
        m.required("resource_arn", Types.STRING, "ARN of the resource the web ACL protects (an application load balancer).");
        WebAcl.rateLimitInput(m);
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
        WebAcl.resource(m, null, tmpl("Web ACL of ", var("name")),
                "FORGE-API-005: production load balancers have a firewall.");
        m.resource("aws_wafv2_web_acl_association", "this", b -> b
                .attr("resource_arn", var("resource_arn"))
                .attr("web_acl_arn", ref("aws_wafv2_web_acl.this.arn")));
        m.output("web_acl_arn", "ARN of the web ACL.", ref("aws_wafv2_web_acl.this.arn"));
        m.output("web_acl_name", "Name of the web ACL (its CloudWatch metrics' WebACL dimension).",
                ref("aws_wafv2_web_acl.this.name"));
        return m;
    }
}
