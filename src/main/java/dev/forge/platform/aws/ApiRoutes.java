package dev.forge.platform.aws;

import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.Kind;
import dev.forge.model.AuthType;
import dev.forge.model.Ref;
import dev.forge.model.RouteSpec;
import dev.forge.model.Spec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How an API's routes become AWS routing, decided once for both AWS targets: the listener rules of a load balancer
 * (in priority order), the load balancer in front of a service, the execute-api path a route's permission names, an
 * API Gateway API's routes to functions, a REST API's path resources and whether Forge creates an API's user pool.
 */
public final class ApiRoutes {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]*}");

    /** One listener rule: a path pattern, a method (null: any) and the service it forwards to. */
    public record Rule(String path, String method, String service) {
    }

    private ApiRoutes() {
    }

    /**
     * The routes to services as listener rules, most specific first (exact paths before patterns, longer before
     * shorter), so {@code /api/*} wins over {@code /*}; {@code {param}} segments become {@code *}; {@code $default}
     * is {@code /*}.
     */
    public static List<Rule> listenerRules(ApiSpec a) {
        List<Rule> out = new ArrayList<>();
        new TreeMap<>(a.routes()).forEach((key, r) -> {
            if (r.to().kind() != Kind.SERVICE) {
                return;
            }
            if (key.equals("$default")) {
                out.add(new Rule("/*", null, r.to().name()));
                return;
            }
            int space = key.indexOf(' ');
            String method = key.substring(0, space);
            out.add(new Rule(pattern(key.substring(space + 1)), method.equals("ANY") ? null : method, r.to().name()));
        });
        out.sort(Comparator.comparing((Rule r) -> r.path().contains("*"))
                .thenComparing(r -> -r.path().length())
                .thenComparing(r -> r.method() == null)
                .thenComparing(Rule::path).thenComparing(r -> String.valueOf(r.method())));
        return out;
    }

    /** A route's path as a listener pattern: each {@code {param}} segment part becomes {@code *}. */
    private static String pattern(String path) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '{') {
                int end = path.indexOf('}', i);
                b.append('*');
                i = end < 0 ? path.length() : end + 1;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** The load-balancer API in front of a service (the first by name when several route to it), or null. */
    public static String frontOf(Spec s, String service) {
        Ref self = new Ref(Kind.SERVICE, service);
        return new TreeMap<>(s.apis()).entrySet().stream()
                .filter(e -> e.getValue().type() == ApiType.LOADBALANCER
                        && e.getValue().routes().values().stream().anyMatch(r -> self.equals(r.to())))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** {@code METHOD/path} of the execute-api ARN a route is invoked through: path parameters become '*'. */
    public static String sourcePath(String routeKey) {
        if (routeKey.equals("$default")) {
            return "$default";
        }
        String[] parts = routeKey.split(" ", 2);
        String method = parts[0].equals("ANY") ? "*" : parts[0];
        return method + PARAMETER.matcher(parts[1]).replaceAll("*");
    }

    /** One path resource of a REST API: depth (1 under the root), parent path ({@code /} at depth 1), last segment. */
    public record PathResource(int depth, String parent, String pathPart) {
    }

    /** Whether an API Gateway API (HTTP or REST) serves at least one function: only then is it rendered. */
    public static boolean servesFunctions(ApiSpec a) {
        return a.routes().values().stream().anyMatch(r -> r.to().kind() == Kind.FUNCTION);
    }

    /**
     * Whether Forge creates a Cognito user pool for the API: an API Gateway API serving functions that asks for a new
     * pool ({@code auth: { type: cognito, user-pool: {...} }}); without {@code user-pool} the pool is brought.
     */
    public static boolean createsUserPool(ApiSpec a) {
        return a.type() != ApiType.LOADBALANCER && servesFunctions(a) && a.auth().type() == AuthType.COGNITO
                && a.auth().userPool() != null;
    }

    /** The routes to functions, keyed by API Gateway route key; {@code $default} becomes {@code ANY /{proxy+}} on REST. */
    public static Map<String, RouteSpec> functionRoutes(ApiSpec api, boolean rest) {
        Map<String, RouteSpec> out = new TreeMap<>();
        api.routes().forEach((key, route) -> {
            if (route.to().kind() == Kind.FUNCTION) {
                out.put(rest && key.equals("$default") ? "ANY /{proxy+}" : key, route);
            }
        });
        return out;
    }

    /** Every path resource a REST API's route keys need, by full path, parents first. */
    public static Map<String, PathResource> pathResources(Iterable<String> routeKeys) {
        Map<String, PathResource> out = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>();
        routeKeys.forEach(k -> paths.add(k.split(" ", 2)[1]));
        paths.stream().sorted().forEach(path -> {
            String[] segments = path.substring(1).split("/");
            String parent = "/";
            StringBuilder full = new StringBuilder();
            for (int i = 0; i < segments.length; i++) {
                if (segments[i].isEmpty()) {
                    continue;
                }
                full.append('/').append(segments[i]);
                out.putIfAbsent(full.toString(), new PathResource(i + 1, parent, segments[i]));
                parent = full.toString();
            }
        });
        return out;
    }
}
