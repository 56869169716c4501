package dev.forge.check.rules.terraform;

import dev.forge.check.Levels;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.diag.Severity;
import java.util.List;
import java.util.Optional;

/** FORGE-RDS-006: emitted databases' master passwords are RDS's own, in Secrets Manager. */
public final class DatabaseManagedPassword extends TfRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-RDS-006", Levels.always(Severity.ERROR),
            "Database master passwords are managed by RDS in Secrets Manager",
            "With manage_master_user_password, RDS generates the master password, keeps it in a Secrets Manager "
                    + "secret and rotates it: it is in no variable, tfvars file, plan or state. A `password` argument "
                    + "would be stored in the state in clear text.",
            "This is Forge's guarantee: a target emitted a database with a password argument. Report it.",
            List.of("Amazon RDS User Guide: password management with Amazon RDS and AWS Secrets Manager"));

    public DatabaseManagedPassword() {
        super("aws_db_instance", dev.forge.model.Kind.DATABASE);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Optional<Violation> check(ParsedArtifact a, HclBlock r) {
        for (String password : List.of("password", "password_wo")) {
            if (r.attribute(password).isPresent()) {
                return Optional.of(Tf.at(r, password, r.address() + " sets " + password + " (the password passes through"
                        + " Terraform) instead of manage_master_user_password = true"));
            }
        }
        return Tf.is(r, "manage_master_user_password", "true") ? Optional.empty()
                : Optional.of(Tf.at(r, "manage_master_user_password", r.address()
                + " does not set manage_master_user_password = true"));
    }
}
