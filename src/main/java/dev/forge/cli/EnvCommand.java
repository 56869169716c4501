package dev.forge.cli;

import dev.forge.model.ApiSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.Connection;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** forge env: the environment variables each function, service and job receives (the env contract). */
@Command(name = "env", mixinStandardHelpOptions = true,
        description = {"List the environment variables each function, service and job receives in each environment:"
                + " the same names on every target (docs/env-contract.md). Values are described, never read: a secret"
                + " is named, not shown.", "Formats: text, json, markdown (the tables of docs/env-contract.md)."})
final class EnvCommand implements Callable<Integer> {

    /** Output formats of this command (markdown is for the docs). */
    enum EnvFormat {
        text, json, markdown
    }

    @ParentCommand
    ForgeCli cli;

    @Mixin
    SpecOptions spec;

    @Option(names = {"-e", "--env"}, paramLabel = "ENV", description = "Environment to list (repeatable; default: all).")
    List<String> envs = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    EnvFormat format = EnvFormat.text;

    @Override
    public Integer call() {
        ResolvedSpec resolved = Pipeline.resolve(spec.read());
        List<ResolvedEnv> selected = Pipeline.environments(resolved, envs);
        Printer p = cli.printer();
        if (format == EnvFormat.json) {
            List<Object> out = new ArrayList<>();
            for (ResolvedEnv env : selected) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("environment", env.name());
                Map<String, Object> principals = new LinkedHashMap<>();
                for (Ref r : EnvContract.principals(env.spec())) {
                    Map<String, Object> vars = new LinkedHashMap<>();
                    for (EnvVar v : EnvContract.of(env, r)) {
                        vars.put(v.name(), Map.of("value", describe(env, v), "secret", v.isSecretValue()));
                    }
                    principals.put(r.toString(), vars);
                }
                e.put("principals", principals);
                out.add(e);
            }
            p.json(true, List.of(), Map.of("environments", out));
            return ExitCodes.OK;
        }
        StringBuilder b = new StringBuilder();
        if (format == EnvFormat.markdown) {
            markdown(selected, b);
        } else {
            for (ResolvedEnv env : selected) {
                b.append(env.name()).append(":\n");
                for (Ref r : EnvContract.principals(env.spec())) {
                    b.append("  ").append(r).append('\n');
                    for (EnvVar v : EnvContract.of(env, r)) {
                        b.append("    ").append(v.name()).append(" = ").append(describe(env, v)).append('\n');
                    }
                }
            }
        }
        p.out().print(p.safe(b.toString()));
        p.out().flush();
        return ExitCodes.OK;
    }

    /**
     * One table per principal over all {@code envs}: each variable once, described in the first environment that
     * has it (physical names differ only by the environment's suffix), marked with the environments it is limited to.
     */
    private static void markdown(List<ResolvedEnv> envs, StringBuilder b) {
        b.append("Environments: ").append(String.join(", ", envs.stream().map(ResolvedEnv::name).toList()))
                .append(" (values described in ").append(envs.get(0).name()).append(").\n\n");
        java.util.Set<Ref> principals = new java.util.LinkedHashSet<>();
        envs.forEach(e -> principals.addAll(EnvContract.principals(e.spec())));
        for (Ref r : principals) {
            Map<String, String> described = new java.util.TreeMap<>();
            Map<String, List<String>> where = new java.util.TreeMap<>();
            for (ResolvedEnv env : envs) {
                if (!EnvContract.principals(env.spec()).contains(r)) {
                    continue;
                }
                for (EnvVar v : EnvContract.of(env, r)) {
                    described.putIfAbsent(v.name(), describe(env, v));
                    where.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(env.name());
                }
            }
            b.append("`").append(r).append("`\n\n| variable | value |\n|---|---|\n");
            described.forEach((name, what) -> {
                String only = where.get(name).size() == envs.size() ? "" : " (only in " + String.join(", ", where.get(name)) + ")";
                b.append("| `").append(name).append("` | ").append((what + only).replace("|", "\\|")).append(" |\n");
            });
            b.append('\n');
        }
    }

    /** Where a variable's value comes from, in words, with the physical name where resolve knows it. */
    static String describe(ResolvedEnv env, EnvVar v) {
        return v.render(new EnvVar.Renderer<String>() {
            @Override
            public String text(String text) {
                return "text \"" + text + "\"";
            }

            @Override
            public String environmentName() {
                return "the environment's name (" + env.name() + ")";
            }

            @Override
            public String storeValue(Ref ref) {
                return "value of " + ref + " (" + env.naming().storePath(ref.name()) + "), injected by container"
                        + " platforms; on Lambda its ARN or parameter name";
            }

            @Override
            public String attribute(Ref r, Connection.Attribute a, boolean fromUses) {
                String what = switch (a) {
                    case NAME -> "name of " + r + " (" + env.physicalName(r.kind(), r.name()) + ")";
                    case URL -> r.kind() == Kind.API ? apiUrl(env, r) : "URL of " + r;
                    case SECRET_ARN -> "ARN of " + r + " (" + env.naming().storePath(r.name()) + ")";
                    case PARAMETER_NAME -> "parameter name of " + r + " (" + env.naming().storePath(r.name()) + ")";
                    case MODEL_ID -> "model ID of " + r + " (" + env.spec().models().get(r.name()).id() + ")";
                    case HOST -> "host of " + r;
                    case PORT -> "port of " + r;
                    case DATABASE_NAME -> "database name of " + r + " (" + env.spec().databases().get(r.name()).name() + ")";
                    case CREDENTIALS_SECRET_ARN -> "credentials secret of " + r + " ("
                            + env.naming().storePath(r.name()) + "/credentials)";
                    case TOPIC_ARN -> "ARN of " + r + " (" + env.physicalName(r.kind(), r.name()) + ")";
                    case USERNAME -> "user name of " + r + " (from its credentials secret)";
                    case PASSWORD -> "password of " + r + " (secret: injected from its credentials secret)";
                };
                return fromUses ? what : what + "; env: reference";
            }
        });
    }

    private static String apiUrl(ResolvedEnv env, Ref r) {
        ApiSpec a = env.spec().apis().get(r.name());
        return "URL of " + r + (a.domain() != null ? " (https://" + a.domain() + ")" : "");
    }
}
