package dev.forge.check;

import dev.forge.check.artifact.ParsedArtifact;

/**
 * A rule over one emitted file (a Terraform module, a Kubernetes manifest, a workflow, a Dockerfile),
 * for guarantees that live in the output rather than in the spec. Violations carry the file's line.
 */
public non-sealed interface ArtifactRule extends Rule {

    /** Whether the rule reads this file, by its path (e.g. {@code .tf} files, workflows). */
    boolean appliesTo(String path);

    Result check(ParsedArtifact artifact);
}
