package dev.forge.platform.containers;

import dev.forge.model.HealthSpec;
import dev.forge.util.Json;
import java.util.List;
import java.util.Optional;

/**
 * The command that asks a service built by Forge whether it is healthy, run inside its own container by a client the
 * runtime image already has: node and python ask with their own interpreter, the JRE image has curl, nginx's alpine has
 * busybox wget. Distroless (Go) has no client: none. The docker target writes it as the image's HEALTHCHECK; ECS,
 * which ignores an image's HEALTHCHECK, puts the same command in the task definition.
 */
public final class HealthCommands {

    private HealthCommands() {
    }

    /** The command for {@code b} (exec form, without Docker's {@code CMD} word); empty when there is none. */
    public static Optional<List<String>> of(Build b) {
        if (b.health() == null || b.port() == null || b.family() == null || b.isLambda()) {
            return Optional.empty();
        }
        return of(b.family(), b.port(), b.health());
    }

    /** The command for a service of runtime {@code family} listening on {@code port}, checked as {@code h} says. */
    public static Optional<List<String>> of(dev.forge.model.ContainerRuntime family, int port, HealthSpec h) {
        String url = "http://127.0.0.1:" + port + h.path();
        return Optional.ofNullable(switch (family) {
            case NODE -> List.of("node", "-e", "require('http').get(" + Json.quote(url) + ", r => process.exit("
                    + "r.statusCode >= 200 && r.statusCode < 400 ? 0 : 1)).on('error', () => process.exit(1))");
            case PYTHON -> List.of("python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen("
                    + Json.quote(url) + ", timeout=" + h.timeout().seconds() + ").status < 400 else 1)");
            case JAVA_MAVEN, JAVA_GRADLE -> List.of("curl", "-fsS", "-o", "/dev/null", url);
            case STATIC -> List.of("wget", "-q", "--spider", url);
            case GO -> null;
        });
    }
}
