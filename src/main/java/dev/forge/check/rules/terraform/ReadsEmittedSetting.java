package dev.forge.check.rules.terraform;

import dev.forge.check.ArtifactRule;
import dev.forge.check.Result;
import dev.forge.check.artifact.ParsedArtifact;

/**
 * An artifact rule that reads one {@link EmittedSetting} from terraform-aws's files: the module's resource sets it, and
 * every environment's call gives it a compliant value. The rule names its setting; where it looks and how is shared.
 */
public interface ReadsEmittedSetting extends ArtifactRule {

    /** The setting the rule reads in the emitted Terraform. */
    EmittedSetting emitted();

    @Override
    default boolean appliesTo(String path) {
        return EmittedSetting.appliesTo(path);
    }

    @Override
    default Result check(ParsedArtifact a) {
        return emitted().check(a);
    }
}
