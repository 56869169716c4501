package dev.forge.check.rules.terraform;

import dev.forge.model.Kind;
import dev.forge.check.ArtifactRule;
import dev.forge.check.Result;
import dev.forge.check.Violation;
import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An artifact rule over every Terraform resource of one type: not applicable to files without one. */
abstract class TfRule implements ArtifactRule {

    /** The targets whose files these rules read (asked once per rule and file, so built once). */
    private static final java.util.Set<String> READS = java.util.Set.of("terraform-aws");

    private final String resourceType;
    private final Kind subject;

    TfRule(String resourceType, Kind subject) {
        this.resourceType = resourceType;
        this.subject = subject;
    }

    @Override
    public final java.util.Optional<Kind> subject() {
        return java.util.Optional.of(subject);
    }

    /** Terraform's files only: a database that only compose runs (a local Postgres) is not applicable here. */
    @Override
    public final java.util.Set<String> readsOutputOf() {
        return READS;
    }

    @Override
    public final boolean appliesTo(String path) {
        return Tf.isTerraform(path);
    }

    @Override
    public final Result check(ParsedArtifact a) {
        List<HclBlock> blocks = Tf.resources(a, resourceType);
        if (blocks.isEmpty()) {
            return Result.notApplicable();
        }
        List<Violation> out = new ArrayList<>();
        for (HclBlock b : blocks) {
            check(a, b).ifPresent(out::add);
        }
        return Result.of(out);
    }

    /** The violation of one resource, if any. */
    abstract Optional<Violation> check(ParsedArtifact a, HclBlock resource);
}
