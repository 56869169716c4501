package dev.forge.platform.aws;

import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How an API's routes become AWS routing, decided once for both AWS targets: the listener rules of a load balancer
 * (in priority order), the load balancer in front of a service, and the execute-api path a route's permission names.
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
}
