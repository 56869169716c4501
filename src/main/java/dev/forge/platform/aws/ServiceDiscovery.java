package dev.forge.platform.aws;

import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import dev.forge.resolve.Connection;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import dev.forge.resolve.ResolvedEnv;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a function, service or job of the app reaches a service on ECS, for both AWS targets: by name, through AWS
 * Cloud Map. An environment whose services are called by others gets one private DNS namespace in its VPC,
 * {@code <env>.<app>.internal}; each such service registers its tasks' addresses there (A records, ECS keeps them
 * current), so its URL is the constant {@code http://<service>.<env>.<app>.internal:<port>} (what the kubernetes
 * and compose targets give as {@code http://<service>:<port>}). A service deployed blue-green ({@link EcsBlueGreen}) is
 * the exception: its new tasks take traffic when ECS moves the load balancer's rule to them, not when they register,
 * so callers reach it through an input, the URL the team gives (its load balancer's); both targets decide it here,
 * alike.
 */
public final class ServiceDiscovery {

    private ServiceDiscovery() {
    }

    /** The services some principal of {@code env} calls by URL (from {@code uses:} or an {@code env:} reference). */
    public static Set<String> called(ResolvedEnv env) {
        Set<String> out = new TreeSet<>();
        for (Ref principal : EnvContract.principals(env.spec())) {
            for (EnvVar v : EnvContract.of(env, principal)) {
                if (v.value() instanceof EnvVar.Attribute a && a.resource().kind() == Kind.SERVICE
                        && a.attribute() == Connection.Attribute.URL) {
                    out.add(a.resource().name());
                }
            }
        }
        return out;
    }

    /** The called services that register in the namespace: all but the blue-green ones behind a load balancer. */
    public static Set<String> registered(ResolvedEnv env) {
        Set<String> out = new TreeSet<>();
        for (String name : called(env)) {
            if (!blueGreenBehindLoadBalancer(env.spec(), name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Whether the service is deployed blue-green behind a load balancer (which moves the traffic): {@link EcsBlueGreen#eligible}. */
    public static boolean blueGreenBehindLoadBalancer(Spec s, String service) {
        return EcsBlueGreen.eligible(s, service);
    }

    /** The environment's private DNS namespace: {@code <env>.<app>.internal}. */
    public static String namespace(ResolvedEnv env) {
        return env.name() + "." + env.spec().app() + ".internal";
    }

    /**
     * The service's URL inside the VPC, or null when it is not among {@code registered} ({@link #registered}, which a
     * target computes once per environment: it reads every principal's variables).
     */
    public static String url(ResolvedEnv env, Set<String> registered, String service) {
        if (!registered.contains(service)) {
            return null;
        }
        return "http://" + service + "." + namespace(env) + ":" + env.spec().services().get(service).port();
    }

    /** Seconds a resolver may cache a task's address: short, as tasks come and go. */
    public static final int TTL_SECONDS = 10;

    /** Why a service's URL is an input: for the README and the input's description. */
    public static String inputReason(String service) {
        return "service '" + service + "' is deployed blue-green behind its load balancer, so it is not registered in"
                + " Cloud Map: give the URL callers reach it at (its load balancer's)";
    }
}
