package dev.forge.check.rules.terraform;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Severity;
import java.util.List;
import java.util.Optional;

/** FORGE-DDB-001: emitted DynamoDB tables are on-demand. */
public final class TableOnDemand extends TfRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-DDB-001", Levels.always(Severity.ERROR),
            "Tables use on-demand capacity (PAY_PER_REQUEST)",
            "On-demand capacity scales with traffic and costs nothing idle; provisioned capacity throttles "
                    + "at a guessed ceiling and bills for it around the clock. The spec has no capacity setting: Forge "
                    + "always emits PAY_PER_REQUEST, and this rule proves the emitted files say so.",
            "This is Forge's guarantee: a target emitted another billing mode. Report it; never edit the "
                    + "generated file.",
            List.of("seed 004 (CRITICAL: on-demand capacity is MANDATORY)", "checkov CKV2_AWS_16 (the provisioned alternative)"));

    public TableOnDemand() {
        super("aws_dynamodb_table", dev.forge.model.Kind.TABLE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<Violation> check(ParsedArtifact a, HclBlock r) {
        return Tf.is(r, "billing_mode", "PAY_PER_REQUEST") ? Optional.empty()
                : Optional.of(Tf.at(r, "billing_mode", r.address() + " does not use billing_mode = \"PAY_PER_REQUEST\""));
    }
}
