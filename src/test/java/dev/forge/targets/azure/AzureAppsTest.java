package dev.forge.targets.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.util.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The Container Apps YAML of every example and environment: only the properties the Microsoft.App REST API knows
 * ({@link AppsCheck}, with mutants); the same objects as the template's container apps and jobs (one model, two
 * renderings); the env contract's variable names, exactly.
 */
class AzureAppsTest {

    record App(String example, String env, String path, Map<String, Object> yaml) {
    }

    private static List<App> apps;

    @SuppressWarnings("unchecked")
    static synchronized List<App> apps() {
        if (apps == null) {
            List<App> out = new ArrayList<>();
            for (String example : AzureExamples.names()) {
                for (Artifact a : AzureExamples.synth(example)) {
                    if (a.path().endsWith(".yaml")) {
                        Object doc = new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder()
                                .build()).loadFromString(a.text());
                        out.add(new App(example, a.path().substring(0, a.path().indexOf('/')), a.path(),
                                (Map<String, Object>) doc));
                    }
                }
            }
            apps = out;
        }
        return apps;
    }

    @Test
    void everyAppAndJob_hasOnlyKnownProperties() {
        assertThat(apps()).extracting(App::path).anyMatch(p -> p.contains("/jobs/")).anyMatch(p -> p.contains("/apps/"));
        for (App a : apps()) {
            assertThat(AppsCheck.check(a.example() + "/" + a.path(), a.yaml())).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAppsCheck_rejectsMutants() {
        App a = apps().stream().filter(x -> x.path().contains("/apps/api")).findFirst().orElseThrow();
        Map<String, Object> copy = (Map<String, Object>) Json.parse(Json.write(a.yaml()));
        Map<String, Object> container = ((List<Map<String, Object>>) Guardrails.at(copy, "properties", "template",
                "containers")).get(0);
        container.put("imagePullPolicy", "Always"); // a Kubernetes field, not a Container Apps one
        ((List<Map<String, Object>>) container.get("probes")).get(0).put("type", "liveness");
        ((Map<String, Object>) Guardrails.at(copy, "properties", "configuration", "ingress")).put("transport", "udp");
        ((List<Map<String, Object>>) container.get("env")).get(0).put("value", 5432);
        assertThat(AppsCheck.check("mutant", copy))
                .anyMatch(p -> p.contains("unknown property properties.template.containers[].imagePullPolicy"))
                .anyMatch(p -> p.contains("probes[].type is 'liveness'"))
                .anyMatch(p -> p.contains("transport is 'udp'"))
                .anyMatch(p -> p.contains("value is not a string"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTemplatesAppsAndJobs_areTheYamlObjects_andPassTheSameCheck() {
        for (App a : apps()) {
            Artifact t = AzureExamples.synth(a.example()).stream()
                    .filter(x -> x.path().equals(a.env() + "/azuredeploy.json")).findFirst().orElseThrow();
            Map<String, Object> template = (Map<String, Object>) Json.parse(t.text());
            Map<String, Object> resource = Guardrails.resources(template, (String) a.yaml().get("type")).stream()
                    .filter(r -> r.get("name").equals(a.yaml().get("name"))).findFirst().orElseThrow();
            assertThat(AppsCheck.check(a.path() + " (template)", resource.entrySet().stream()
                    .filter(e -> List.of("name", "type", "location", "tags", "identity", "properties").contains(e.getKey()))
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))).isEmpty();
            assertThat(shape(resource.get("properties"))).as(a.path()).isEqualTo(shape(a.yaml().get("properties")));
            assertThat(shape(resource.get("identity"))).isEqualTo(shape(a.yaml().get("identity")));
        }
    }

    /** The structure of a value: maps' keys (free keys such as resource IDs counted) and lists' lengths, recursively. */
    static Object shape(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k).startsWith("[") || String.valueOf(k).startsWith("/") ? "<id>"
                    : String.valueOf(k), shape(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(shape(x)));
            return out;
        }
        return v instanceof String ? "s" : v instanceof Number ? "n" : String.valueOf(v);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAppsVariables_areTheEnvContractsNames() {
        int checked = 0;
        for (String example : AzureExamples.names()) {
            ResolvedSpec spec = dev.forge.testkit.Examples.resolve(example);
            for (ResolvedEnv env : spec.environments()) {
                List<Ref> principals = new ArrayList<>();
                EnvContract.principals(env.spec()).stream().filter(r -> r.kind() != Kind.FUNCTION).forEach(principals::add);
                List<App> rendered = apps().stream().filter(a -> a.example().equals(example) && a.env().equals(env.name())).toList();
                assertThat(rendered).as(example + " [" + env.name() + "]").hasSize(principals.size());
                for (Ref p : principals) {
                    App a = rendered.stream().filter(x -> x.path().equals(env.name() + (p.kind() == Kind.JOB ? "/jobs/" : "/apps/")
                            + p.name() + ".yaml")).findFirst().orElseThrow();
                    Map<String, Object> c = ((List<Map<String, Object>>) Guardrails.at(a.yaml(), "properties", "template",
                            "containers")).get(0);
                    TreeSet<String> names = new TreeSet<>();
                    ((List<Map<String, Object>>) c.get("env")).forEach(e -> names.add((String) e.get("name")));
                    TreeSet<String> contract = new TreeSet<>();
                    EnvContract.of(env, p).forEach(v -> contract.add(v.name()));
                    assertThat(names).as(example + " [" + env.name() + "] " + p).containsExactlyElementsOf(contract);
                    // secrets are injected, never written
                    for (EnvVar v : EnvContract.of(env, p)) {
                        if (v.isSecretValue()) {
                            assertThat(((List<Map<String, Object>>) c.get("env")).stream()
                                    .filter(e -> e.get("name").equals(v.name())).findFirst().orElseThrow())
                                    .containsKey("secretRef").doesNotContainKey("value");
                        }
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(5);
    }

    @Test
    void theAzureNames_areTheKubernetesTargetsNames() {
        // the kubernetes target is proven against the same contract by EnvContractAcrossTargetsTest; reading its output
        // here too ties azure to another target's files, not only to the model
        var kube = dev.forge.targets.BuiltinTargets.byName("kubernetes").orElseThrow();
        for (String example : AzureExamples.names()) {
            String kubeText = String.join("\n", dev.forge.testkit.Examples.synth(kube, example).stream()
                    .map(Artifact::text).toList());
            for (App a : apps().stream().filter(x -> x.example().equals(example)).toList()) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> env = (List<Map<String, Object>>) ((List<Map<String, Object>>) Guardrails.at(
                        a.yaml(), "properties", "template", "containers")).get(0).get("env");
                env.forEach(e -> assertThat(kubeText).as(a.path() + " " + e.get("name")).contains((String) e.get("name")));
            }
        }
    }
}
