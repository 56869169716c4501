package dev.forge.targets.docker;

import dev.forge.model.HealthSpec;
import dev.forge.platform.containers.BaseImages;
import dev.forge.platform.containers.Build;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every final stage carries: OCI labels, the port, the health check and the non-root user. */
final class FinalStage {

    /** The uid generated images run as (no name: Kubernetes' runAsNonRoot can only verify a numeric USER). */
    static final int UID = 10001;

    private FinalStage() {
    }

    /** The build arguments and OCI labels (title, description, vendor, source, version, revision, base image). */
    static void labels(Dockerfile d, Facts facts, Build b, BaseImages.Pinned base) {
        d.arg("VERSION", "dev").arg("REVISION", "unknown");
        Map<String, String> l = new LinkedHashMap<>();
        l.put("org.opencontainers.image.title", facts.app() + "-" + b.name());
        l.put("org.opencontainers.image.description", facts.description(b));
        if (facts.owner() != null) {
            l.put("org.opencontainers.image.vendor", facts.owner());
        }
        if (facts.repo() != null) {
            l.put("org.opencontainers.image.source", "https://github.com/" + facts.repo());
        }
        l.put("org.opencontainers.image.base.name", base.tag());
        l.put("org.opencontainers.image.base.digest", base.digest());
        Map<String, String> args = new LinkedHashMap<>();
        args.put("org.opencontainers.image.version", "VERSION");
        args.put("org.opencontainers.image.revision", "REVISION");
        d.labels(l, args);
    }

    /**
     * The HEALTHCHECK from the spec's health (path, interval, timeout, unhealthy threshold as retries, initial
     * delay as start period), run by a client the runtime image already has: node and python ask with their own
     * interpreter, the JRE image has curl, nginx's alpine has busybox wget. Distroless has no client: none, said so.
     */
    static void health(Dockerfile d, Build b) {
        HealthSpec h = b.health();
        if (h == null || b.port() == null) {
            d.noHealthcheck(b.isLambda() ? "a Lambda function answers invocations, not HTTP probes; Lambda watches it."
                    : "a job runs to completion; the orchestrator watches its exit code.");
            return;
        }
        List<String> cmd = dev.forge.platform.containers.HealthCommands.of(b).orElse(null);
        if (cmd == null) {
            d.noHealthcheck("distroless has no shell and no HTTP client; the orchestrator probes " + h.path()
                    + " (Kubernetes probes, ECS and compose health checks).");
            return;
        }
        d.healthcheck(h.interval().seconds(), h.timeout().seconds(), h.initialDelay().seconds(),
                h.unhealthyThreshold(), cmd);
    }

    /** EXPOSE, HEALTHCHECK and USER: the end of a service's final stage. */
    static void end(Dockerfile d, Build b, int uid, Integer... extraPorts) {
        Integer[] ports = new Integer[extraPorts.length + 1];
        ports[0] = b.port();
        System.arraycopy(extraPorts, 0, ports, 1, extraPorts.length);
        d.expose(ports);
        health(d, b);
        d.comment("Non-root, numeric (FORGE-DKR-001; Kubernetes runAsNonRoot can only verify a number).");
        d.user(uid);
    }
}
