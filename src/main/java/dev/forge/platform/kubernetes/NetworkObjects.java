package dev.forge.platform.kubernetes;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.platform.kubernetes.Workloads.Workload;
import dev.forge.resolve.Grant;
import dev.forge.resolve.ResolvedEnv;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may talk to whom: the namespace (Pod Security Standard "restricted" enforced), a default-deny
 * NetworkPolicy, one NetworkPolicy per workload allowing exactly what its {@code uses:} and the APIs routing to it
 * need, and an ExternalName Service per database and cache (their in-cluster address).
 */
final class NetworkObjects {

    /** Kinds whose use means calling an AWS API over HTTPS (and STS, for the workload's role). */
    static final Set<Kind> AWS_APIS = Set.of(Kind.TABLE, Kind.BUCKET, Kind.QUEUE, Kind.TOPIC, Kind.FUNCTION,
            Kind.MODEL, Kind.SECRET, Kind.PARAMETER, Kind.API);
    static final String EVERYWHERE = "0.0.0.0/0";
    /** The link-local address of the EKS Pod Identity agent on every node. */
    static final String POD_IDENTITY_AGENT = "169.254.170.23/32";

    private NetworkObjects() {
    }

    static YamlMap namespace(ResolvedEnv env) {
        YamlMap labels = Labels.of(env, env.spec().app(), "namespace", null)
                // FORGE-K8S-006: the API server refuses pods that break the restricted Pod Security Standard
                .put("pod-security.kubernetes.io/enforce", "restricted")
                .put("pod-security.kubernetes.io/warn", "restricted");
        return Labels.object("v1", "Namespace", YamlMap.of("name", KubeEnv.namespace(env), "labels", labels));
    }

    /** Every pod of the namespace denies all traffic not allowed by a policy of its own. */
    static YamlMap defaultDeny(ResolvedEnv env) {
        return Labels.object("networking.k8s.io/v1", "NetworkPolicy", Labels.metadata(env, "default-deny",
                Labels.of(env, "default-deny", "network-policy", null)))
                .put("spec", YamlMap.of("podSelector", new YamlMap(), "policyTypes", YamlList.of("Ingress", "Egress")));
    }

    static YamlMap policy(ResolvedEnv env, Workload w) {
        YamlMap spec = YamlMap.of("podSelector", YamlMap.of("matchLabels", Labels.selector(env, w.name())),
                "policyTypes", YamlList.of("Ingress", "Egress"));
        if (w.isService()) {
            YamlList ingress = ingress(env, w);
            spec.putIfNotEmpty("ingress", ingress);
        }
        spec.put("egress", egress(env, w));
        return Labels.object("networking.k8s.io/v1", "NetworkPolicy", Labels.metadata(env, w.name(),
                WorkloadObjects.labels(env, w))).put("spec", spec);
    }

    private static YamlList ingress(ResolvedEnv env, Workload w) {
        YamlList from = new YamlList();
        boolean fromNetwork = Ingresses.routed(env, w.ref()); // the ALB's targets are pod IPs in the VPC
        Set<String> callers = new TreeSet<>();
        for (Grant g : env.grantsOn(w.ref())) {
            Kind k = g.principal().kind();
            if (k == Kind.SERVICE || k == Kind.JOB) {
                callers.add(g.principal().name());
            } else if (k == Kind.FUNCTION) {
                fromNetwork = true; // a function reaches the service from its subnets
            }
        }
        callers.forEach(c -> from.add(YamlMap.of("podSelector", YamlMap.of("matchLabels", Labels.selector(env, c)))));
        if (fromNetwork) {
            from.add(YamlMap.of("ipBlock", YamlMap.of("cidr", env.spec().network().cidr())));
        }
        return from.isEmpty() ? new YamlList()
                : YamlList.of(YamlMap.of("from", from, "ports", YamlList.of(port("TCP", Pods.PORT_NAME))));
    }

    private static YamlList egress(ResolvedEnv env, Workload w) {
        YamlList out = YamlList.of(YamlMap.of(
                "to", YamlList.of(YamlMap.of(
                        "namespaceSelector", YamlMap.of("matchLabels", YamlMap.of("kubernetes.io/metadata.name", "kube-system")),
                        "podSelector", YamlMap.of("matchLabels", YamlMap.of("k8s-app", "kube-dns")))),
                "ports", YamlList.of(port("UDP", 53), port("TCP", 53))));
        boolean aws = false;
        Set<Ref> seen = new TreeSet<>();
        for (Grant g : env.grantsOf(w.ref())) {
            Ref r = g.resource();
            if (!seen.add(r)) {
                continue;
            }
            if (r.kind() == Kind.SERVICE) {
                out.add(YamlMap.of("to", YamlList.of(YamlMap.of("podSelector", YamlMap.of("matchLabels",
                        Labels.selector(env, r.name())))), "ports",
                        YamlList.of(port("TCP", env.spec().services().get(r.name()).port()))));
            } else if (r.kind() == Kind.DATABASE || r.kind() == Kind.CACHE) {
                out.add(YamlMap.of("to", YamlList.of(YamlMap.of("ipBlock", YamlMap.of("cidr", env.spec().network().cidr()))),
                        "ports", YamlList.of(port("TCP", KubeEnv.port(r)))));
            } else if (AWS_APIS.contains(r.kind())) {
                aws = true;
            }
        }
        if (aws) { // AWS endpoints have no fixed addresses: HTTPS anywhere (or the VPC endpoints), STS included
            out.add(YamlMap.of("to", YamlList.of(YamlMap.of("ipBlock", YamlMap.of("cidr", EVERYWHERE))),
                    "ports", YamlList.of(port("TCP", 443))));
            // the EKS Pod Identity agent, which hands out the credentials when the role is associated that way
            out.add(YamlMap.of("to", YamlList.of(YamlMap.of("ipBlock", YamlMap.of("cidr", POD_IDENTITY_AGENT))),
                    "ports", YamlList.of(port("TCP", 80))));
        }
        return out;
    }

    private static YamlMap port(String protocol, Object port) {
        return YamlMap.of("protocol", protocol, "port", port);
    }

    /** The in-cluster name of a database or cache: an ExternalName Service whose target the platform sets. */
    static YamlMap endpoint(ResolvedEnv env, Ref r) {
        String name = KubeEnv.endpointService(r);
        return Labels.object("v1", "Service", Labels.metadata(env, name,
                        Labels.of(env, name, r.kind().spelling(), null)))
                .put("spec", YamlMap.of("type", "ExternalName", "externalName", externalName(env, r),
                        "ports", YamlList.of(YamlMap.of("name", "tcp", "port", KubeEnv.port(r), "protocol", "TCP"))));
    }

    /**
     * Where a database or cache is reached: {@code <physical name>.<app>-<env>.internal}, a record of the
     * environment's private DNS zone that points at the RDS or ElastiCache endpoint (docs/targets/kubernetes.md).
     */
    static String externalName(ResolvedEnv env, Ref r) {
        return env.naming().base(r.name()) + "." + env.naming().prefix() + ".internal";
    }

    static List<Ref> endpoints(ResolvedEnv env) {
        Set<Ref> out = new TreeSet<>();
        env.grants().stream().filter(g -> g.principal().kind() == Kind.SERVICE || g.principal().kind() == Kind.JOB)
                .map(Grant::resource).filter(r -> r.kind() == Kind.DATABASE || r.kind() == Kind.CACHE).forEach(out::add);
        return List.copyOf(out);
    }
}
