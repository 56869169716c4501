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

    /**
     * The kind of declared resource the rule is about (databases for their encryption), if any. For each declared
     * resource of that kind no selected target renders, the checker reports the rule not applicable and why:
     * there is no file to check, and it says so instead of staying silent.
     */
    default java.util.Optional<dev.forge.model.Kind> subject() {
        return java.util.Optional.empty();
    }

    /**
     * The targets whose files the rule reads (e.g. {@code terraform-aws}); empty for any. A resource of the
     * {@link #subject} rendered only by other targets is not applicable to the rule, and said so.
     */
    default java.util.Set<String> readsOutputOf() {
        return java.util.Set.of();
    }
}
