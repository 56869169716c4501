package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Body;
import dev.forge.emit.hcl.Expr;

/**
 * The custom domain of an API Gateway module ({@code domain:} in the spec): a regional domain name with a TLS 1.2
 * security policy and the certificate given as an input (ACM, same region), mapped to the stage. Outputs the
 * target domain name and hosted zone a DNS alias record points at.
 */
final class ApiDomain {

    private ApiDomain() {
    }

    private static void variables(TfModule m) {
        m.optional("domain_name", Types.STRING, "Custom domain name of the API (e.g. api.example.com); null for none.", nul());
        m.optional("certificate_arn", Types.STRING, "ARN of the ACM certificate of domain_name, in the API's region"
                + " (required with domain_name).", nul());
    }

    private static Expr count() {
        return cond(op(var("domain_name"), "==", nul()), num(0), num(1));
    }

    private static void precondition(Body b) {
        b.blank().block("lifecycle", l -> l.block("precondition", c -> c
                .attr("condition", op(var("certificate_arn"), "!=", nul()))
                .attr("error_message", "domain_name is set but certificate_arn is null: a custom domain needs its TLS"
                        + " certificate (ACM, in the API's region).")));
    }

    /** {@code aws_api_gateway_domain_name} + {@code aws_api_gateway_base_path_mapping} of a REST API stage. */
    static void rest(TfModule m) {
        variables(m);
        m.resource("aws_api_gateway_domain_name", "this", b -> {
            b.attr("count", count()).blank()
                    .attr("domain_name", var("domain_name"))
                    .attr("regional_certificate_arn", var("certificate_arn"))
                    .comment("FORGE: TLS 1.2 at least on the custom domain.")
                    .attr("security_policy", "TLS_1_2")
                    .attr("tags", var("tags"))
                    .blank()
                    .block("endpoint_configuration", e -> e.attr("types", list(str("REGIONAL"))));
            precondition(b);
        });
        m.resource("aws_api_gateway_base_path_mapping", "this", b -> b
                .attr("count", count()).blank()
                .attr("api_id", ref("aws_api_gateway_rest_api.this.id"))
                .attr("stage_name", ref("aws_api_gateway_stage.this.stage_name"))
                .attr("domain_name", ref("aws_api_gateway_domain_name.this[0].domain_name")));
        outputs(m, "aws_api_gateway_domain_name.this[*].regional_domain_name",
                "aws_api_gateway_domain_name.this[*].regional_zone_id");
    }

    /** {@code aws_apigatewayv2_domain_name} + {@code aws_apigatewayv2_api_mapping} of an HTTP API stage. */
    static void http(TfModule m) {
        variables(m);
        m.resource("aws_apigatewayv2_domain_name", "this", b -> {
            b.attr("count", count()).blank()
                    .attr("domain_name", var("domain_name"))
                    .attr("tags", var("tags"))
                    .blank()
                    .comment("FORGE: TLS 1.2 at least on the custom domain.")
                    .block("domain_name_configuration", c -> c
                            .attr("certificate_arn", var("certificate_arn"))
                            .attr("endpoint_type", "REGIONAL")
                            .attr("security_policy", "TLS_1_2"));
            precondition(b);
        });
        m.resource("aws_apigatewayv2_api_mapping", "this", b -> b
                .attr("count", count()).blank()
                .attr("api_id", ref("aws_apigatewayv2_api.this.id"))
                .attr("stage", ref("aws_apigatewayv2_stage.this.id"))
                .attr("domain_name", ref("aws_apigatewayv2_domain_name.this[0].id")));
        outputs(m, "aws_apigatewayv2_domain_name.this[*].domain_name_configuration[0].target_domain_name",
                "aws_apigatewayv2_domain_name.this[*].domain_name_configuration[0].hosted_zone_id");
    }

    /** What a DNS record of the domain needs: the name it points at and that name's hosted zone. */
    private static void outputs(TfModule m, String target, String zone) {
        m.output("domain_target", "Domain name a DNS alias (or CNAME) record of domain_name points at (null without one).",
                call("one", ref(target)));
        m.output("domain_zone_id", "Hosted zone ID of domain_target, for a Route 53 alias record (null without one).",
                call("one", ref(zone)));
    }
}
