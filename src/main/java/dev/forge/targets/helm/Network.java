package dev.forge.targets.helm;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.resolve.Grant;
import dev.forge.resolve.ResolvedEnv;
import java.util.Set;
import java.util.TreeSet;

/**
 * A workload's NetworkPolicy rules, derived from the access graph: default deny (both directions are listed),
 * ingress from the ingress controller when an API routes to it and from the services and jobs that use it; egress
 * to DNS, to the services it uses, to its databases and caches inside the network's range, and to cloud APIs
 * (HTTPS) for everything else it uses.
 */
final class Network {

    private Network() {
    }

    static YamlMap policy(ResolvedEnv env, Ref self) {
        YamlList ingress = new YamlList();
        if (self.kind() == Kind.SERVICE) {
            int port = env.spec().services().get(self.name()).port();
            if (!env.apisRouting(self).isEmpty()) {
                ingress.add(YamlMap.of("from", YamlList.of(YamlMap.of("namespaceSelector", YamlMap.of("matchLabels",
                                YamlMap.of("kubernetes.io/metadata.name", "ingress-nginx")))),
                        "ports", ports(port)));
            }
            Set<String> callers = new TreeSet<>();
            for (Grant g : env.grantsOn(self)) {
                if (g.principal().kind() == Kind.SERVICE || g.principal().kind() == Kind.JOB) {
                    callers.add(g.principal().name());
                }
            }
            for (String c : callers) {
                ingress.add(YamlMap.of("from", YamlList.of(YamlMap.of("podSelector",
                        YamlMap.of("matchLabels", YamlMap.of("app.kubernetes.io/name", c)))), "ports", ports(port)));
            }
        }
        YamlList egress = new YamlList();
        egress.add(YamlMap.of("to", YamlList.of(YamlMap.of("namespaceSelector", YamlMap.of("matchLabels",
                        YamlMap.of("kubernetes.io/metadata.name", "kube-system")))),
                "ports", YamlList.of(YamlMap.of("protocol", "UDP", "port", 53), YamlMap.of("protocol", "TCP", "port", 53))));
        Set<Integer> inNetwork = new TreeSet<>();
        boolean cloud = false;
        for (Grant g : env.grantsOf(self)) {
            Ref r = g.resource();
            switch (r.kind()) {
                case SERVICE -> egress.add(YamlMap.of("to", YamlList.of(YamlMap.of("podSelector",
                                YamlMap.of("matchLabels", YamlMap.of("app.kubernetes.io/name", r.name())))),
                        "ports", ports(env.spec().services().get(r.name()).port())));
                case DATABASE -> inNetwork.add(5432);
                case CACHE -> inNetwork.add(6379);
                default -> cloud = true;
            }
        }
        String cidr = env.spec().network() == null ? "10.0.0.0/16" : env.spec().network().cidr();
        for (int port : inNetwork) {
            egress.add(YamlMap.of("to", YamlList.of(YamlMap.of("ipBlock", YamlMap.of("cidr", cidr))), "ports", ports(port)));
        }
        if (cloud) {
            egress.add(YamlMap.of("ports", ports(443))); // cloud APIs (S3, SQS, Secrets Manager, Bedrock ...) over HTTPS
        }
        return YamlMap.of("enabled", true, "ingress", ingress, "egress", egress);
    }

    private static YamlList ports(int port) {
        return YamlList.of(YamlMap.of("protocol", "TCP", "port", port));
    }
}
