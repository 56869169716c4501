package dev.forge.model;

import java.util.Map;

/** An HTTP entry point. */
@Doc("An HTTP entry point routing requests to functions and services.")
public record ApiSpec(
        @Doc("What the API is for.") String description,
        @Default("http") @Doc("HTTP API (API Gateway v2), REST API (v1), or an application load balancer.") ApiType type,
        @Default("{}") @Doc("How callers authenticate (`auth: cognito` sets just the type).") AuthSpec auth,
        @Doc("Cross-origin access from browsers.") CorsSpec cors,
        @Default("{}") @Doc("Request rate limits.") ThrottlingSpec throttling,
        @Format(regex = "^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$",
                hint = "a lowercase DNS name such as api.example.com")
        @Doc("Custom domain name (its TLS certificate is an input of the generated infrastructure).") String domain,
        @Format(regex = "^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/[A-Za-z0-9-]+$",
                hint = "an ACM certificate ARN such as arn:aws:acm:us-east-1:123456789012:certificate/...")
        @Doc("Load balancers: the ACM certificate of `domain` (else Forge requests one, validated by DNS in `zone`,"
                + " or takes it as an input).") String certificate,
        @Format(regex = "^Z[A-Z0-9]{1,31}$", hint = "a Route 53 hosted zone ID such as Z0123456789ABCDEFGHIJ")
        @Doc("Load balancers: the Route 53 hosted zone of `domain`, where Forge validates a new certificate by DNS and"
                + " points the domain at the load balancer.") String zone,
        @Default(value = "false", production = "true") @Doc("Put a web application firewall in front.") Boolean waf,
        @Default("true") @Doc("Write an access log of every request.") Boolean accessLogs,
        @Required
        @KeyFormat(regex = "^(?:\\$default|(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY) /[A-Za-z0-9._~{}+*/-]*)$",
                hint = "'METHOD /path' with METHOD one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, ANY (or '$default')")
        @Example("{ \"POST /api/messages\": function:api, \"GET /api/health\": { to: function:api, open: true } }")
        @Doc("Routes: `METHOD /path` to the function or service that serves it.") Map<String, RouteSpec> routes,
        @KeyFormat(regex = Names.RESOURCE, hint = Names.RESOURCE_HINT)
        @Doc("Per-environment overrides of these fields.") Map<String, ApiSpec> environments) {
}
