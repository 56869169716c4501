package dev.forge.targets.terraform;

import dev.forge.platform.aws.ApiRoutes;
import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.strings;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Body;
import dev.forge.emit.hcl.Hcl;
import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.AuthType;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.RouteSpec;
import dev.forge.platform.aws.AwsDefaults;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP and REST APIs in an environment root (load-balancer APIs: RootLoadBalancers). Their routes to services are not
 * emitted: API Gateway reaches functions here, services are reached through a load-balancer API.
 */
final class RootApis {

    private RootApis() {
    }

    static void add(Root root) {
        var s = root.env.spec();
        new TreeMap<>(root.env.spec().apis()).forEach((name, api) -> {
            if (api.type() == ApiType.LOADBALANCER) {
                return; // RootLoadBalancers
            }
            if (!Modules.servesFunctions(api)) {
                root.notes.add("API `" + name + "` is not emitted: it routes to services only, and API Gateway reaches"
                        + " functions here (route services through a `type: loadbalancer` API).");
                return;
            }
            api.routes().forEach((key, r) -> {
                if (r.to().kind() != Kind.FUNCTION) {
                    root.notes.add("Route `" + key + "` of API `" + name + "` goes to " + r.to() + ": not emitted here (API Gateway"
                            + " reaches functions; route services through a `type: loadbalancer` API).");
                }
            });
            boolean rest = api.type() == ApiType.REST;
            notRendered(root, name, api, rest);
            Ref self = new Ref(Kind.API, name);
            root.module(self, rest ? RestApiModule.NAME : HttpApiModule.NAME, b -> api(root, b, name, api, rest));
            root.apiUrls.put(name, Refs.out(self, "api_endpoint"));
            if (api.domain() != null) {
                root.apiDomainTargets.put(name, Refs.out(self, "domain_target"));
                root.apiDomainZones.put(name, Refs.out(self, "domain_zone_id"));
            }
        });
    }

    /** What the spec asks of an emitted API that this target does not render (TerraformRendering), said in the README. */
    private static void notRendered(Root root, String name, ApiSpec api, boolean rest) {
        if (!rest && Boolean.TRUE.equals(api.waf())) {
            root.notes.add("API `" + name + "` asks for a web application firewall (`waf: true`): none is generated, because"
                    + " an HTTP API (API Gateway v2) cannot take a WAFv2 web ACL; use `type: rest`, or put a CDN with a"
                    + " firewall in front.");
        }
        if (rest && api.cors() != null && api.cors().origins().size() > 1) {
            root.notes.add("API `" + name + "`: CORS origins after the first are not generated for a REST API (its preflight"
                    + " answers one origin).");
        }
    }

    private static void api(Root root, Body b, String name, ApiSpec api, boolean rest) {
        b.attr("name", root.env.naming().base(name));
        if (api.description() != null) {
            b.attr("description", api.description());
        }
        Map<String, RouteSpec> routes = RestRoutes.functionRoutes(api, rest);
        Hcl.Obj integrations = obj();
        new TreeMap<String, Ref>(routes.values().stream().map(RouteSpec::to)
                .collect(java.util.stream.Collectors.toMap(Ref::name, r -> r, (a, c) -> a))).forEach((fn, r) ->
                integrations.put(fn, obj()
                        .put("invoke_arn", Refs.out(r, "alias_invoke_arn"))
                        .put("function_name", Refs.out(r, "function_name"))
                        .put("qualifier", Refs.out(r, "alias_name")).build()));
        b.attr("integrations", integrations.build());
        boolean auth = api.auth().type() != AuthType.NONE;
        Hcl.Obj routeObj = obj();
        routes.forEach((key, r) -> routeObj.put(key, obj()
                .put("integration", r.to().name())
                .put("authorized", bool(auth && !Boolean.TRUE.equals(r.open())))
                .put("source_path", ApiRoutes.sourcePath(key)).build()));
        b.attr("routes", routeObj.build());
        if (rest) {
            Hcl.Obj resources = obj();
            RestRoutes.resources(routes.keySet()).forEach((path, res) -> resources.put(path, obj()
                    .put("depth", num(res.depth())).put("parent", res.parent()).put("path_part", res.pathPart()).build()));
            b.attr("resources", resources.build());
        }
        auth(root, b, name, api, rest);
        if (api.cors() != null) {
            b.attr("cors", rest ? obj()
                    .put("allow_origin", api.cors().origins().get(0))
                    .put("allow_methods", String.join(",", api.cors().methods()))
                    .put("allow_headers", String.join(",", api.cors().headers()))
                    .put("allow_credentials", bool(Boolean.TRUE.equals(api.cors().credentials())))
                    .put("max_age", num(api.cors().maxAge().seconds())).build()
                    : obj()
                    .put("allow_origins", strings(api.cors().origins()))
                    .put("allow_methods", strings(api.cors().methods()))
                    .put("allow_headers", strings(api.cors().headers()))
                    .put("allow_credentials", bool(Boolean.TRUE.equals(api.cors().credentials())))
                    .put("max_age", num(api.cors().maxAge().seconds())).build());
        }
        if (rest) {
            b.attr("waf", Boolean.TRUE.equals(api.waf()));
        }
        if (api.domain() != null) {
            String cert = Root.label(name) + "_certificate_arn";
            root.variable(cert, Types.STRING, "ARN of the ACM certificate of " + api.domain() + " (API " + name
                    + "), issued in the environment's region.", null);
            b.attr("domain_name", api.domain()).attr("certificate_arn", var(cert));
        }
        b.attr("throttling_rate_limit", api.throttling().rate())
                .attr("throttling_burst_limit", api.throttling().burst())
                .attr("access_logs", Boolean.TRUE.equals(api.accessLogs()))
                .attr("log_retention_in_days", AwsDefaults.of(root.env).logRetentionDays());
    }

    private static void auth(Root root, Body b, String name, ApiSpec api, boolean rest) {
        AuthType type = api.auth().type();
        if (type == AuthType.NONE) {
            return;
        }
        if (rest) {
            if (type != AuthType.COGNITO) {
                throw new IllegalArgumentException("API '" + name + "': a REST API supports auth none or cognito here;"
                        + " use type http for jwt");
            }
            if (RootUserPools.creates(api)) {
                b.attr("cognito_user_pool_arn", RootUserPools.out(name, "user_pool_arn"))
                        .attr("cognito_authorizer", true);
            } else {
                root.variable("cognito_user_pool_arn", Types.STRING, "ARN of the Cognito user pool that signs in the users"
                        + " of the REST APIs (bring your own pool).", null);
                b.attr("cognito_user_pool_arn", var("cognito_user_pool_arn"));
            }
            scopes(b, api);
            return;
        }
        if (type == AuthType.JWT) {
            b.attr("jwt_authorizer", obj().put("issuer", api.auth().issuer())
                    .put("audience", strings(api.auth().audience() == null ? java.util.List.of() : api.auth().audience())).build());
        } else if (RootUserPools.creates(api)) {
            b.attr("jwt_authorizer", obj().put("issuer", RootUserPools.out(name, "issuer_url"))
                    .put("audience", RootUserPools.audience(name)).build());
        } else {
            String issuer = Root.label(name) + "_jwt_issuer";
            String audience = Root.label(name) + "_jwt_audience";
            root.variable(issuer, Types.STRING, "Issuer of API " + name + "'s tokens: https://cognito-idp.<region>.amazonaws.com/<user pool id>.", null);
            root.variable(audience, Types.STRINGS, "App client IDs of the user pool accepted by API " + name + ".", null);
            b.attr("jwt_authorizer", obj().put("issuer", var(issuer)).put("audience", var(audience)).build());
        }
        scopes(b, api);
    }

    private static void scopes(Body b, ApiSpec api) {
        if (api.auth().scopes() != null && !api.auth().scopes().isEmpty()) {
            b.attr("authorization_scopes", strings(api.auth().scopes()));
        }
    }
}
