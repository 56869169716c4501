package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.emit.yaml.YamlPrinter;
import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.AuthType;
import dev.forge.model.Kind;
import dev.forge.model.RouteSpec;
import dev.forge.platform.aws.ApiRoutes;
import dev.forge.util.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * REST APIs (API Gateway v1) in front of functions' aliases {@code live}, as terraform-aws's api_gateway_rest module:
 * {@code Api<Name>} (regional), a path resource per path segment ({@code <id>Resource<Path>}), a method per route
 * ({@code <id>Method<Key>}: a Lambda proxy integration on the alias; {@code $default} is {@code ANY /{proxy+}}) with
 * its own permission scoped to its method and path ({@code <id>Method<Key>Permission}), a Cognito user-pool authorizer
 * ({@code <id>Authorizer}; a route of an API signing in with Cognito is authorized unless {@code open: true}), with
 * CORS an OPTIONS mock method per path ({@code <id>Options<Path>}), a deployment whose logical ID carries a hash of
 * the methods and resources ({@code <id>Deployment<hash>}, so a changed API is deployed again), the stage
 * {@code <id>Stage} ({@value #STAGE}: X-Ray tracing, metrics, throttling, JSON access logs into
 * {@code <id>AccessLogs}) and a custom domain ({@code <id>Domain}, TLS 1.2, regional) mapped to the stage
 * ({@code <id>Mapping}). The web ACL in front of the stage is the {@link WafPart}'s; the user pool the
 * {@link UserPoolsPart}'s, or the parameter {@code CognitoUserPoolArn} when the spec brings its own.
 */
final class RestApisPart implements Part {

    /** The stage's name (terraform-aws's stage_name). */
    static final String STAGE = "v1";
    private static final String HDR = "method.response.header.Access-Control-Allow-";
    private static final String MAX_AGE = "method.response.header.Access-Control-Max-Age";

    /** Whether this part renders the API: a REST API serving functions. */
    static boolean renders(ApiSpec a) {
        return a.type() == ApiType.REST && ApiRoutes.servesFunctions(a);
    }

    @Override
    public void build(Stack stack) {
        new TreeMap<>(stack.env().spec().apis()).forEach((name, a) -> {
            if (renders(a)) {
                api(stack, name, a);
            }
        });
    }

    /** The base URL of a REST API's stage, built from the API's ID (a function behind it may read it: no cycle). */
    static Object baseUrl(String api) {
        return Fn.sub("https://${" + Stack.logicalId(Kind.API, api) + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/"
                + STAGE);
    }

    private static void api(Stack stack, String name, ApiSpec a) {
        Template t = stack.template();
        String id = Stack.logicalId(Kind.API, name);
        String physical = stack.physicalName(Kind.API, name);
        t.add(id, "AWS::ApiGateway::RestApi", YamlMap.of("Name", physical, "Description", a.description(),
                "EndpointConfiguration", YamlMap.of("Types", YamlList.of("REGIONAL"))));
        boolean auth = a.auth().type() == AuthType.COGNITO;
        if (auth) {
            authorizer(stack, name, a, id, physical);
        }
        Map<String, RouteSpec> routes = ApiRoutes.functionRoutes(a, true);
        a.routes().forEach((key, r) -> {
            if (r.to().kind() != Kind.FUNCTION) {
                stack.note("Route `" + key + "` of API `" + name + "` goes to " + r.to() + ": not rendered (API Gateway"
                        + " reaches functions; route services through a `type: loadbalancer` API).");
            }
        });
        // the path resources, parents first
        Map<String, Object> resourceIds = new LinkedHashMap<>();
        resourceIds.put("/", Fn.getAtt(id, "RootResourceId"));
        List<String> hashed = new ArrayList<>();
        Set<String> used = new HashSet<>();
        ApiRoutes.pathResources(routes.keySet()).forEach((path, res) -> {
            String rid = unique(used, id + "Resource" + camel(path));
            t.add(rid, "AWS::ApiGateway::Resource", YamlMap.of("RestApiId", Fn.ref(id),
                    "ParentId", resourceIds.get(res.parent()), "PathPart", res.pathPart()));
            resourceIds.put(path, Fn.ref(rid));
            hashed.add(rid);
        });
        List<String> methods = new ArrayList<>();
        routes.forEach((key, r) -> {
            String[] parts = key.split(" ", 2);
            String mid = unique(used, id + "Method" + camel(key));
            // Fail closed: a route of an API signing in with Cognito is authorized unless the spec opens it.
            boolean authorized = auth && !Boolean.TRUE.equals(r.open());
            String alias = Stack.logicalId(r.to()) + "Alias";
            YamlMap m = YamlMap.of("RestApiId", Fn.ref(id), "ResourceId", resourceIds.get(parts[1]),
                    "HttpMethod", parts[0], "AuthorizationType", authorized ? "COGNITO_USER_POOLS" : "NONE");
            if (authorized) {
                m.put("AuthorizerId", Fn.ref(id + "Authorizer"));
                if (a.auth().scopes() != null && !a.auth().scopes().isEmpty()) {
                    m.put("AuthorizationScopes", YamlList.copyOf(a.auth().scopes()));
                }
            }
            m.put("Integration", YamlMap.of("Type", "AWS_PROXY", "IntegrationHttpMethod", "POST",
                    "Uri", Fn.sub("arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${"
                            + alias + "}/invocations")));
            t.add(mid, "AWS::ApiGateway::Method", m);
            methods.add(mid);
            t.add(mid + "Permission", "AWS::Lambda::Permission", YamlMap.of("Action", "lambda:InvokeFunction",
                    "FunctionName", Fn.ref(alias), "Principal", "apigateway.amazonaws.com",
                    "SourceArn", Fn.join("", List.of("arn:", Fn.PARTITION, ":execute-api:", Fn.REGION, ":", Fn.ACCOUNT, ":",
                            Fn.ref(id), "/*/" + ApiRoutes.sourcePath(key)))))
                    .suppressGuard("lambda_function_public_access_prohibited_check", "CT.LAMBDA.PR.2: only API Gateway,"
                            + " for this route's method and path of API " + name + " of this stack (SourceArn)");
        });
        if (a.cors() != null) {
            if (a.cors().origins().size() > 1) {
                stack.note("API `" + name + "`: CORS origins after the first are not rendered for a REST API (its"
                        + " preflight answers one origin).");
            }
            new TreeSet<>(routes.keySet().stream().map(k -> k.split(" ", 2)[1]).toList()).forEach(path -> {
                String oid = unique(used, id + "Options" + camel(path));
                t.add(oid, "AWS::ApiGateway::Method", options(a, id, resourceIds.get(path)));
                methods.add(oid);
            });
        }
        hashed.addAll(methods);
        String deploymentId = id + "Deployment" + hash(t, hashed);
        Resource deployment = t.add(deploymentId, "AWS::ApiGateway::Deployment",
                YamlMap.of("RestApiId", Fn.ref(id), "Description", "Deployment of " + physical));
        methods.forEach(deployment::dependsOn);
        YamlMap stage = YamlMap.of("RestApiId", Fn.ref(id), "DeploymentId", Fn.ref(deploymentId), "StageName", STAGE,
                "TracingEnabled", true, "MethodSettings", YamlList.of(YamlMap.of("ResourcePath", "/*", "HttpMethod", "*",
                        "MetricsEnabled", true, "ThrottlingRateLimit", a.throttling().rate(),
                        "ThrottlingBurstLimit", a.throttling().burst())));
        if (Boolean.TRUE.equals(a.accessLogs())) {
            FunctionsPart.logGroup(stack, id + "AccessLogs", "/aws/apigateway/" + physical);
            // FORGE rule: APIs write access logs
            stage.put("AccessLogSetting", YamlMap.of("DestinationArn", Fn.getAtt(id + "AccessLogs", "Arn"),
                    "Format", HttpApisPart.accessLogFormat("$context.resourcePath")));
            stack.note("API `" + name + "` writes access logs through the account's API Gateway CloudWatch role"
                    + " (`aws apigateway update-account`, or an `AWS::ApiGateway::Account` resource), set once per"
                    + " account and region: set it before deploying.");
        }
        t.add(id + "Stage", "AWS::ApiGateway::Stage", stage).suppressGuard("api_gw_v1_execution_logging_enabled_check",
                "CT.APIGATEWAY.PR.1: " + (Boolean.TRUE.equals(a.accessLogs()) ? "the stage writes JSON access logs"
                        : "the spec turns access logs off (`access-logs: false`)") + "; execution logs (which may"
                        + " hold request and response bodies) are off, as in terraform-aws");
        if (a.domain() != null) {
            String cert = HttpApisPart.certificate(stack, id, name, a.domain());
            t.add(id + "Domain", "AWS::ApiGateway::DomainName", YamlMap.of("DomainName", a.domain(),
                    "RegionalCertificateArn", Fn.ref(cert), "EndpointConfiguration", YamlMap.of("Types", YamlList.of("REGIONAL")),
                    // FORGE: TLS 1.2 at least on the custom domain
                    "SecurityPolicy", "TLS_1_2"));
            t.add(id + "Mapping", "AWS::ApiGateway::BasePathMapping", YamlMap.of("DomainName", Fn.ref(id + "Domain"),
                    "RestApiId", Fn.ref(id), "Stage", Fn.ref(id + "Stage")));
            t.output(id + "DomainTarget", "Regional domain name to point " + a.domain() + " at (CNAME or alias)",
                    Fn.getAtt(id + "Domain", "RegionalDomainName"), null);
        }
        t.output(id + "Url", "Base URL of API " + name, Fn.sub("https://${" + id + "}.execute-api.${AWS::Region}"
                + ".${AWS::URLSuffix}/${" + id + "Stage}"), null);
    }

    /** The Cognito authorizer: trusts the pool Forge creates for the API, else the parameter {@code CognitoUserPoolArn}. */
    private static void authorizer(Stack stack, String name, ApiSpec a, String id, String physical) {
        Object pool;
        if (ApiRoutes.createsUserPool(a)) {
            pool = Fn.getAtt(id + "UserPool", "Arn");
        } else {
            if (!stack.template().parameters().containsKey("CognitoUserPoolArn")) {
                stack.template().parameter("CognitoUserPoolArn", YamlMap.of("Type", "String", "Description", "ARN of the"
                                + " Cognito user pool that signs in the users of the REST APIs (bring your own pool)",
                        "AllowedPattern", "^arn:aws[a-z-]*:cognito-idp:[a-z0-9-]+:[0-9]{12}:userpool/.+$",
                        "ConstraintDescription", "a Cognito user pool ARN"));
            }
            pool = Fn.ref("CognitoUserPoolArn");
        }
        stack.template().add(id + "Authorizer", "AWS::ApiGateway::Authorizer", YamlMap.of("Name", physical + "-cognito",
                "RestApiId", Fn.ref(id), "Type", "COGNITO_USER_POOLS", "ProviderARNs", YamlList.of(pool),
                "IdentitySource", "method.request.header.Authorization"));
    }

    /** The CORS preflight of a path: an OPTIONS method answering from a mock integration. */
    private static YamlMap options(ApiSpec a, String id, Object resource) {
        boolean credentials = Boolean.TRUE.equals(a.cors().credentials());
        YamlMap declared = new YamlMap();
        YamlMap answered = new YamlMap();
        if (credentials) {
            declared.put(HDR + "Credentials", true);
            answered.put(HDR + "Credentials", "'true'");
        }
        declared.put(HDR + "Headers", true);
        declared.put(HDR + "Methods", true);
        declared.put(HDR + "Origin", true);
        declared.put(MAX_AGE, true);
        answered.put(HDR + "Headers", "'" + String.join(",", a.cors().headers()) + "'");
        answered.put(HDR + "Methods", "'" + String.join(",", a.cors().methods()) + "'");
        answered.put(HDR + "Origin", "'" + a.cors().origins().get(0) + "'");
        answered.put(MAX_AGE, "'" + a.cors().maxAge().seconds() + "'");
        return YamlMap.of("RestApiId", Fn.ref(id), "ResourceId", resource, "HttpMethod", "OPTIONS",
                "AuthorizationType", "NONE",
                "Integration", YamlMap.of("Type", "MOCK", "RequestTemplates", YamlMap.of("application/json", "{\"statusCode\":200}"),
                        "IntegrationResponses", YamlList.of(YamlMap.of("StatusCode", "200", "ResponseParameters", answered))),
                "MethodResponses", YamlList.of(YamlMap.of("StatusCode", "200", "ResponseParameters", declared)));
    }

    /** The first 8 hex digits of a hash of the resources' definitions: a new one when the API changes. */
    private static String hash(Template t, List<String> ids) {
        YamlMap all = new YamlMap();
        ids.forEach(i -> all.put(i, t.resource(i).properties()));
        return Hashing.sha256(YamlPrinter.print(all).getBytes(StandardCharsets.UTF_8)).substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    /** A path or route key in a logical ID: {@code {id}} is {@code ById}, {@code +} is {@code Plus}, {@code /} is {@code Root}. */
    private static String camel(String s) {
        String path = s.equals("/") || s.endsWith(" /") ? s + "Root" : s;
        return Stack.camel(path.replace("{", "By ").replace("+", " Plus"));
    }

    private static String unique(Set<String> used, String id) {
        String out = id;
        for (int n = 2; !used.add(out); n++) {
            out = id + n;
        }
        return out;
    }
}
