package dev.forge.check.report;

import dev.forge.bind.SecretScanner;
import dev.forge.model.ImageSpec;
import dev.forge.model.Spec;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.util.Redactor;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The values of a spec a rule treats as secret (FORGE-SEC-002: a literal in a variable named like a password,
 * token or key; a parameter named like a secret that holds a value), as a {@link Redactor} that masks them in
 * every report and message.
 */
public final class SecretValues {

    private SecretValues() {
    }

    public static Redactor of(ResolvedSpec spec) {
        Set<String> out = new HashSet<>();
        collect(spec.written(), out);
        for (ResolvedEnv env : spec.environments()) {
            collect(env.spec(), out);
        }
        return new Redactor(out, SecretScanner::isSecretName);
    }

    private static void collect(Spec s, Set<String> out) {
        if (s.functions() != null) {
            s.functions().values().forEach(f -> {
                if (f != null) {
                    vars(f.env(), out);
                    vars(args(f.image()), out);
                }
            });
        }
        if (s.services() != null) {
            s.services().values().forEach(sv -> {
                if (sv != null) {
                    vars(sv.env(), out);
                    vars(args(sv.image()), out);
                }
            });
        }
        if (s.parameters() != null) {
            s.parameters().forEach((name, p) -> {
                if (p != null && p.value() != null && SecretScanner.isSecretVariable(name, p.value())) {
                    out.add(p.value());
                }
            });
        }
    }

    private static Map<String, String> args(ImageSpec image) {
        return image == null ? null : image.args();
    }

    private static void vars(Map<String, String> vars, Set<String> out) {
        if (vars != null) {
            vars.forEach((k, v) -> {
                if (SecretScanner.isSecretVariable(k, v)) {
                    out.add(v);
                }
            });
        }
    }
}
