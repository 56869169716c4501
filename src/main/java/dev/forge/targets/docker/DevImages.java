package dev.forge.targets.docker;

import dev.forge.model.ContainerRuntime;
import dev.forge.platform.containers.BaseImages;
import dev.forge.platform.containers.Build;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Development images (seed 000's Dockerfile.dev): one stage with the development dependencies and a debugger
 * listening (node --inspect 9229, debugpy 5678, JDWP 5005, delve 2345). The source is meant to be mounted over
 * the working directory ({@code docker run -v "$PWD":/app ...}, or compose's dev override), so edits need no rebuild;
 * what the image copies is the state at build time.
 */
final class DevImages {

    /** debugpy, pinned (installed only in development images). */
    static final String DEBUGPY = "debugpy==1.8.14";
    /** delve, pinned (installed only in development images). */
    static final String DELVE = "github.com/go-delve/delve/cmd/dlv@v1.24.0";

    private DevImages() {
    }

    static String of(Facts facts, Build b, String nodeMain) {
        Dockerfile d = Stages.header(facts, b, b.devDockerfile(), "Development image: dev dependencies, a debugger on port "
                + b.debugPort() + ", the source mounted at " + workdir(b) + " (not for production).");
        BaseImages.Pinned base = base(b);
        Stages.firstStage(d, b, base, "dev");
        FinalStage.labels(d, facts, b, base);
        d.workdir(workdir(b));
        List<String> cmd;
        switch (b.family()) {
            case NODE -> {
                d.copy(null, List.of("package.json", "package-lock.json"), "./").run("npm ci")
                        .copy(null, List.of("."), "./")
                        .comment("Mount the source over /app but keep the image's modules: -v /app/node_modules.");
                cmd = List.of("node", "--inspect=0.0.0.0:9229", nodeMain);
            }
            case PYTHON -> {
                d.copy(null, List.of("requirements.txt"), "./")
                        .run("pip install --no-cache-dir -r requirements.txt " + DEBUGPY).copy(null, List.of("."), "./");
                cmd = List.of("python", "-m", "debugpy", "--listen", "0.0.0.0:5678", "main.py");
            }
            case JAVA_MAVEN -> {
                d.env(Map.of("MAVEN_OPTS", "-Dmaven.repo.local=/m2")).copy(null, List.of("pom.xml"), "./")
                        .run("mvn -B -q dependency:go-offline", "chmod -R a+rwX /m2").copy(null, List.of("."), "./")
                        .run("chmod -R a+rwX /src");
                cmd = List.of("sh", "-c", "mvn -B -q -o package -DskipTests && exec java"
                        + " -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005 -jar target/app.jar");
            }
            case JAVA_GRADLE -> {
                d.env(Map.of("GRADLE_USER_HOME", "/gradle")).copy(null, CompiledImages.gradleFiles(b), "./")
                        .run("gradle --no-daemon --quiet dependencies > /dev/null", "chmod -R a+rwX /gradle")
                        .copy(null, List.of("."), "./").run("chmod -R a+rwX /src");
                cmd = List.of("sh", "-c", "gradle --no-daemon --quiet jar -x test && exec java"
                        + " -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005 -jar build/libs/app.jar");
            }
            case GO -> {
                d.env(goEnv()).run("go install " + DELVE, "chmod -R a+rwX /go")
                        .copy(null, List.of("go.mod"), "./").run("go mod download", "chmod -R a+rwX /go")
                        .copy(null, List.of("."), "./");
                cmd = List.of("dlv", "debug", "--headless", "--listen=:2345", "--api-version=2", "--accept-multiclient",
                        "--continue", "--output=/tmp/app", ".");
            }
            default -> {
                if (Facts.has(b, "nginx.conf")) {
                    d.copy(null, List.of("nginx.conf"), "/etc/nginx/conf.d/default.conf");
                }
                d.comment("No debugger for static files: mount the folder at /usr/share/nginx/html and reload.");
                cmd = null;
            }
        }
        d.expose(b.port(), b.debugPort());
        FinalStage.health(d, b);
        d.comment("Non-root, numeric (FORGE-DKR-001), also while developing.");
        d.user(b.family() == ContainerRuntime.STATIC ? 101 : FinalStage.UID);
        return cmd == null ? d.render() : d.cmd(cmd).render();
    }

    private static BaseImages.Pinned base(Build b) {
        return switch (b.family()) {
            case NODE -> BaseImages.NODE;
            case PYTHON -> BaseImages.PYTHON;
            case JAVA_MAVEN -> BaseImages.MAVEN;
            case JAVA_GRADLE -> BaseImages.GRADLE;
            case GO -> BaseImages.GO;
            case STATIC -> BaseImages.NGINX;
        };
    }

    private static String workdir(Build b) {
        return switch (b.family()) {
            case STATIC -> "/usr/share/nginx/html";
            case JAVA_MAVEN, JAVA_GRADLE, GO -> "/src";
            default -> "/app";
        };
    }

    private static Map<String, String> goEnv() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("GOPATH", "/go");
        m.put("GOCACHE", "/tmp/go-cache");
        m.put("CGO_ENABLED", "0");
        return m;
    }
}
