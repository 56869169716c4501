package dev.forge.platform.kubernetes;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.Kind;
import dev.forge.model.RouteSpec;
import dev.forge.resolve.ResolvedEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An Ingress per load-balancer API with routes to services, for the AWS Load Balancer Controller (an ALB, as on
 * ECS): HTTPS on the API's domain, whose ACM certificate the controller discovers from {@code tls.hosts}.
 */
final class Ingresses {

    static final String CLASS = "alb";
    static final String TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    private Ingresses() {
    }

    /** Whether a load-balancer API (an Ingress) routes to {@code target}. */
    static boolean routed(ResolvedEnv env, dev.forge.model.Ref target) {
        return env.apisRouting(target).stream().anyMatch(a -> env.spec().apis().get(a).type() == ApiType.LOADBALANCER);
    }

    static List<YamlMap> of(ResolvedEnv env) {
        List<YamlMap> out = new ArrayList<>();
        if (env.spec().apis() != null) {
            env.spec().apis().forEach((name, api) -> {
                if (api.type() == ApiType.LOADBALANCER && !paths(api).isEmpty()) {
                    out.add(ingress(env, name, api));
                }
            });
        }
        return out;
    }

    static YamlMap ingress(ResolvedEnv env, String name, ApiSpec api) {
        String a = WorkloadObjects.ALB;
        YamlMap annotations = YamlMap.of(a + "scheme", "internet-facing", a + "target-type", "ip");
        YamlMap rule = YamlMap.of("http", YamlMap.of("paths", paths(api)));
        YamlMap spec = YamlMap.of("ingressClassName", CLASS);
        if (api.domain() != null) {
            annotations.put(a + "listen-ports", "[{\"HTTP\": 80}, {\"HTTPS\": 443}]")
                    .put(a + "ssl-redirect", "443") // plain HTTP only redirects to HTTPS
                    .put(a + "ssl-policy", TLS_POLICY);
            spec.put("tls", YamlList.of(YamlMap.of("hosts", YamlList.of(api.domain()))));
            rule = YamlMap.of("host", api.domain()).put("http", rule.get("http"));
        } else {
            annotations.put(a + "listen-ports", "[{\"HTTP\": 80}]");
        }
        if (api.description() != null) {
            annotations.put(WorkloadObjects.DESCRIPTION, api.description());
        }
        YamlMap metadata = Labels.metadata(env, name, Labels.of(env, name, "api", null)).put("annotations", annotations);
        spec.put("rules", YamlList.of(rule));
        return Labels.object("networking.k8s.io/v1", "Ingress", metadata).put("spec", spec);
    }

    /** The routes to services, in the spec's order (the controller keeps it: the more specific first). */
    static YamlList paths(ApiSpec api) {
        YamlList out = new YamlList();
        for (Map.Entry<String, RouteSpec> e : api.routes().entrySet()) {
            if (e.getValue().to() == null || e.getValue().to().kind() != Kind.SERVICE) {
                continue;
            }
            String key = e.getKey();
            String path = key.equals("$default") ? "/*" : key.substring(key.indexOf(' ') + 1);
            int brace = path.indexOf('{');
            boolean prefix = path.endsWith("*") || brace >= 0;
            String p = brace >= 0 ? path.substring(0, brace) : path.endsWith("/*") ? path.substring(0, path.length() - 2)
                    : path.endsWith("*") ? path.substring(0, path.length() - 1) : path;
            if (p.isEmpty()) {
                p = "/";
            }
            YamlMap entry = YamlMap.of("path", p, "pathType", prefix ? "Prefix" : "Exact", "backend",
                    YamlMap.of("service", YamlMap.of("name", e.getValue().to().name(),
                            "port", YamlMap.of("name", Pods.PORT_NAME))));
            if (out.items().stream().noneMatch(o -> ((YamlMap) o).get("path").equals(entry.get("path"))
                    && ((YamlMap) o).get("pathType").equals(entry.get("pathType")))) {
                out.add(entry);
            }
        }
        return out;
    }
}
