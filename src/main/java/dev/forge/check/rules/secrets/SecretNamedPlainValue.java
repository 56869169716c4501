package dev.forge.check.rules.secrets;

import dev.forge.bind.SecretScanner;
import dev.forge.check.EnvironmentRule;
import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.diag.Severity;
import dev.forge.model.ImageSpec;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.util.Shown;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** FORGE-SEC-002: a variable named like a secret is read from the secret store, never written as a literal. */
public final class SecretNamedPlainValue implements EnvironmentRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-SEC-002", Levels.always(Severity.ERROR),
            "Secret-named variables are read from the secret store",
            "A variable named like a password, passphrase, token, credential or key (`DB_PASS`, `PASSPHRASE`,"
                    + " `API_KEY`), or a connection string with a password (`DATABASE_URL: postgres://u:p@db/app`), holds"
                    + " a secret. A number or boolean under a configuration qualifier (`TOKEN_TTL: 3600`,"
                    + " `PASSWORD_MIN_LENGTH: 12`) is configuration, not a secret. Written as a literal a secret lands in git,"
                    + " in the generated files and in the function's configuration, readable by anyone who can read"
                    + " those. Resolve refuses values that look like credentials (FORGE-E117); this rule refuses any other literal.",
            "Declare the secret under `secrets:` and write `NAME: secret:SECRET` (read at run time from the store).",
            List.of("checkov CKV_AWS_45", "checkov CKV_SECRET_6"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Result check(ResolvedEnv env) {
        List<Violation> out = new ArrayList<>();
        env.spec().functions().forEach((n, f) -> {
            scan("functions." + n + ".env", "function:" + n, f.env(), out);
            scan("functions." + n + ".image.args", "function:" + n, args(f.image()), out);
        });
        env.spec().services().forEach((n, s) -> {
            scan("services." + n + ".env", "service:" + n, s.env(), out);
            scan("services." + n + ".image.args", "service:" + n, args(s.image()), out);
        });
        return Result.of(out);
    }

    private static Map<String, String> args(ImageSpec image) {
        return image == null ? null : image.args();
    }

    private static void scan(String path, String resource, Map<String, String> vars, List<Violation> out) {
        if (vars == null) {
            return;
        }
        vars.forEach((k, v) -> {
            SecretScanner.secretVariableKind(k, v).ifPresent(kind -> out.add(Violation.at(path + "." + k, resource,
                    resource + " sets " + (SecretScanner.isSecretName(k) ? "secret-named variable " : "variable ") + k
                            + " to a literal value (" + (SecretScanner.isSecretName(k) ? "" : kind + ": ")
                            + Shown.secret(v) + ")")));
        });
    }
}
