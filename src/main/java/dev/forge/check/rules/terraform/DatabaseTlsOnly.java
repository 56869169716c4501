package dev.forge.check.rules.terraform;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Severity;
import java.util.List;
import java.util.Optional;

/** FORGE-RDS-005: emitted databases refuse connections without TLS. */
public final class DatabaseTlsOnly extends TfRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-RDS-005", Levels.always(Severity.ERROR),
            "Databases accept TLS connections only",
            "PostgreSQL on RDS accepts clear-text connections unless its parameter group sets rds.force_ssl = 1; "
                    + "with it, credentials and rows never cross the network unencrypted, whichever client connects.",
            "This is Forge's guarantee: a target emitted a database whose parameter group does not force TLS. Report it.",
            List.of("checkov CKV2_AWS_69"));

    public DatabaseTlsOnly() {
        super("aws_db_instance", dev.forge.model.Kind.DATABASE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<Violation> check(ParsedArtifact a, HclBlock r) {
        var group = r.attribute("parameter_group_name").flatMap(v -> Tf.resources(a, "aws_db_parameter_group").stream()
                .filter(g -> Tf.refersTo(v.value(), g)).findFirst());
        if (group.isEmpty()) {
            return Optional.of(Tf.at(r, "parameter_group_name", r.address()
                    + " uses no aws_db_parameter_group of this module (the default group does not force TLS)"));
        }
        boolean forced = group.get().blocks("parameter").stream()
                .anyMatch(p -> Tf.is(p, "name", "rds.force_ssl") && Tf.is(p, "value", "1"));
        return forced ? Optional.empty() : Optional.of(Tf.at(group.get(), group.get().address()
                + " does not set parameter rds.force_ssl = \"1\""));
    }
}
