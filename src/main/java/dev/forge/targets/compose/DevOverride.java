package dev.forge.targets.compose;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.ServiceSpec;
import dev.forge.resolve.ResolvedEnv;
import java.util.List;
import java.util.Map;

/**
 * {@code docker-compose.dev.yml} (seed 000, task 9.2.2): for each service built from source, the docker target's
 * {@code Dockerfile.dev}, the source folder mounted at {@code /app} (the generated Dockerfiles' working directory),
 * {@code LOG_LEVEL=debug}, and the debugger port of its runtime published on 127.0.0.1 (FORGE-CMP-002). The runtime
 * is read from the build files the docker target expects ({@link #RUNTIMES}); a folder with none gets no debugger port.
 */
final class DevOverride {

    /** A runtime family's marker build file, and its debugger's conventional port. */
    record Runtime(String family, List<String> files, int debugPort) {
    }

    static final List<Runtime> RUNTIMES = List.of(
            new Runtime("node", List.of("package.json"), 9229),
            new Runtime("python", List.of("requirements.txt", "pyproject.toml"), 5678),
            new Runtime("java", List.of("pom.xml", "build.gradle", "build.gradle.kts"), 5005),
            new Runtime("go", List.of("go.mod"), 2345));

    /** The variables the dev override sets on every service it touches (the only ones it adds). */
    static final Map<String, String> DEV_ENV = Map.of("LOG_LEVEL", "debug");

    private DevOverride() {
    }

    static YamlMap of(ResolvedEnv env, BuildPaths paths, Workloads ports) {
        YamlMap services = new YamlMap();
        env.spec().services().forEach((name, s) -> {
            if (dev.forge.platform.containers.Images.isBuilt(s.image())) {
                services.put(name, service(name, s, paths, ports));
            }
        });
        return YamlMap.of("services", services);
    }

    private static YamlMap service(String name, ServiceSpec s, BuildPaths paths, Workloads ports) {
        String context = paths.context(s.image());
        YamlMap m = YamlMap.of("build", YamlMap.of("context", context,
                "dockerfile", paths.dockerfile(name, s.image(), true)));
        YamlMap environment = new YamlMap();
        environment.putAll(DEV_ENV);
        m.put("environment", environment);
        YamlList volumes = YamlList.of(context + ":/app");
        RUNTIMES.stream().filter(r -> r.files().stream().anyMatch(f -> paths.contextHas(s.image(), f))).findFirst()
                .ifPresent(r -> {
                    if (r.family().equals("node")) {
                        volumes.add("/app/node_modules"); // the image's dependencies, not hidden by the source mount
                    }
                    m.put("ports", YamlList.of("127.0.0.1:" + ports.hostPort(r.debugPort()) + ":" + r.debugPort()));
                });
        m.put("volumes", volumes);
        return m;
    }
}
