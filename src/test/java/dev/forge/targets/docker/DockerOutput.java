package dev.forge.targets.docker;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.targets.BuiltinTargets;
import dev.forge.testkit.Examples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The docker target's output for the test corpus: every example with built images, and the polyglot samples. */
final class DockerOutput {

    /** The Go, Java, Python-service, job and Java/Node Lambda samples the examples do not have. */
    static final Path POLYGLOT = Path.of("src/test/resources/docker/polyglot/forge.yaml");

    private DockerOutput() {
    }

    /** Every spec whose docker output the tests cover: the examples the target applies to, then the samples. */
    static List<Path> specs() {
        List<Path> out = new ArrayList<>();
        for (String e : Examples.names()) {
            ResolvedSpec spec = resolve(Examples.spec(e));
            if (target().appliesTo(spec)) {
                out.add(Examples.spec(e));
            }
        }
        out.add(POLYGLOT);
        return out;
    }

    static String name(Path spec) {
        return spec.getParent().getFileName().toString();
    }

    static DockerTarget target() {
        return (DockerTarget) BuiltinTargets.byName("docker").orElseThrow();
    }

    static ResolvedSpec resolve(Path spec) {
        return Pipeline.resolve(Pipeline.read(spec, "forge.yaml"));
    }

    /** The docker target's files for {@code spec}, synthesized knowing the spec's folder (as the CLI does). */
    static List<Artifact> synth(Path spec, Path out) {
        ResolvedSpec r = resolve(spec);
        return Pipeline.synth(r, List.of(target()), r.environments(), spec.getParent(), out).stream()
                .map(a -> new Artifact(a.path().substring("docker/".length()), a.bytes())).toList();
    }

    /** Writes the files under {@code dir}; returns each Dockerfile's path mapped to its build context folder. */
    static Map<Path, Path> write(Path spec, Path dir) {
        try {
            Map<Path, Path> contexts = new LinkedHashMap<>();
            for (Artifact a : synth(spec, dir)) {
                Path f = dir.resolve(a.path());
                Files.createDirectories(f.getParent());
                Files.write(f, a.bytes());
            }
            var plan = dev.forge.platform.containers.Builds.plan(resolve(spec), java.util.Optional.of(spec.getParent()));
            for (var b : plan.builds()) {
                Path context = spec.getParent().resolve(b.buildDir()).toAbsolutePath().normalize();
                contexts.put(dir.resolve(b.name()).resolve("Dockerfile").toAbsolutePath(), context);
                contexts.put(dir.resolve(b.name()).resolve("Dockerfile.dev").toAbsolutePath(), context);
            }
            return contexts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contexts as the JSON object dockerfile-check.js reads. */
    static Path contextsFile(Map<Path, Path> contexts, Path file) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        contexts.forEach((k, v) -> m.put(k.toString(), v.toString()));
        return Files.writeString(file, dev.forge.util.Json.write(m));
    }

    static List<Path> dockerfiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith("Dockerfile")
                    && !p.getFileName().toString().endsWith(".dockerignore")).sorted().toList();
        }
    }
}
