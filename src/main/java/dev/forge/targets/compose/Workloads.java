package dev.forge.targets.compose;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Cpu;
import dev.forge.model.HealthSpec;
import dev.forge.model.ImageSpec;
import dev.forge.model.JobSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.ServiceSpec;
import dev.forge.model.Size;
import dev.forge.platform.containers.Images;
import dev.forge.resolve.ResolvedEnv;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The spec's services and jobs as compose services: built from source ({@link BuildPaths}) under the local image name
 * of {@link Images#localReference}, or run from their reference; the env contract pointed at the stand-ins; waiting
 * for the stand-ins they reach (healthy) and the init containers that fill them (completed). Services publish their
 * port on 127.0.0.1 only (FORGE-CMP-002) and keep the image's HEALTHCHECK with the spec's timing (FORGE-CMP-001);
 * jobs run under the {@code jobs} profile, once, never restarted.
 */
final class Workloads {

    private final ResolvedEnv env;
    private final LocalEnv localEnv;
    private final BuildPaths paths;
    private final Set<Integer> hostPorts = new HashSet<>();

    Workloads(ResolvedEnv env, LocalEnv localEnv, BuildPaths paths) {
        this.env = env;
        this.localEnv = localEnv;
        this.paths = paths;
    }

    YamlMap service(String name, ServiceSpec s) {
        YamlMap m = common(new Ref(Kind.SERVICE, name), s.image(), s.command(), s.cpu(), s.memory());
        m.put("restart", "unless-stopped");
        m.put("ports", YamlList.of("127.0.0.1:" + hostPort(s.port()) + ":" + s.port()));
        HealthSpec h = s.health();
        // the test is the image's own HEALTHCHECK (the docker target writes it from health.path); the timing is the spec's
        m.put("healthcheck", YamlMap.of("interval", h.interval().seconds() + "s", "timeout", h.timeout().seconds() + "s",
                "retries", h.unhealthyThreshold(), "start_period", h.initialDelay().seconds() + "s"));
        return m;
    }

    YamlMap job(String name, JobSpec j) {
        YamlMap m = common(new Ref(Kind.JOB, name), j.image(), j.command(), j.cpu(), j.memory());
        m.put("restart", "no");
        m.put("profiles", YamlList.of("jobs"));
        return m;
    }

    /** The first free host port from {@code port} on, so two services listening on one port can both publish. */
    int hostPort(int port) {
        int p = port;
        while (!hostPorts.add(p)) {
            p++;
        }
        return p;
    }

    private YamlMap common(Ref who, ImageSpec image, List<String> command, Cpu cpu, Size memory) {
        YamlMap m = new YamlMap();
        if (Images.isBuilt(image)) {
            m.put("image", Images.localReference(env.spec().app(), who.name()));
            YamlMap build = YamlMap.of("context", paths.context(image), "dockerfile", paths.dockerfile(who.name(), image));
            build.put("target", image.target());
            if (image.args() != null && !image.args().isEmpty()) {
                YamlMap args = new YamlMap();
                new java.util.TreeMap<>(image.args()).forEach((k, v) -> args.put(k, Local.literal(v)));
                build.put("args", args);
            }
            m.put("build", build);
        } else {
            m.put("image", image.ref());
        }
        if (command != null && !command.isEmpty()) {
            m.put("command", YamlList.copyOf(command.stream().map(Local::literal).toList()));
        }
        YamlMap environment = new YamlMap();
        localEnv.of(who).forEach(environment::put);
        m.put("environment", environment);
        m.putIfNotEmpty("depends_on", dependsOn(localEnv.reached()));
        m.put("networks", YamlList.of(Local.NETWORK));
        // hardening: no process in an app container gains privileges through setuid binaries (CIS Docker Benchmark 5.25)
        m.put("security_opt", YamlList.of("no-new-privileges:true"));
        m.put("deploy", YamlMap.of("resources", YamlMap.of("limits", YamlMap.of(
                "cpus", new BigDecimal(cpu.millicores()).movePointLeft(3).stripTrailingZeros().toPlainString(),
                "memory", memory.mebibytes() + "M"))));
        return m;
    }

    private YamlMap dependsOn(Set<Ref> reached) {
        YamlMap d = new YamlMap();
        reached.stream().sorted(java.util.Comparator.comparing(Ref::toString)).forEach(r -> {
            switch (r.kind()) {
                case DATABASE -> d.put(Local.postgres(r.name()), healthy());
                case CACHE -> d.put(Local.cache(r.name(), env.spec().caches().get(r.name())), healthy());
                case TABLE -> d.put(Local.DYNAMODB_INIT, completed());
                case BUCKET -> d.put(Local.MINIO_INIT, completed());
                case QUEUE -> d.put(Local.ELASTICMQ_INIT, completed());
                default -> {
                    // services are reached by name when they answer; functions, topics, models and secrets are not run here
                }
            }
        });
        return d;
    }

    private static YamlMap healthy() {
        return YamlMap.of("condition", "service_healthy");
    }

    private static YamlMap completed() {
        return YamlMap.of("condition", "service_completed_successfully");
    }
}
