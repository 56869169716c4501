package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.str;

import dev.forge.emit.hcl.Expr;

/** Inputs both API Gateway modules share, and their access log format. */
final class ApiVariables {

    private ApiVariables() {
    }

    static void common(TfModule m) {
        m.required("name", Types.STRING, "Name of the API.");
        m.optional("description", Types.STRING, "What the API is for.", str(""));
        m.required("integrations", Types.map(Types.object("invoke_arn", Types.STRING, "function_name", Types.STRING,
                "qualifier", Types.STRING)), "Lambda targets by key: alias invoke ARN, function name, alias name.");
        m.required("routes", Types.map(Types.object("integration", Types.STRING, "authorized", Types.BOOL, "source_path",
                Types.STRING)), "Routes by route key (\"POST /items\" or \"$default\"): integration key, whether the"
                + " authorizer applies, and the METHOD/path the Lambda permission allows.");
        m.optional("throttling_rate_limit", Types.NUMBER, "Steady requests per second.", num(100));
        m.optional("throttling_burst_limit", Types.NUMBER, "Burst of requests above the rate.", num(200));
        m.optional("access_logs", Types.BOOL, "Write JSON access logs to CloudWatch.", bool(true));
        m.optional("log_retention_in_days", Types.NUMBER, "Days access logs are kept.", num(30));
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
    }

    static Expr accessLogFormat(String routeVariable) {
        return obj()
                .put("requestId", "$context.requestId")
                .put("ip", "$context.identity.sourceIp")
                .put("requestTime", "$context.requestTime")
                .put("httpMethod", "$context.httpMethod")
                .put("route", routeVariable)
                .put("status", "$context.status")
                .put("responseLength", "$context.responseLength")
                .put("latency", "$context.responseLatency")
                .put("integrationError", "$context.integrationErrorMessage")
                .build();
    }
}
