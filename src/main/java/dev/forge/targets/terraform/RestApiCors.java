package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.attr;
import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.forMap;
import static dev.forge.emit.hcl.Hcl.index;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.tmpl;

import dev.forge.emit.hcl.Expr;

/**
 * CORS preflight of {@code modules/api_gateway_rest}: an OPTIONS method with a MOCK integration per path answering
 * the allowed origin, methods, headers, max-age and (when the spec allows them) credentials.
 */
final class RestApiCors {

    private static final String MAX_AGE = "method.response.header.Access-Control-Max-Age";

    private RestApiCors() {
    }

    /** {@code parameters}, plus Access-Control-Allow-Credentials = {@code value} when the API allows credentials. */
    private static Expr withCredentials(Expr parameters, Expr value) {
        Expr header = cond(ref("var.cors.allow_credentials"), list(str(RestApiModule.header("Credentials"))), list());
        return call("merge", forMap("i", "k", header, ref("k"), value, null), parameters);
    }

    static void add(TfModule m) {
        m.resource("aws_api_gateway_method", "options", b -> b
                .attr("for_each", ref("local.cors_paths")).blank()
                .attr("rest_api_id", ref("aws_api_gateway_rest_api.this.id"))
                .attr("resource_id", index(ref("local.resource_ids"), ref("each.value")))
                .attr("http_method", "OPTIONS")
                .attr("authorization", "NONE"));
        m.resource("aws_api_gateway_integration", "options", b -> b
                .attr("for_each", ref("local.cors_paths")).blank()
                .attr("rest_api_id", ref("aws_api_gateway_rest_api.this.id"))
                .attr("resource_id", attr(index(ref("aws_api_gateway_method.options"), ref("each.value")), "resource_id"))
                .attr("http_method", attr(index(ref("aws_api_gateway_method.options"), ref("each.value")), "http_method"))
                .attr("type", "MOCK")
                .attr("request_templates", obj().put("application/json", call("jsonencode",
                        obj().put("statusCode", dev.forge.emit.hcl.Hcl.num(200)).build())).build()));
        m.resource("aws_api_gateway_method_response", "options", b -> b
                .attr("for_each", ref("local.cors_paths")).blank()
                .attr("rest_api_id", ref("aws_api_gateway_rest_api.this.id"))
                .attr("resource_id", attr(index(ref("aws_api_gateway_method.options"), ref("each.value")), "resource_id"))
                .attr("http_method", attr(index(ref("aws_api_gateway_method.options"), ref("each.value")), "http_method"))
                .attr("status_code", "200")
                .attr("response_parameters", withCredentials(obj()
                        .put(RestApiModule.header("Headers"), bool(true))
                        .put(RestApiModule.header("Methods"), bool(true))
                        .put(RestApiModule.header("Origin"), bool(true))
                        .put(MAX_AGE, bool(true)).build(), bool(true))));
        m.resource("aws_api_gateway_integration_response", "options", b -> b
                .attr("for_each", ref("local.cors_paths")).blank()
                .attr("rest_api_id", ref("aws_api_gateway_rest_api.this.id"))
                .attr("resource_id", attr(index(ref("aws_api_gateway_method.options"), ref("each.value")), "resource_id"))
                .attr("http_method", attr(index(ref("aws_api_gateway_method.options"), ref("each.value")), "http_method"))
                .attr("status_code", attr(index(ref("aws_api_gateway_method_response.options"), ref("each.value")), "status_code"))
                .attr("response_parameters", withCredentials(obj()
                        .put(RestApiModule.header("Headers"), tmpl("'", ref("var.cors.allow_headers"), "'"))
                        .put(RestApiModule.header("Methods"), tmpl("'", ref("var.cors.allow_methods"), "'"))
                        .put(RestApiModule.header("Origin"), tmpl("'", ref("var.cors.allow_origin"), "'"))
                        .put(MAX_AGE, tmpl("'", ref("var.cors.max_age"), "'")).build(), str("'true'")))
                .blank()
                .attr("depends_on", list(ref("aws_api_gateway_integration.options"))));
    }
}
