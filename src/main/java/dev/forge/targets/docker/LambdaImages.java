package dev.forge.targets.docker;

import dev.forge.model.ContainerRuntime;
import dev.forge.platform.containers.BaseImages;
import dev.forge.platform.containers.Build;
import java.util.List;

/**
 * Function images on the AWS Lambda base images (which carry the runtime interface client and, for local runs, the
 * runtime interface emulator on port 8080), the function's handler as CMD.
 */
final class LambdaImages {

    /** Lambda's task root, where the runtime looks for the handler. */
    static final String TASK_ROOT = "/var/task";

    private LambdaImages() {
    }

    /**
     * The function's image; {@code dev}: its development variant, with dev dependencies and a debugger beside the
     * emulator (node --inspect 9229, JDWP 5005; debugpy 5678 started by the handler), the source mountable at /var/task.
     */
    static String of(Facts facts, Build b, String handler, boolean dev) {
        BaseImages.Pinned base = BaseImages.lambda(b.lambda()).orElseThrow();
        Dockerfile d = Stages.header(facts, b, dev ? b.devDockerfile() : b.dockerfile(), dev
                ? "Development image of a Lambda function: the runtime interface emulator on 8080, a debugger on "
                + b.debugPort() + ", the source mountable at /var/task (not for production)."
                : "Lambda container image: the AWS base image for " + b.lambda().spelling() + ", the handler as CMD.");
        String deps = Stages.internal(b, "deps");
        String from;
        switch (b.family()) {
            case PYTHON -> {
                Stages.firstStage(d, b, base, deps);
                d.copy(null, List.of("requirements.txt"), "/src/")
                        .run("pip install --no-cache-dir --target /deps -r /src/requirements.txt"
                                + (dev ? " " + DevImages.DEBUGPY : ""));
                from = "/deps/";
            }
            case NODE -> {
                Stages.firstStage(d, b, base, deps);
                d.workdir("/deps").copy(null, List.of("package.json", "package-lock.json"), "./")
                        .run(dev ? "npm ci" : "npm ci --omit=dev", "npm cache clean --force");
                from = "/deps/node_modules";
            }
            default -> {
                Stages.firstStage(d, b, b.family() == ContainerRuntime.JAVA_GRADLE ? BaseImages.GRADLE
                        : BaseImages.MAVEN, deps);
                d.workdir("/src");
                if (b.family() == ContainerRuntime.JAVA_GRADLE) {
                    d.copy(null, CompiledImages.gradleFiles(b), "./").copy(null, List.of("."), "./")
                            .run("gradle --no-daemon --quiet jar -x test", "mkdir -p /deps/lib",
                                    "cp build/libs/*.jar /deps/lib/");
                } else {
                    d.copy(null, List.of("pom.xml"), "./").run("mvn -B -q dependency:go-offline")
                            .copy(null, List.of("."), "./")
                            .run("mvn -B -q package dependency:copy-dependencies -DincludeScope=runtime -DskipTests",
                                    "mkdir -p /deps/lib target/dependency", "cp -r target/classes/. /deps/",
                                    "cp -r target/dependency/. /deps/lib/");
                }
                from = "/deps/";
            }
        }
        if (dev) {
            d.blank().from(base, "dev");
            FinalStage.labels(d, facts, b, base);
        } else {
            Stages.finalStage(d, facts, b, base);
        }
        d.workdir(TASK_ROOT);
        if (b.family() == ContainerRuntime.NODE) {
            d.copy(deps, List.of(from), TASK_ROOT + "/node_modules").copy(null, List.of("."), TASK_ROOT + "/");
        } else if (b.family() == ContainerRuntime.PYTHON) {
            d.copy(deps, List.of(from), TASK_ROOT + "/").copy(null, List.of("."), TASK_ROOT + "/");
        } else {
            d.copy(deps, List.of(from), TASK_ROOT + "/");
        }
        if (dev) {
            switch (b.family()) {
                case PYTHON -> d.comment("debugpy is installed: start it from the handler when DEBUGPY=1 (import debugpy;",
                        "debugpy.listen(('0.0.0.0', 5678))); the runtime interface client owns the process.")
                        .env(java.util.Map.of("DEBUGPY", "1"));
                case NODE -> d.env(java.util.Map.of("NODE_OPTIONS", "--inspect=0.0.0.0:9229"));
                default -> d.env(java.util.Map.of("JAVA_TOOL_OPTIONS",
                        "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005"));
            }
            d.expose(8080, b.debugPort());
        }
        FinalStage.health(d, b);
        d.comment("Lambda runs the function as its own non-root user whatever USER says; this keeps local runs (the",
                "runtime interface emulator) non-root too (FORGE-DKR-001).");
        d.user(FinalStage.UID);
        return d.cmd(List.of(handler)).render();
    }
}
