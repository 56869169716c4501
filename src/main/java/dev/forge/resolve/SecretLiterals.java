package dev.forge.resolve;

import dev.forge.bind.SecretScanner;
import dev.forge.bind.SourceMap;
import dev.forge.diag.Code;
import dev.forge.diag.Diagnostics;
import dev.forge.model.Introspection;
import dev.forge.model.Introspection.Field;
import dev.forge.model.ParameterSpec;
import dev.forge.model.Spec;
import dev.forge.model.TriggerSpec;
import dev.forge.util.Shown;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds secret values written into a spec (FORGE-E117), however the spec was made — YAML or the Java API:
 * a well-known credential format in any text, a value-looking literal in an {@code env:} or build
 * {@code args:} entry named like a key, password or token, and a parameter named like a secret that holds
 * a value.
 */
final class SecretLiterals {

    private final SourceMap sources;
    private final Diagnostics diags;

    SecretLiterals(SourceMap sources, Diagnostics diags) {
        this.sources = sources;
        this.diags = diags;
    }

    void check(Spec spec) {
        walk(spec, "", false);
        if (spec.parameters() != null) {
            spec.parameters().forEach((name, p) -> parameter(name, p, SourceMap.child("parameters", name)));
        }
    }

    private void parameter(String name, ParameterSpec p, String path) {
        if (p == null) {
            return;
        }
        if (p.value() != null && SecretScanner.isSecretVariable(name, p.value())
                && (SecretScanner.looksLikeValue(p.value()) || SecretScanner.isUrlName(name))
                && !SecretScanner.isKnownCredential(p.value())) {
            String at = SourceMap.child(path, "value");
            diags.error(sources.at(at), Code.E117, at + ": parameter '" + name + "' is named like a secret but holds"
                    + " a literal value (" + Shown.secret(p.value()) + ")", "Declare it under `secrets:` instead; parameters hold plain configuration.");
        }
        if (p.environments() != null) {
            p.environments().forEach((env, o) -> parameter(name, o, SourceMap.child(SourceMap.child(path, "environments"), env)));
        }
    }

    private void walk(Object value, String path, boolean secretsByName) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            SecretScanner.credentialKind(text).ifPresent(kind -> diags.error(sources.at(path), Code.E117, path
                    + ": the value " + Shown.secret(text) + " looks like " + kind, Code.E117.fix()));
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), SourceMap.item(path, i), false);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                String childPath = SourceMap.child(path, key);
                if (secretsByName && v instanceof String text && !SecretScanner.isKnownCredential(text)
                        && namedSecret(key, text)) {
                    diags.error(sources.at(childPath), Code.E117, childPath + ": '" + key + "' = " + Shown.secret(text)
                            + " looks like a secret (" + (SecretScanner.isUrlName(key) ? "a password in a connection"
                            + " string" : "a literal in a secret-named variable") + ")", "Declare it under `secrets:`"
                            + " and write `" + key + ": secret:" + key.toLowerCase(Locale.ROOT).replace('_', '-')
                            + "`; set the value in the secret store.");
                }
                walk(v, childPath, false);
            });
            return;
        }
        if (Introspection.isSpecRecord(value.getClass())) {
            for (Field f : Introspection.fields(value.getClass())) {
                boolean byName = f.javaName().equals("env") || f.javaName().equals("args");
                walk(f.get(value), SourceMap.child(path, f.key()), byName);
            }
            if (value instanceof TriggerSpec t && t.payload() != null) {
                payload(t.payload(), SourceMap.child(path, "payload"));
            }
        }
    }

    /**
     * A schedule's payload is JSON that lands, as written, in the generated files and the scheduler: a secret-named
     * key holding a value-looking literal there is a secret in plain text, like one in {@code env:}. (A payload that is
     * not JSON is reported by the combinations check; credential formats anywhere in it by {@link #walk}.)
     */
    private void payload(String json, String path) {
        Object parsed;
        try {
            parsed = dev.forge.util.Json.parse(json);
        } catch (RuntimeException notJson) {
            return;
        }
        payloadKeys(parsed, path);
    }

    private void payloadKeys(Object json, String path) {
        if (json instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                if (v instanceof String text && !SecretScanner.isKnownCredential(text) && namedSecret(key, text)) {
                    diags.error(sources.at(path), Code.E117, path + ": key '" + key + "' = " + Shown.secret(text)
                            + " looks like a secret (a literal under a secret-named key); the payload is stored in plain"
                            + " text", "Leave it out of the payload: declare it under `secrets:` and have the function"
                            + " read it (`uses: [secret:NAME]`).");
                }
                payloadKeys(v, path);
            });
        } else if (json instanceof List<?> list) {
            list.forEach(v -> payloadKeys(v, path));
        }
    }

    /**
     * A variable the resolver refuses by its name: a connection string with a password, or a value-looking literal
     * under a secret name. Any other literal under a secret name ({@code changeme}) is left to FORGE-SEC-002,
     * which can be suppressed with a reason.
     */
    private static boolean namedSecret(String key, String text) {
        return SecretScanner.isSecretVariable(key, text)
                && (SecretScanner.isUrlName(key) && !SecretScanner.isSecretName(key) || SecretScanner.looksLikeValue(text));
    }
}
