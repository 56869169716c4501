package dev.forge.targets.compose;

import dev.forge.model.ImageSpec;
import dev.forge.synth.SynthContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where compose finds what it builds, as paths relative to the compose folder ({@code <out>/compose}): the build
 * context is the spec's {@code image.build} directory; the Dockerfile is the one the docker target generates,
 * {@code <out>/docker/<name>/Dockerfile} ({@code Dockerfile.dev} for the dev override), unless the spec names its own
 * ({@code image.dockerfile} other than the default {@code Dockerfile}). Compose reads {@code dockerfile} relative to
 * the context, so that path runs from the sources to the output folder (BuildKit takes a Dockerfile outside the
 * context, and reads the {@code Dockerfile.dockerignore} beside it). Like the context path, it holds where the output
 * folder lies relative to the spec's folder: keep the two where they were when synthesized (an output folder inside
 * the repository, such as the default {@code out/}, keeps the file the same on every clone). Without a known layout:
 * the default one, {@code out/}.
 */
final class BuildPaths {

    static final String DEFAULT_DOCKERFILE = "Dockerfile";

    private final Path specDir;
    private final Path outDir;
    private final boolean known;

    BuildPaths(SynthContext context) {
        Optional<SynthContext.Layout> layout = context.layout();
        this.known = layout.isPresent();
        this.specDir = layout.map(SynthContext.Layout::specDir).orElse(Path.of("/spec"));
        this.outDir = layout.map(SynthContext.Layout::outDir).orElse(Path.of("/spec/out"));
    }

    private Path composeDir() {
        return outDir.resolve("compose");
    }

    private Path contextDir(ImageSpec image) {
        return specDir.resolve(image.build()).normalize();
    }

    String context(ImageSpec image) {
        return slashes(composeDir().relativize(contextDir(image)));
    }

    /** The generated Dockerfile ({@code dev}: Dockerfile.dev), or the spec's own, relative to the build context. */
    String dockerfile(String name, ImageSpec image, boolean dev) {
        if (ownDockerfile(image)) {
            return image.dockerfile() == null ? DEFAULT_DOCKERFILE : image.dockerfile();
        }
        Path generated = outDir.resolve("docker").resolve(name).resolve(dev ? "Dockerfile.dev" : "Dockerfile");
        return slashes(contextDir(image).relativize(generated));
    }

    String dockerfile(String name, ImageSpec image) {
        return dockerfile(name, image, false);
    }

    /** Whether the output folder lies inside the spec's folder (then the file is the same on every clone). */
    boolean generatedReachable() {
        return outDir.startsWith(specDir);
    }

    static boolean ownDockerfile(ImageSpec image) {
        return image.dockerfile() != null && !image.dockerfile().equals(DEFAULT_DOCKERFILE);
    }

    /** Whether the build context holds {@code file} (false when the spec's folder is not known). */
    boolean contextHas(ImageSpec image, String file) {
        return known && Files.isRegularFile(contextDir(image).resolve(file));
    }

    private static String slashes(Path p) {
        String s = p.toString().replace(java.io.File.separatorChar, '/');
        return s.isEmpty() ? "." : s;
    }
}
