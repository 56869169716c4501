package dev.forge.platform.containers;

import dev.forge.model.ContainerRuntime;
import dev.forge.model.HealthSpec;
import dev.forge.model.ImageSpec;
import dev.forge.model.Kind;
import dev.forge.model.Runtime;
import java.util.Set;

/**
 * One image Forge builds from source with a Dockerfile it generates: a service, job or function with
 * {@code image: { build: DIR }} and no {@code image.dockerfile} of its own. Shared by the docker target (which writes
 * the Dockerfiles) and the targets that build or run the image (compose: {@code build.context} = {@link #buildDir()},
 * {@code build.dockerfile} = {@link #dockerfile()} under the output folder).
 *
 * @param kind     service, job or function
 * @param name     the resource's name in the spec
 * @param image    its resolved image
 * @param family   the runtime family (the toolchain and base image)
 * @param lambda   the function runtime whose AWS Lambda base image runs it (functions only, else {@code null})
 * @param port     the port it listens on (services only, else {@code null})
 * @param health   its health check (services only, else {@code null})
 * @param files    the build folder's top-level file names, when the folder was read (empty when not known)
 */
public record Build(Kind kind, String name, ImageSpec image, ContainerRuntime family, Runtime lambda, Integer port,
                    HealthSpec health, Set<String> files) {

    public Build {
        files = Set.copyOf(files);
    }

    /** The build context: the spec's {@code image.build}, relative to the spec's folder. */
    public String buildDir() {
        return image.build();
    }

    /** Whether this is a function image on an AWS Lambda base image. */
    public boolean isLambda() {
        return lambda != null;
    }

    /** The generated Dockerfile, relative to the output folder: {@code docker/<name>/Dockerfile}. */
    public String dockerfile() {
        return Builds.dockerfile(name);
    }

    /** The generated development Dockerfile (source mounted, debugger port), relative to the output folder. */
    public String devDockerfile() {
        return Builds.devDockerfile(name);
    }

    /** The debugger port of the development image (node 9229, debugpy 5678, JDWP 5005, delve 2345; none for static). */
    public Integer debugPort() {
        return switch (family) {
            case NODE -> 9229;
            case PYTHON -> 5678;
            case JAVA_MAVEN, JAVA_GRADLE -> 5005;
            case GO -> 2345;
            case STATIC -> null;
        };
    }

    /** The build stage the final image is, named after the spec's {@code image.target} (default {@code runtime}). */
    public String finalStage() {
        return image.target() == null ? "runtime" : image.target();
    }
}
