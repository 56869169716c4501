package dev.forge.targets.helm;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.ApiSpec;
import dev.forge.model.Kind;
import dev.forge.model.RouteSpec;
import java.util.Map;
import java.util.TreeMap;
import dev.forge.resolve.ResolvedEnv;

/**
 * One Ingress per API that routes to services (ingress-nginx; TLS for the API's domain from a Secret named
 * {@code <api>-tls}, e.g. issued by cert-manager). Ingress matches paths, not methods: a route's method is not
 * rendered, {@code /x/*} becomes the prefix {@code /x}, a path with a {@code {param}} the prefix before it.
 */
final class Ingresses {

    private Ingresses() {
    }

    static YamlMap values(ResolvedEnv env) {
        YamlMap out = new YamlMap();
        for (Map.Entry<String, ApiSpec> e : env.spec().apis().entrySet()) {
            Map<String, YamlMap> paths = new TreeMap<>(java.util.Comparator.reverseOrder());
            e.getValue().routes().forEach((route, to) -> {
                if (to.to().kind() == Kind.SERVICE) {
                    String p = path(route);
                    paths.putIfAbsent(p, path(env, p, to));
                }
            });
            if (paths.isEmpty()) {
                continue;
            }
            String domain = e.getValue().domain();
            String name = env.naming().base(e.getKey());
            YamlMap rule = YamlMap.of("host", domain, "http", YamlMap.of("paths", YamlList.copyOf(paths.values())));
            YamlMap v = YamlMap.of("enabled", true, "fullname", name, "className", "nginx");
            if (domain != null) {
                // TLS at the edge for the API's domain (FORGE-K8S: ingress TLS).
                v.put("tls", YamlList.of(YamlMap.of("hosts", YamlList.of(domain), "secretName", name + "-tls")));
            }
            v.put("rules", YamlList.of(rule));
            out.put(e.getKey(), v);
        }
        return out;
    }

    private static String path(String route) {
        String p = route.equals("$default") ? "/" : route.substring(route.indexOf(' ') + 1);
        int brace = p.indexOf('{');
        if (brace >= 0) {
            p = p.substring(0, brace);
        }
        if (p.endsWith("*")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static YamlMap path(ResolvedEnv env, String p, RouteSpec to) {
        String service = to.to().name();
        return YamlMap.of("path", p, "pathType", "Prefix", "backend", YamlMap.of("service", YamlMap.of(
                "name", env.naming().base(service),
                "port", YamlMap.of("number", env.spec().services().get(service).port()))));
    }
}
