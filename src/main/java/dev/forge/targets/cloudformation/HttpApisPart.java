package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.AuthType;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.RouteSpec;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * HTTP APIs (API Gateway v2) in front of functions' aliases {@code live}, as terraform-aws's api_gateway_http module:
 * {@code Api<Name>}, one Lambda proxy integration per function ({@code <id>Integration<Function>}), one route per
 * route key ({@code <id>Route<Key>}) with its own permission scoped to its method and path, an optional JWT authorizer
 * ({@code <id>Authorizer}; a route marked authorized is never public), CORS, the {@code $default} stage
 * ({@code <id>Stage}: auto-deploy, throttling, JSON access logs into {@code <id>AccessLogs}) and a custom domain
 * whose certificate is the parameter {@code <id>CertificateArn}. An API signing in with Cognito has a JWT authorizer
 * trusting the pool's issuer and app client (the {@link UserPoolsPart}'s pool, or parameters for a brought one).
 */
final class HttpApisPart implements Part {


    /** Whether this part renders the API. */
    static boolean renders(ApiSpec a) {
        return a.type() == ApiType.HTTP && dev.forge.platform.aws.ApiRoutes.servesFunctions(a);
    }

    @Override
    public void build(Stack stack) {
        new TreeMap<>(stack.env().spec().apis()).forEach((name, a) -> {
            if (renders(a)) {
                api(stack, name, a);
            }
        });
    }

    private static void api(Stack stack, String name, ApiSpec a) {
        Template t = stack.template();
        String id = Stack.logicalId(new Ref(Kind.API, name));
        String physical = stack.physicalName(Kind.API, name);
        YamlMap p = YamlMap.of("Name", physical, "Description", a.description(), "ProtocolType", "HTTP");
        if (a.cors() != null) {
            p.put("CorsConfiguration", YamlMap.of("AllowOrigins", YamlList.copyOf(a.cors().origins()),
                    "AllowMethods", YamlList.copyOf(a.cors().methods()), "AllowHeaders", YamlList.copyOf(a.cors().headers()),
                    "AllowCredentials", Boolean.TRUE.equals(a.cors().credentials()), "MaxAge", (int) a.cors().maxAge().seconds()));
        }
        t.add(id, "AWS::ApiGatewayV2::Api", p);
        boolean auth = a.auth().type() != AuthType.NONE;
        if (auth) {
            t.add(id + "Authorizer", "AWS::ApiGatewayV2::Authorizer", YamlMap.of("ApiId", Fn.ref(id),
                    "Name", physical + "-jwt", "AuthorizerType", "JWT",
                    "IdentitySource", YamlList.of("$request.header.Authorization"),
                    "JwtConfiguration", jwt(stack, name, a, id)));
        }
        Map<String, RouteSpec> routes = new TreeMap<>();
        a.routes().forEach((key, r) -> {
            if (r.to().kind() == Kind.FUNCTION) {
                routes.put(key, r);
            } else {
                stack.note("Route `" + key + "` of API `" + name + "` goes to " + r.to() + ": not rendered (API Gateway"
                        + " reaches functions; route services through a `type: loadbalancer` API).");
            }
        });
        new TreeMap<String, Ref>(routes.values().stream().map(RouteSpec::to)
                .collect(java.util.stream.Collectors.toMap(Ref::name, r -> r, (x, y) -> x))).forEach((fn, r) ->
                t.add(id + "Integration" + Stack.camel(fn), "AWS::ApiGatewayV2::Integration", YamlMap.of("ApiId", Fn.ref(id),
                        "IntegrationType", "AWS_PROXY", "IntegrationUri", Fn.ref(Stack.logicalId(r) + "Alias"),
                        "PayloadFormatVersion", "2.0")));
        Set<String> used = new HashSet<>();
        Map<String, String> routeIds = new LinkedHashMap<>();
        routes.keySet().forEach(key -> {
            String rid = id + "Route" + Stack.camel(key.replace("$default", "Default").replace("{", "By ").replace("+", " Plus"));
            String unique = rid;
            for (int n = 2; !used.add(unique); n++) {
                unique = rid + n;
            }
            routeIds.put(key, unique);
        });
        routes.forEach((key, r) -> {
            String rid = routeIds.get(key);
            // Fail closed: a route of an API with an authorizer is authorized unless the spec opens it.
            boolean authorized = auth && !Boolean.TRUE.equals(r.open());
            YamlMap route = YamlMap.of("ApiId", Fn.ref(id), "RouteKey", key,
                    "Target", Fn.sub("integrations/${" + id + "Integration" + Stack.camel(r.to().name()) + "}"),
                    "AuthorizationType", authorized ? "JWT" : "NONE");
            if (authorized) {
                route.put("AuthorizerId", Fn.ref(id + "Authorizer"));
                if (a.auth().scopes() != null && !a.auth().scopes().isEmpty()) {
                    route.put("AuthorizationScopes", YamlList.copyOf(a.auth().scopes()));
                }
            }
            Resource added = t.add(rid, "AWS::ApiGatewayV2::Route", route);
            if (!authorized) {
                added.suppressGuard("api_gw_v2_authorization_type_configured_check", "CT.APIGATEWAY.PR.5: "
                        + (auth ? "the spec opens this route (`open: true`)"
                        : "the spec makes this API public (`auth: none`): " + (a.auth().reason() == null ? "no reason given"
                        : a.auth().reason())));
            }
            t.add(rid + "Permission", "AWS::Lambda::Permission", YamlMap.of("Action", "lambda:InvokeFunction",
                    "FunctionName", Fn.ref(Stack.logicalId(r.to()) + "Alias"), "Principal", "apigateway.amazonaws.com",
                    "SourceArn", Fn.join("", List.of("arn:", Fn.PARTITION, ":execute-api:", Fn.REGION, ":", Fn.ACCOUNT, ":",
                            Fn.ref(id), "/*/" + dev.forge.platform.aws.ApiRoutes.sourcePath(key)))))
                    .suppressGuard("lambda_function_public_access_prohibited_check", "CT.LAMBDA.PR.2: only API Gateway,"
                            + " for this route's method and path of API " + name + " of this stack (SourceArn)");
        });
        YamlMap stage = YamlMap.of("ApiId", Fn.ref(id), "StageName", "$default", "AutoDeploy", true,
                "DefaultRouteSettings", YamlMap.of("ThrottlingRateLimit", a.throttling().rate(),
                        "ThrottlingBurstLimit", a.throttling().burst(), "DetailedMetricsEnabled", true));
        if (Boolean.TRUE.equals(a.accessLogs())) {
            FunctionsPart.logGroup(stack, id + "AccessLogs", "/aws/apigateway/" + physical);
            // FORGE rule: APIs write access logs
            stage.put("AccessLogSettings", YamlMap.of("DestinationArn", Fn.getAtt(id + "AccessLogs", "Arn"),
                    "Format", accessLogFormat("$context.routeKey")));
        }
        t.add(id + "Stage", "AWS::ApiGatewayV2::Stage", stage);
        if (a.domain() != null) {
            String cert = certificate(stack, id, name, a.domain());
            t.add(id + "Domain", "AWS::ApiGatewayV2::DomainName", YamlMap.of("DomainName", a.domain(),
                    "DomainNameConfigurations", YamlList.of(YamlMap.of("CertificateArn", Fn.ref(cert),
                            "EndpointType", "REGIONAL", "SecurityPolicy", "TLS_1_2"))));
            t.add(id + "Mapping", "AWS::ApiGatewayV2::ApiMapping", YamlMap.of("ApiId", Fn.ref(id),
                    "DomainName", Fn.ref(id + "Domain"), "Stage", Fn.ref(id + "Stage")));
            t.output(id + "DomainTarget", "Regional domain name to point " + a.domain() + " at (CNAME or alias)",
                    Fn.getAtt(id + "Domain", "RegionalDomainName"), null);
        }
        t.output(id + "Url", "Base URL of API " + name, Fn.getAtt(id, "ApiEndpoint"), null);
    }


    /**
     * What the JWT authorizer trusts: the spec's issuer and audience; for a user pool Forge creates, its issuer and its
     * app client; for a Cognito pool the spec brings, the parameters {@code <id>JwtIssuer} and {@code <id>JwtAudience}.
     */
    private static YamlMap jwt(Stack stack, String name, ApiSpec a, String id) {
        if (a.auth().type() == AuthType.JWT) {
            return YamlMap.of("Issuer", a.auth().issuer(),
                    "Audience", YamlList.copyOf(a.auth().audience() == null ? List.of() : a.auth().audience()));
        }
        if (dev.forge.platform.aws.ApiRoutes.createsUserPool(a)) {
            return YamlMap.of("Issuer", UserPoolsPart.issuer(name), "Audience", YamlList.of(Fn.ref(id + "UserPoolClient")));
        }
        stack.template().parameter(id + "JwtIssuer", YamlMap.of("Type", "String", "Description", "Issuer of API " + name
                + "'s tokens: https://cognito-idp.<region>.amazonaws.com/<user pool id>",
                "AllowedPattern", "^https://.+$", "ConstraintDescription", "an https:// issuer URL"));
        stack.template().parameter(id + "JwtAudience", YamlMap.of("Type", "CommaDelimitedList", "Description",
                "App client IDs of the user pool accepted by API " + name + " (comma-separated)"));
        return YamlMap.of("Issuer", Fn.ref(id + "JwtIssuer"), "Audience", Fn.ref(id + "JwtAudience"));
    }

    /** The parameter {@code <id>CertificateArn}: the ACM certificate of an API Gateway API's custom domain. */
    static String certificate(Stack stack, String id, String name, String domain) {
        String cert = id + "CertificateArn";
        stack.template().parameter(cert, YamlMap.of("Type", "String", "Description", "ARN of the ACM certificate of " + domain
                + " (API " + name + "), issued in the stack's region",
                "AllowedPattern", "^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/.+$",
                "ConstraintDescription", "an ACM certificate ARN"));
        return cert;
    }

    /** The JSON access log line (one line: API Gateway writes the format as is). */
    static String accessLogFormat(String route) {
        Map<String, Object> m = new TreeMap<>();
        m.put("requestId", "$context.requestId");
        m.put("ip", "$context.identity.sourceIp");
        m.put("requestTime", "$context.requestTime");
        m.put("httpMethod", "$context.httpMethod");
        m.put("route", route);
        m.put("status", "$context.status");
        m.put("responseLength", "$context.responseLength");
        m.put("latency", "$context.responseLatency");
        m.put("integrationError", "$context.integrationErrorMessage");
        return dev.forge.util.Json.write(m).replaceAll("\n\\s*", "").trim();
    }
}
