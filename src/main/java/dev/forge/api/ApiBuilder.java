package dev.forge.api;

import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.AuthType;
import dev.forge.model.Ref;
import java.util.function.Consumer;

/** Builds an {@link ApiSpec}: an HTTP entry point routing to functions and services. */
public final class ApiBuilder extends SpecBuilder<ApiSpec, ApiBuilder> {

    ApiBuilder() {
        super(ApiSpec.class);
    }

    /** What the API is for. */
    public ApiBuilder description(String description) {
        return set("description", description);
    }

    /** HTTP API, REST API or load balancer (default http). */
    public ApiBuilder type(ApiType type) {
        return set("type", type);
    }

    /** How callers authenticate, with nothing else set ({@code auth: cognito}). */
    public ApiBuilder auth(AuthType type) {
        return auth(a -> a.type(type));
    }

    /** How callers authenticate (default none). */
    public ApiBuilder auth(Consumer<AuthBuilder> edit) {
        return nested("auth", AuthBuilder::new, edit);
    }

    /** Adds origins allowed to call from browsers ({@code cors: { origins: [...] }}). */
    public ApiBuilder cors(String... origins) {
        return cors(c -> c.origins(origins));
    }

    /** Cross-origin access from browsers. */
    public ApiBuilder cors(Consumer<CorsBuilder> edit) {
        return nested("cors", CorsBuilder::new, edit);
    }

    /** Request rate limits: steady requests per second and burst. */
    public ApiBuilder throttling(int rate, int burst) {
        return throttling(t -> t.rate(rate).burst(burst));
    }

    /** Request rate limits. */
    public ApiBuilder throttling(Consumer<ThrottlingBuilder> edit) {
        return nested("throttling", ThrottlingBuilder::new, edit);
    }

    /** Custom domain name, e.g. api.example.com. */
    public ApiBuilder domain(String domain) {
        return set("domain", domain);
    }

    /** Load balancers: the ACM certificate ARN of the domain. */
    public ApiBuilder certificate(String arn) {
        return set("certificate", arn);
    }

    /** Load balancers: the Route 53 hosted zone ID of the domain (a new certificate is validated there). */
    public ApiBuilder zone(String zoneId) {
        return set("zone", zoneId);
    }

    /** Put a web application firewall in front (default false; true in production). */
    public ApiBuilder waf(Boolean waf) {
        return set("waf", waf);
    }

    /** Write an access log of every request (default true). */
    public ApiBuilder accessLogs(Boolean accessLogs) {
        return set("accessLogs", accessLogs);
    }

    /** Adds a route: {@code route("POST /api/messages", "function:api")}. */
    public ApiBuilder route(String route, String to) {
        return route(route, r -> r.to(to));
    }

    /** Adds a route to a function or service. */
    public ApiBuilder route(String route, Ref to) {
        return route(route, r -> r.to(to));
    }

    /** Adds (or edits) a route: {@code route("GET /api/health", r -> r.to("function:api").open(true))}. */
    public ApiBuilder route(String route, Consumer<RouteBuilder> edit) {
        return entry("routes", route, RouteBuilder::new, edit);
    }

    /** Overrides fields in one environment. */
    public ApiBuilder override(String environment, Consumer<ApiBuilder> edit) {
        return overlay(environment, ApiBuilder::new, edit);
    }
}
