package dev.forge.platform.aws;

import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.Endpoint;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.SecretStore;
import dev.forge.model.Spec;
import dev.forge.resolve.Grant;
import dev.forge.resolve.ResolvedEnv;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who may open a connection to whom inside an app's AWS network, derived from {@code uses:} and the load balancers'
 * routes, never assumed: one security group per network principal (services, jobs, functions with {@code vpc: true},
 * databases, caches, load-balancer APIs) and one edge per reachable port. Shared by every AWS infrastructure target
 * (terraform-aws today), so each renders the same graph.
 */
public final class NetworkEdges {

    public static final int POSTGRES_PORT = 5432;
    /** Redis and Valkey both listen on 6379. */
    public static final int REDIS_PORT = 6379;
    /** What the internet may reach on a load balancer: HTTPS, and HTTP only to be redirected to HTTPS. */
    public static final List<Integer> LOAD_BALANCER_PORTS = List.of(443, 80);

    /** {@code from} may open TCP connections to {@code to} on {@code port}; {@code why} says which spec line asks it. */
    public record Edge(Ref from, Ref to, int port, String why) {
        static final Comparator<Edge> ORDER = Comparator.comparing(Edge::from).thenComparing(Edge::to)
                .thenComparingInt(Edge::port);

        /** A stable key for the edge ({@code service:api->database:main:5432}). */
        public String key() {
            return from + "->" + to + ":" + port;
        }
    }

    private NetworkEdges() {
    }

    /** Whether the environment needs a network: it has a service, job, database, cache, load balancer or VPC function. */
    public static boolean needed(Spec s) {
        return !s.services().isEmpty() || !s.jobs().isEmpty() || !s.databases().isEmpty() || !s.caches().isEmpty()
                || s.apis().values().stream().anyMatch(a -> a.type() == ApiType.LOADBALANCER)
                || s.functions().values().stream().anyMatch(f -> Boolean.TRUE.equals(f.vpc()));
    }

    /** The principals with a security group, sorted ({@code api:public}, {@code cache:queue}, ...). */
    public static List<Ref> principals(Spec s) {
        Set<Ref> out = new TreeSet<>();
        s.services().keySet().forEach(n -> out.add(new Ref(Kind.SERVICE, n)));
        s.jobs().keySet().forEach(n -> out.add(new Ref(Kind.JOB, n)));
        s.databases().keySet().forEach(n -> out.add(new Ref(Kind.DATABASE, n)));
        s.caches().keySet().forEach(n -> out.add(new Ref(Kind.CACHE, n)));
        s.functions().forEach((n, f) -> {
            if (Boolean.TRUE.equals(f.vpc())) {
                out.add(new Ref(Kind.FUNCTION, n));
            }
        });
        s.apis().forEach((n, a) -> {
            if (a.type() == ApiType.LOADBALANCER) {
                out.add(new Ref(Kind.API, n));
            }
        });
        return List.copyOf(out);
    }

    /** Principals that run code and call out (AWS APIs over HTTPS, and what their {@code uses:} reach). */
    public static boolean runsCode(Ref r) {
        return r.kind() == Kind.SERVICE || r.kind() == Kind.JOB || r.kind() == Kind.FUNCTION;
    }

    /** The port a principal listens on, or -1 when nothing may connect to it. */
    public static int port(Spec s, Ref r) {
        return switch (r.kind()) {
            case DATABASE -> POSTGRES_PORT;
            case CACHE -> REDIS_PORT;
            case SERVICE -> s.services().get(r.name()).port();
            default -> -1;
        };
    }

    /**
     * Every edge, sorted: a service, job or VPC function to each database, cache and service it uses (on that one
     * port), and each load balancer to the services its routes reach (on the service's port only).
     */
    public static List<Edge> edges(ResolvedEnv env) {
        Spec s = env.spec();
        Set<Ref> principals = new TreeSet<>(principals(s));
        Map<String, Edge> out = new TreeMap<>();
        for (Ref p : principals) {
            if (!runsCode(p)) {
                continue;
            }
            for (Grant g : env.grantsOf(p)) {
                Ref to = g.resource();
                int port = port(s, to);
                if (port > 0 && principals.contains(to) && !to.equals(p)) {
                    Edge e = new Edge(p, to, port, p + " uses " + to);
                    out.putIfAbsent(e.key(), e);
                }
            }
        }
        new TreeMap<>(s.apis()).forEach((n, a) -> {
            if (a.type() == ApiType.LOADBALANCER) {
                Ref lb = new Ref(Kind.API, n);
                for (var route : new TreeMap<>(a.routes()).values()) {
                    if (route.to() != null && route.to().kind() == Kind.SERVICE && s.services().containsKey(route.to().name())) {
                        Edge e = new Edge(lb, route.to(), port(s, route.to()), "api " + n + " routes to " + route.to());
                        out.putIfAbsent(e.key(), e);
                    }
                }
            }
        });
        List<Edge> list = new ArrayList<>(out.values());
        list.sort(Edge.ORDER);
        return List.copyOf(list);
    }

    /** The load balancers, open to the internet on {@link #LOAD_BALANCER_PORTS}. */
    public static List<Ref> internetFacing(Spec s) {
        return principals(s).stream().filter(r -> r.kind() == Kind.API).toList();
    }

    /**
     * The interface endpoints the network gets: what its principals need to work with no route to the internet
     * (ECR and CloudWatch Logs for containers, Secrets Manager for database credentials and secrets, SSM for
     * parameters, Bedrock runtime for models, SQS for queues), plus those {@code network.endpoints} lists. S3 and
     * DynamoDB are gateway endpoints (free, always created), never interface endpoints.
     */
    public static Set<Endpoint> interfaceEndpoints(ResolvedEnv env) {
        Spec s = env.spec();
        Set<Endpoint> out = EnumSet.noneOf(Endpoint.class);
        if (s.network().endpoints() != null) {
            out.addAll(s.network().endpoints());
        }
        for (Ref p : principals(s)) {
            if (!runsCode(p)) {
                continue;
            }
            if (p.kind() != Kind.FUNCTION) {
                out.add(Endpoint.ECR); // Fargate pulls the image (layers through the S3 gateway endpoint)
                out.add(Endpoint.LOGS); // and ships the container's output to CloudWatch Logs
            }
            for (Grant g : env.grantsOf(p)) {
                Endpoint e = switch (g.resource().kind()) {
                    case DATABASE -> Endpoint.SECRETSMANAGER; // the RDS-managed credentials secret
                    case SECRET -> s.secrets().get(g.resource().name()).store() == SecretStore.SSM
                            ? Endpoint.SSM : Endpoint.SECRETSMANAGER;
                    case PARAMETER -> Endpoint.SSM;
                    case MODEL -> Endpoint.BEDROCK_RUNTIME;
                    case QUEUE -> Endpoint.SQS;
                    default -> null;
                };
                if (e != null) {
                    out.add(e);
                }
            }
        }
        out.remove(Endpoint.S3);
        out.remove(Endpoint.DYNAMODB);
        return out;
    }

    /** The AWS service names of an interface endpoint ({@code ecr} is two: the API and the image registry). */
    public static List<String> serviceNames(Endpoint e) {
        return switch (e) {
            case ECR -> List.of("ecr.api", "ecr.dkr");
            case BEDROCK_RUNTIME -> List.of("bedrock-runtime");
            default -> List.of(e.spelling());
        };
    }

    /** Whether an API is a load balancer (the only principal the internet reaches). */
    public static boolean isLoadBalancer(ApiSpec a) {
        return a.type() == ApiType.LOADBALANCER;
    }

    /** A principal's security-group description ({@code Service api tasks}, {@code Database main}). */
    public static String description(Ref p) {
        return switch (p.kind()) {
            case SERVICE -> "Service " + p.name() + " tasks";
            case JOB -> "Job " + p.name() + " tasks";
            case FUNCTION -> "Function " + p.name() + " in the VPC";
            case DATABASE -> "Database " + p.name();
            case CACHE -> "Cache " + p.name();
            case API -> "Load balancer " + p.name();
            default -> p.toString();
        };
    }
}
