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
            "terraform-aws", new Rendered(EnvContractAcrossTargetsTest::terraform,
                    java.util.Set.of(Kind.FUNCTION, Kind.SERVICE, Kind.JOB)),
            "compose", new Rendered(EnvContractAcrossTargetsTest::compose, java.util.Set.of(Kind.SERVICE, Kind.JOB)),
            "kubernetes", new Rendered(EnvContractAcrossTargetsTest::kubernetes, java.util.Set.of(Kind.SERVICE, Kind.JOB)),
            "cloudformation", new Rendered(EnvContractAcrossTargetsTest::cloudformation,
                    java.util.Set.of(Kind.FUNCTION, Kind.SERVICE, Kind.JOB)),
            "gcp", new Rendered(EnvContractAcrossTargetsTest::gcp, java.util.Set.of(Kind.SERVICE, Kind.JOB)),
            "azure", new Rendered(EnvContractAcrossTargetsTest::azure, java.util.Set.of(Kind.SERVICE, Kind.JOB)));
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

    /**
     * azure: each container app's and job's container env names, from the Container Apps YAML
     * ({@code azure/<env>/apps/<service>.yaml}, {@code jobs/<job>.yaml}; the ARM template holds the same objects,
     * AzureAppsTest).
     */
    static Map<Ref, TreeSet<String>> azure(ResolvedEnv env, List<Artifact> files) {
        Map<Ref, TreeSet<String>> out = new TreeMap<>();
        for (Artifact a : files) {
            if (!a.path().matches("azure/" + Pattern.quote(env.name()) + "/(apps|jobs)/[a-z0-9-]+\\.yaml")) {
                continue;
            }
            String name = a.path().substring(a.path().lastIndexOf('/') + 1).replaceFirst("\\.yaml$", "");
            List<Object> containers = at(yamlDocuments(a).get(0), "properties", "template", "containers");
            TreeSet<String> names = new TreeSet<>();
            for (Object c : containers) {
                List<Object> vars = at(c, "env");
                for (Object v : vars == null ? List.of() : vars) {
                    names.add(at(v, "name"));
                }
            }
            Ref r = principal(env, name);
            assertThat(r).as(a.path() + ": an app or job of no service or job").isNotNull();
            out.put(r, names);
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

    private static final Pattern MODULE = Pattern.compile("^module \"(function|service|job)_([a-z0-9_]+)\" \\{$");
    private static final Pattern KEY = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=");
    private static final Pattern VARIABLES = Pattern.compile("^\\s*(environment_variables|environment|secrets)\\s*=\\s*\\{$");

    /**
     * terraform-aws, in the environment's root: the keys of each function module's {@code environment_variables},
     * and of each service and job module's {@code environment} and {@code secrets} (injected by ECS under their
     * variable's name).
     */
    static Map<Ref, TreeSet<String>> terraform(ResolvedEnv env, List<Artifact> files) {
        Map<String, Ref> byLabel = new TreeMap<>();
        env.spec().functions().keySet().forEach(n -> byLabel.put("function_" + n.replace('-', '_'), new Ref(Kind.FUNCTION, n)));
        env.spec().services().keySet().forEach(n -> byLabel.put("service_" + n.replace('-', '_'), new Ref(Kind.SERVICE, n)));
        if (env.spec().jobs() != null) {
            env.spec().jobs().keySet().forEach(n -> byLabel.put("job_" + n.replace('-', '_'), new Ref(Kind.JOB, n)));
        }
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
                    current = byLabel.get(m.group(1) + "_" + m.group(2));
                    assertThat(current).as(a.path() + ": " + line + " of no principal").isNotNull();
                    out.put(current, new TreeSet<>());
                } else if (line.equals("}")) {
                    current = null;
                } else if (current != null && VARIABLES.matcher(line).matches()) {
                    inVars = true;
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

    /**
     * cloudformation: each function's {@code Environment.Variables} keys, and each task definition's container
     * {@code Environment} and {@code Secrets} names (secrets are injected by ECS under their variable's name). The
     * principal is read from the function name or task family, {@code <app>-<name>-<env>}.
     */
    static Map<Ref, TreeSet<String>> cloudformation(ResolvedEnv env, List<Artifact> files) {
        String prefix = env.spec().app() + "-";
        String suffix = "-" + env.name();
        Map<Ref, TreeSet<String>> out = new TreeMap<>();
        for (Artifact a : files) {
            if (!a.path().startsWith("cloudformation/" + env.name() + "/") || !a.path().endsWith(".yaml")
                    || a.path().contains("/replica-")) {
                continue;
            }
            Map<String, Object> resources = at(yamlDocuments(a).get(0), "Resources");
            resources.forEach((id, res) -> {
                String type = at(res, "Type");
                if ("AWS::Lambda::Function".equals(type)) {
                    String name = at(res, "Properties", "FunctionName");
                    assertThat(name).as(a.path() + ": " + id).startsWith(prefix).endsWith(suffix);
                    Map<String, Object> vars = at(res, "Properties", "Environment", "Variables");
                    out.put(new Ref(Kind.FUNCTION, name.substring(prefix.length(), name.length() - suffix.length())),
                            new TreeSet<>(vars == null ? java.util.Set.of() : vars.keySet()));
                } else if ("AWS::ECS::TaskDefinition".equals(type)) {
                    String family = at(res, "Properties", "Family");
                    assertThat(family).as(a.path() + ": " + id).startsWith(prefix).endsWith(suffix);
                    Ref r = principal(env, family.substring(prefix.length(), family.length() - suffix.length()));
                    assertThat(r).as(a.path() + ": task definition " + id + " of no service or job").isNotNull();
                    TreeSet<String> names = new TreeSet<>();
                    List<Object> containers = at(res, "Properties", "ContainerDefinitions");
                    for (Object c : containers) {
                        for (String list : List.of("Environment", "Secrets")) {
                            List<Object> vars = at(c, list);
                            for (Object v : vars == null ? List.of() : vars) {
                                names.add(at(v, "Name"));
                            }
                        }
                    }
                    out.put(r, names);
                }
            });
        }
        return out;
    }
}
