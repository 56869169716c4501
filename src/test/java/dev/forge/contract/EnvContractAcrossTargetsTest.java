package dev.forge.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.Target;
import dev.forge.targets.BuiltinTargets;
import dev.forge.testkit.Examples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One env contract on every target: for every example, environment and target that renders a principal, the
 * variable names the target's OUTPUT gives each function, service and job are exactly {@link EnvContract#of}'s.
 * Each target's names are read back from its files (HCL, YAML), not from the model.
 */
class EnvContractAcrossTargetsTest {

    /** Reads, from one target's files for one environment, the variable names per principal it renders. */
    interface Reader {
        Map<Ref, TreeSet<String>> read(ResolvedEnv env, List<Artifact> files);
    }

    /** A target's reader and the kinds of principal it renders (every one of them must be found in its output). */
    record Rendered(Reader reader, java.util.Set<Kind> kinds) {
    }

    static final Map<String, Rendered> READERS = Map.of(
            "terraform-aws", new Rendered(EnvContractAcrossTargetsTest::terraform, java.util.Set.of(Kind.FUNCTION)),
            "compose", new Rendered(EnvContractAcrossTargetsTest::compose, java.util.Set.of(Kind.SERVICE, Kind.JOB)),
            "kubernetes", new Rendered(EnvContractAcrossTargetsTest::kubernetes, java.util.Set.of(Kind.SERVICE, Kind.JOB)),
            "gcp", new Rendered(EnvContractAcrossTargetsTest::gcp, java.util.Set.of(Kind.SERVICE, Kind.JOB)));
    // helm: HelmEqualsKubernetesTest proves `helm template` renders exactly the kubernetes target's objects.

    /**
     * The variables compose adds for local runs only (docs/targets/compose.md): the AWS SDKs' region, local
     * credentials and the endpoints of the stand-ins. Everything else must be the contract.
     */
    static final java.util.Set<String> COMPOSE_LOCAL_ONLY = java.util.Set.of("AWS_ACCESS_KEY_ID",
            "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_SQS", "AWS_REGION",
            "AWS_SECRET_ACCESS_KEY");

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String example : Examples.names()) {
            for (String target : new TreeSet<>(READERS.keySet())) {
                out.add(Arguments.of(example, target));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void theNamesInTheOutput_areTheContractsNames(String example, String targetName) {
        ResolvedSpec spec = Pipeline.resolve(Pipeline.read(Examples.spec(example), example + "/forge.yaml"));
        Target target = BuiltinTargets.byName(targetName).orElseThrow();
        if (!target.appliesTo(spec)) {
            return;
        }
        for (ResolvedEnv env : spec.environments()) {
            List<Artifact> files = Pipeline.synth(spec, List.of(target), List.of(env),
                    Examples.spec(example).toAbsolutePath().getParent(), Path.of("/tmp/forge-contract-out"));
            Rendered rendered = READERS.get(targetName);
            Map<Ref, TreeSet<String>> emitted = rendered.reader().read(env, files);
            assertThat(emitted.keySet()).as(example + " [" + env.name() + "] " + targetName + ": principals rendered")
                    .containsExactlyInAnyOrderElementsOf(EnvContract.principals(env.spec()).stream()
                            .filter(r -> rendered.kinds().contains(r.kind())).toList());
            for (Map.Entry<Ref, TreeSet<String>> e : emitted.entrySet()) {
                TreeSet<String> contract = new TreeSet<>();
                for (EnvVar v : EnvContract.of(env, e.getKey())) {
                    contract.add(v.name());
                }
                assertThat(e.getValue()).as(example + " [" + env.name() + "] " + targetName + ": " + e.getKey())
                        .containsExactlyElementsOf(contract);
            }
        }
    }

    private static List<Map<String, Object>> yamlDocuments(Artifact a) {
        List<Map<String, Object>> out = new ArrayList<>();
        org.snakeyaml.engine.v2.api.Load load = new org.snakeyaml.engine.v2.api.Load(
                org.snakeyaml.engine.v2.api.LoadSettings.builder().build());
        for (Object doc : load.loadAllFromString(a.text())) {
            if (doc instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) m;
                out.add(typed);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String... path) {
        Object n = node;
        for (String key : path) {
            n = n instanceof Map<?, ?> m ? m.get(key) : null;
        }
        return (T) n;
    }

    private static Ref principal(ResolvedEnv env, String name) {
        if (env.spec().services().containsKey(name)) {
            return new Ref(Kind.SERVICE, name);
        }
        return env.spec().jobs() != null && env.spec().jobs().containsKey(name) ? new Ref(Kind.JOB, name) : null;
    }

    /** compose: each spec service's and job's {@code environment:} keys, minus the documented local-only ones. */
    static Map<Ref, TreeSet<String>> compose(ResolvedEnv env, List<Artifact> files) {
        Map<Ref, TreeSet<String>> out = new TreeMap<>();
        for (Artifact a : files) {
            if (!a.path().endsWith("compose/docker-compose.yml")) {
                continue;
            }
            Map<String, Object> services = at(yamlDocuments(a).get(0), "services");
            services.forEach((name, svc) -> {
                Ref r = principal(env, name);
                Map<String, Object> environment = at(svc, "environment");
                if (r != null && environment != null) {
                    TreeSet<String> names = new TreeSet<>(environment.keySet());
                    names.removeAll(COMPOSE_LOCAL_ONLY);
                    out.put(r, names);
                }
            });
        }
        return out;
    }

    /** gcp: each Cloud Run service's and job's container env names ({@code gcp/run/<env>/{service,job}-<name>.yaml}). */
    static Map<Ref, TreeSet<String>> gcp(ResolvedEnv env, List<Artifact> files) {
        Map<Ref, TreeSet<String>> out = new TreeMap<>();
        for (Artifact a : files) {
            if (!a.path().startsWith("gcp/run/" + env.name() + "/")) {
                continue;
            }
            Map<String, Object> doc = yamlDocuments(a).get(0);
            String name = a.path().substring(a.path().lastIndexOf('/') + 1).replaceFirst("^(service|job)-", "")
                    .replaceFirst("\\.yaml$", "");
            List<Object> containers = "Service".equals(at(doc, "kind"))
                    ? at(doc, "spec", "template", "spec", "containers")
                    : at(doc, "spec", "template", "spec", "template", "spec", "containers");
            TreeSet<String> names = new TreeSet<>();
            for (Object c : containers) {
                List<Object> vars = at(c, "env");
                for (Object v : vars == null ? List.of() : vars) {
                    names.add(at(v, "name"));
                }
            }
            out.put(principal(env, name), names);
        }
        return out;
    }

    /** kubernetes (one environment: the base is that environment's objects): each container's env names. */
    static Map<Ref, TreeSet<String>> kubernetes(ResolvedEnv env, List<Artifact> files) {
        Map<Ref, TreeSet<String>> out = new TreeMap<>();
        for (Artifact a : files) {
            if (!a.path().contains("kubernetes/base/") || !a.path().endsWith(".yaml")) {
                continue;
            }
            for (Map<String, Object> doc : yamlDocuments(a)) {
                String kind = at(doc, "kind");
                List<Object> containers = "Deployment".equals(kind) || "Job".equals(kind)
                        ? at(doc, "spec", "template", "spec", "containers")
                        : "CronJob".equals(kind) ? at(doc, "spec", "jobTemplate", "spec", "template", "spec", "containers")
                        : null;
                if (containers == null) {
                    continue;
                }
                Ref r = principal(env, at(doc, "metadata", "name"));
                assertThat(r).as(a.path() + ": " + kind + " of no service or job").isNotNull();
                TreeSet<String> names = new TreeSet<>();
                for (Object c : containers) {
                    List<Object> vars = at(c, "env");
                    for (Object v : vars == null ? List.of() : vars) {
                        names.add(at(v, "name"));
                    }
                }
                out.put(r, names);
            }
        }
        return out;
    }

    private static final Pattern MODULE = Pattern.compile("^module \"function_([a-z0-9_]+)\" \\{$");
    private static final Pattern KEY = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=");

    /** terraform-aws: the keys of each function module's environment_variables in the environment's root. */
    static Map<Ref, TreeSet<String>> terraform(ResolvedEnv env, List<Artifact> files) {
        Map<String, String> byLabel = new TreeMap<>();
        env.spec().functions().keySet().forEach(n -> byLabel.put(n.replace('-', '_'), n));
        Map<Ref, TreeSet<String>> out = new TreeMap<>();
        for (Artifact a : files) {
            if (!a.path().endsWith("environments/" + env.name() + "/main.tf")) {
                continue;
            }
            String[] lines = new String(a.bytes(), StandardCharsets.UTF_8).split("\n");
            Ref current = null;
            boolean inVars = false;
            for (String line : lines) {
                Matcher m = MODULE.matcher(line);
                if (m.matches()) {
                    current = new Ref(Kind.FUNCTION, byLabel.get(m.group(1)));
                } else if (line.equals("}")) {
                    current = null;
                } else if (current != null && line.matches("^\\s*environment_variables\\s*=\\s*\\{$")) {
                    inVars = true;
                    out.put(current, new TreeSet<>());
                } else if (inVars && line.trim().equals("}")) {
                    inVars = false;
                } else if (inVars) {
                    Matcher k = KEY.matcher(line);
                    if (k.find()) {
                        out.get(current).add(k.group(1));
                    }
                }
            }
        }
        return out;
    }
}
