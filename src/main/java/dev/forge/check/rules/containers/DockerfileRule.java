package dev.forge.check.rules.containers;

import dev.forge.check.ArtifactRule;

/**
 * A rule over the Dockerfiles the docker target writes (not their ignore files). Its subject is the service: one
 * that no selected docker target builds (an image given by reference, or only compose or Kubernetes selected) is
 * "not applicable" with that reason, never silently absent or passed.
 */
abstract class DockerfileRule implements ArtifactRule {

    /** The targets whose files these rules read (asked once per rule and file, so built once). */
    private static final java.util.Set<String> READS = java.util.Set.of("docker");

    @Override
    public final java.util.Optional<dev.forge.model.Kind> subject() {
        return java.util.Optional.of(dev.forge.model.Kind.SERVICE);
    }

    @Override
    public final java.util.Set<String> readsOutputOf() {
        return READS;
    }

    @Override
    public final boolean appliesTo(String path) {
        return Dockerfiles.isDockerfile(path); // not its ignore file, Dockerfile.dockerignore
    }
}
