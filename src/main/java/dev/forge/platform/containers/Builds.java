package dev.forge.platform.containers;

import dev.forge.diag.Code;
import dev.forge.diag.Diagnostic;
import dev.forge.diag.SpecException;
import dev.forge.model.ContainerRuntime;
import dev.forge.model.FieldPaths;
import dev.forge.model.FunctionSpec;
import dev.forge.model.ImageSpec;
import dev.forge.model.JobSpec;
import dev.forge.model.Kind;
import dev.forge.model.ServiceSpec;
import dev.forge.resolve.ResolvedSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which images Forge builds with a Dockerfile it generates, and in which runtime family, decided once for the docker,
 * compose and kubernetes targets. An image is built once and promoted through the environments, so the plan is read
 * from the first declared environment (per-environment overrides of port or health apply at run time, in the
 * orchestrator). The family is {@code image.runtime} when written, else detected from the build folder's files,
 * and for functions the language of their {@code runtime} (the Lambda base image). With the spec's folder at hand
 * a missing folder (FORGE-E124) or a folder no family fits (FORGE-E125) is an error at the spec line; without it
 * (a library caller with no files) an image whose family cannot be known is listed in {@link Plan#unknown()}.
 */
public final class Builds {

    /** Files whose presence at the build folder's root names a family, in the order they are tried. */
    static final Map<String, ContainerRuntime> MARKERS = markers();

    /** The plan: the images built with a generated Dockerfile, and those left out with the reason. */
    public record Plan(List<Build> builds, Map<String, String> unknown) {
        public Plan {
            builds = List.copyOf(builds);
            unknown = Map.copyOf(unknown);
        }
    }

    private Builds() {
    }

    /** {@code docker/<name>/Dockerfile}: where the docker target writes an image's Dockerfile, relative to --out. */
    public static String dockerfile(String name) {
        return "docker/" + name + "/Dockerfile";
    }

    /** {@code docker/<name>/Dockerfile.dev}: the development variant. */
    public static String devDockerfile(String name) {
        return "docker/" + name + "/Dockerfile.dev";
    }

    /**
     * The generated Dockerfile as a path from the image's build context (the spec's {@code image.build} folder), the
     * way compose's {@code build.dockerfile} and {@code docker build -f} inside the context want it; empty when the
     * spec's folder and the output folder are not known.
     */
    public static Optional<String> dockerfileFromContext(Optional<dev.forge.synth.SynthContext.Layout> layout, Build b,
                                                         boolean dev) {
        return layout.map(l -> {
            Path context = l.specDir().resolve(b.buildDir()).normalize();
            Path file = l.outDir().resolve(dev ? b.devDockerfile() : b.dockerfile()).normalize();
            return context.relativize(file).toString().replace('\\', '/');
        });
    }

    /** Whether Forge generates the Dockerfile of this image: built from a folder, without a Dockerfile of the user's. */
    public static boolean generates(ImageSpec image) {
        return Images.isBuilt(image) && image.dockerfile() == null;
    }

    /** The files each family needs at the build folder's root (the generated Dockerfile copies them); "a|b": either. */
    public static List<String> expectedFiles(ContainerRuntime family) {
        return switch (family) {
            case NODE -> List.of("package.json", "package-lock.json");
            case PYTHON -> List.of("requirements.txt|pyproject.toml");
            case JAVA_MAVEN -> List.of("pom.xml");
            case JAVA_GRADLE -> List.of("settings.gradle.kts|settings.gradle|build.gradle.kts|build.gradle");
            case GO -> List.of("go.mod");
            case STATIC -> List.of("index.html");
        };
    }

    /**
     * The plan for a spec. {@code specDir} is the folder holding the spec, when known; with it every problem is
     * thrown at once as a {@link SpecException} located at the spec line.
     */
    public static Plan plan(ResolvedSpec spec, Optional<Path> specDir) {
        var s = spec.environments().get(0).spec();
        List<Build> out = new ArrayList<>();
        Map<String, String> unknown = new TreeMap<>();
        List<Diagnostic> errors = new ArrayList<>();
        Planner p = new Planner(spec, specDir, out, unknown, errors);
        new TreeMap<>(orEmpty(s.services())).forEach((n, v) -> p.add(Kind.SERVICE, n, v.image(), null, v));
        new TreeMap<>(orEmpty(s.jobs())).forEach((n, v) -> p.add(Kind.JOB, n, v.image(), null, null));
        new TreeMap<>(orEmpty(s.functions())).forEach((n, v) -> p.add(Kind.FUNCTION, n, v.image(), v, null));
        if (!errors.isEmpty()) {
            throw new SpecException(errors);
        }
        return new Plan(out, unknown);
    }

    private static <V> Map<String, V> orEmpty(Map<String, V> m) {
        return m == null ? Map.of() : m;
    }

    private record Planner(ResolvedSpec sources, Optional<Path> specDir, List<Build> out, Map<String, String> unknown,
                           List<Diagnostic> errors) {

        void add(Kind kind, String name, ImageSpec image, FunctionSpec function, ServiceSpec service) {
            if (!generates(image)) {
                return;
            }
            String at = FieldPaths.child(FieldPaths.child(FieldPaths.child(kind.section(), name), "image"), "build");
            String who = kind.spelling() + " '" + name + "'";
            Set<String> files = Set.of();
            if (specDir.isPresent()) {
                Path dir = specDir.get().resolve(image.build()).normalize();
                if (!Files.isDirectory(dir)) {
                    errors.add(Diagnostic.error(sources.at(at), Code.E124, who + ": build folder '" + image.build()
                            + "' does not exist" + (Files.exists(dir) ? " as a folder" : "") + " (relative to the spec's"
                            + " folder)", Code.E124.fix()));
                    return;
                }
                files = list(dir);
            }
            ContainerRuntime family;
            dev.forge.model.Runtime lambda = null;
            if (function != null) {
                if (function.runtime() == null || BaseImages.lambda(function.runtime()).isEmpty()) {
                    String why = who + ": " + (function.runtime() == null ? "no `runtime`" : "runtime '"
                            + function.runtime().spelling() + "' has no pinned Lambda base image") + "; Forge builds"
                            + " function images for " + String.join(", ", BaseImages.lambdaRuntimes());
                    fail(at, function.runtime() == null ? at : parent(at, 2) + ".runtime", why);
                    return;
                }
                lambda = function.runtime();
                family = BaseImages.family(lambda).orElseThrow();
                if (family == ContainerRuntime.JAVA_MAVEN && detect(files).contains(ContainerRuntime.JAVA_GRADLE)) {
                    family = ContainerRuntime.JAVA_GRADLE;
                }
            } else if (image.runtime() != null) {
                family = image.runtime();
            } else {
                Set<ContainerRuntime> found = detect(files);
                if (found.size() != 1) {
                    fail(at, at, who + ": " + (specDir.isEmpty() ? "the build folder is not at hand"
                            : found.isEmpty() ? "no runtime family fits folder '" + image.build() + "' (none of "
                            + String.join(", ", MARKERS.keySet()) + ")" : "folder '" + image.build()
                            + "' fits several runtime families " + found.stream().map(ContainerRuntime::spelling).toList())
                            + "; set `image: { build: " + image.build() + ", runtime: FAMILY }`");
                    return;
                }
                family = found.iterator().next();
            }
            if (specDir.isPresent()) {
                Set<String> present = files;
                List<String> missing = expectedFiles(family).stream().filter(e -> java.util.Arrays.stream(e.split("\\|"))
                        .noneMatch(present::contains)).map(e -> e.replace("|", " or ")).toList();
                if (!missing.isEmpty()) {
                    fail(at, at, who + ": folder '" + image.build() + "' lacks " + String.join(", ", missing)
                            + ", which a " + family.spelling() + " build needs");
                    return;
                }
            }
            if (family == ContainerRuntime.STATIC && service != null && specDir.isPresent()) {
                String why = nginxPortProblem(specDir.get().resolve(image.build()), files, service.port());
                if (why != null) {
                    fail(at, at, who + ": " + why);
                    return;
                }
            }
            out.add(new Build(kind, name, image, family, lambda, service == null ? null : service.port(),
                    service == null ? null : service.health(), files));
        }

        private void fail(String key, String at, String message) {
            if (specDir.isEmpty()) {
                unknown.put(key, message);
            } else {
                errors.add(Diagnostic.error(sources.at(at), Code.E125, message, Code.E125.fix()));
            }
        }

        private static String parent(String path, int levels) {
            String p = path;
            for (int i = 0; i < levels; i++) {
                p = p.substring(0, p.lastIndexOf('.'));
            }
            return p;
        }
    }

    /**
     * Why unprivileged nginx would not listen on the service's port, if it would not: it listens on 8080 unless the
     * folder's nginx.conf (which replaces its default.conf) says {@code listen <port>}.
     */
    static String nginxPortProblem(Path dir, Set<String> files, int port) {
        if (!files.contains("nginx.conf")) {
            return port == NGINX_DEFAULT_PORT ? null : "unprivileged nginx listens on " + NGINX_DEFAULT_PORT + ", not on port "
                    + port + "; add an nginx.conf with `listen " + port + ";` or set `port: " + NGINX_DEFAULT_PORT + "`";
        }
        try {
            String conf = Files.readString(dir.resolve("nginx.conf"));
            return java.util.regex.Pattern.compile("(?m)^\\s*listen\\s+(\\S*:)?" + port + "\\b").matcher(conf).find() ? null
                    : "its nginx.conf does not `listen " + port + ";` (the service's port)";
        } catch (IOException | RuntimeException e) {
            return "its nginx.conf cannot be read: " + e.getMessage();
        }
    }

    /** The port nginxinc/nginx-unprivileged listens on by default. */
    static final int NGINX_DEFAULT_PORT = 8080;

    /** The families whose marker files are in {@code files}. */
    static Set<ContainerRuntime> detect(Set<String> files) {
        Set<ContainerRuntime> found = new TreeSet<>();
        MARKERS.forEach((file, family) -> {
            if (files.contains(file)) {
                found.add(family);
            }
        });
        // index.html next to a package.json is a front-end built by npm, not a static folder
        if (found.contains(ContainerRuntime.NODE)) {
            found.remove(ContainerRuntime.STATIC);
        }
        return found;
    }

    private static Set<String> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            return Set.of();
        }
    }

    private static Map<String, ContainerRuntime> markers() {
        Map<String, ContainerRuntime> m = new java.util.LinkedHashMap<>();
        m.put("package.json", ContainerRuntime.NODE);
        m.put("requirements.txt", ContainerRuntime.PYTHON);
        m.put("pyproject.toml", ContainerRuntime.PYTHON);
        m.put("pom.xml", ContainerRuntime.JAVA_MAVEN);
        m.put("build.gradle", ContainerRuntime.JAVA_GRADLE);
        m.put("build.gradle.kts", ContainerRuntime.JAVA_GRADLE);
        m.put("go.mod", ContainerRuntime.GO);
        m.put("index.html", ContainerRuntime.STATIC);
        m.put("nginx.conf", ContainerRuntime.STATIC);
        return java.util.Collections.unmodifiableMap(m);
    }
}
