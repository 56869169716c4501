package dev.forge.targets.docker;

import dev.forge.model.ContainerRuntime;
import dev.forge.platform.containers.BaseImages;
import dev.forge.platform.containers.Build;
import java.util.ArrayList;
import java.util.List;

/** Production Dockerfiles of the compiled families: Java (Maven or Gradle) on a JRE, Go on distroless. */
final class CompiledImages {

    /** distroless/static's documented non-root user ({@code nonroot}, uid 65532). */
    static final int DISTROLESS_NONROOT = 65532;

    private CompiledImages() {
    }

    /**
     * Java: the build tool packages {@code app.jar} (Maven {@code <finalName>app</finalName>}, Gradle
     * {@code archiveFileName = "app.jar"}) in a build stage; a JRE runs it.
     */
    static String java(Facts facts, Build b) {
        boolean gradle = b.family() == ContainerRuntime.JAVA_GRADLE;
        Dockerfile d = Stages.header(facts, b, b.dockerfile(), "Java: a " + (gradle ? "Gradle" : "Maven")
                + " build stage packages app.jar, then a JRE runtime.");
        String compile = Stages.internal(b, "compile");
        Stages.firstStage(d, b, gradle ? BaseImages.GRADLE : BaseImages.MAVEN, compile);
        d.workdir("/src");
        if (gradle) {
            d.copy(null, gradleFiles(b), "./")
                    .run("gradle --no-daemon --quiet dependencies > /dev/null")
                    .copy(null, List.of("."), "./")
                    .run("gradle --no-daemon --quiet jar -x test", "cp build/libs/app.jar /app.jar");
        } else {
            d.copy(null, List.of("pom.xml"), "./")
                    .run("mvn -B -q dependency:go-offline")
                    .copy(null, List.of("."), "./")
                    .run("mvn -B -q package -DskipTests", "cp target/app.jar /app.jar");
        }
        Stages.finalStage(d, facts, b, BaseImages.JRE);
        d.env(ServiceImages.runtimeEnv(b, "JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"))
                .workdir("/app").copy(compile, List.of("/app.jar"), "/app/app.jar");
        FinalStage.end(d, b, FinalStage.UID);
        return d.cmd(List.of("java", "-jar", "/app/app.jar")).render();
    }

    /** Go: a static binary (CGO off, trimmed paths) on distroless static, as its nonroot user. */
    static String go(Facts facts, Build b) {
        Dockerfile d = Stages.header(facts, b, b.dockerfile(), "Go: a static binary (CGO_ENABLED=0) on distroless static, nonroot.");
        String compile = Stages.internal(b, "compile");
        Stages.firstStage(d, b, BaseImages.GO, compile);
        List<String> mod = new ArrayList<>(List.of("go.mod"));
        if (Facts.has(b, "go.sum")) {
            mod.add("go.sum");
        }
        d.workdir("/src").env(java.util.Map.of("CGO_ENABLED", "0"))
                .copy(null, mod, "./")
                .run("go mod download")
                .copy(null, List.of("."), "./")
                .run("go build -trimpath -ldflags=\"-s -w\" -o /out/app .");
        Stages.finalStage(d, facts, b, BaseImages.DISTROLESS);
        d.copy(compile, List.of("/out/app"), "/app");
        FinalStage.end(d, b, DISTROLESS_NONROOT);
        return d.entrypoint(List.of("/app")).render();
    }

    /** The Gradle build files present (settings and build scripts, Groovy or Kotlin). */
    static List<String> gradleFiles(Build b) {
        List<String> out = new ArrayList<>();
        for (String f : List.of("settings.gradle.kts", "settings.gradle", "build.gradle.kts", "build.gradle")) {
            if (Facts.has(b, f)) {
                out.add(f);
            }
        }
        if (out.isEmpty()) {
            out.add("build.gradle.kts"); // the folder was not read: the Kotlin DSL, Gradle's default since 8.2
        }
        return out;
    }
}
