package dev.forge.targets.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.ArtifactRule;
import dev.forge.check.Packs;
import dev.forge.check.Result;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.model.Ref;
import dev.forge.platform.kubernetes.Workloads;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import dev.forge.resolve.ResolvedEnv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The hardening of what `kubectl kustomize overlays/<env>` renders, for every example and environment, each
 * assertion tied to the rule that demands it; and the Kubernetes rules of the rule packs run over that real output
 * and pass (not "not applicable": they found the workloads).
 */
class KubernetesHardeningTest {

    record Rendered(String example, ResolvedEnv env, String yaml, Map<String, JsonNode> objects) {
        @Override
        public String toString() {
            return example + "/" + env.name();
        }
    }

    private static List<Arguments> rendered;

    /** Every example's overlays, kustomized once for all the tests of this class. */
    static synchronized Stream<Arguments> overlays() throws java.io.IOException {
        if (rendered != null) {
            return rendered.stream();
        }
        Path dir = java.nio.file.Files.createTempDirectory("forge-k8s-hardening");
        List<Arguments> out = new ArrayList<>();
        for (String example : KubernetesExamples.names()) {
            Path root = KubernetesExamples.write(KubernetesExamples.synth(example), dir.resolve(example));
            for (ResolvedEnv env : KubernetesExamples.resolve(example).environments()) {
                String yaml = KubernetesExamples.kustomize(root.resolve("overlays").resolve(env.name()));
                out.add(Arguments.of(new Rendered(example, env, yaml, KubernetesExamples.parse(yaml))));
            }
        }
        rendered = List.copyOf(out);
        return rendered.stream();
    }

    static List<JsonNode> kind(Rendered r, String kind) {
        return r.objects().values().stream().filter(o -> o.get("kind").asString().equals(kind)).toList();
    }

    static List<JsonNode> podSpecs(Rendered r) {
        List<JsonNode> out = new ArrayList<>();
        r.objects().values().forEach(o -> {
            switch (o.get("kind").asString()) {
                case "Deployment", "Job" -> out.add(o.at("/spec/template/spec"));
                case "CronJob" -> out.add(o.at("/spec/jobTemplate/spec/template/spec"));
                default -> { }
            }
        });
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyKubernetesRuleOfTheRulePacks_passesOnTheRenderedOverlay(Rendered r) {
        ParsedArtifact artifact = new ParsedArtifact("kubernetes/overlays/" + r.env().name() + "/rendered.yaml", r.yaml());
        List<ArtifactRule> rules = Packs.allRules().stream().filter(x -> x.id().startsWith("FORGE-K8S-"))
                .filter(ArtifactRule.class::isInstance).map(ArtifactRule.class::cast).toList();
        assertThat(rules).extracting(ArtifactRule::id).contains("FORGE-K8S-001", "FORGE-K8S-002", "FORGE-K8S-003",
                "FORGE-K8S-004", "FORGE-K8S-005", "FORGE-K8S-006", "FORGE-K8S-007", "FORGE-K8S-008");
        for (ArtifactRule rule : rules) {
            assertThat(rule.appliesTo(artifact.path())).as(rule.id() + " reads Kubernetes manifests").isTrue();
            Result result = rule.check(artifact);
            assertThat(result.status()).as(rule.id() + " on " + r + ": " + result.violations()).isEqualTo(Result.Status.COMPLIANT);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyPod_isRestrictedAndBounded(Rendered r) {
        assertThat(podSpecs(r)).isNotEmpty();
        for (JsonNode pod : podSpecs(r)) {
            assertThat(pod.get("automountServiceAccountToken").asBoolean(true)).as("FORGE-K8S-007").isFalse();
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as("FORGE-K8S-001").isTrue();
            assertThat(pod.at("/securityContext/runAsUser").asLong()).as("FORGE-K8S-001 numeric user").isEqualTo(Workloads.RUN_AS_USER);
            assertThat(pod.at("/securityContext/seccompProfile/type").asString()).as("FORGE-K8S-006").isEqualTo("RuntimeDefault");
            assertThat(pod.get("volumes").toString()).as("FORGE-K8S-008").doesNotContain("hostPath");
            for (JsonNode c : pod.get("containers")) {
                assertThat(c.at("/securityContext/readOnlyRootFilesystem").asBoolean()).as("FORGE-K8S-002").isTrue();
                assertThat(c.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).as("FORGE-K8S-003").isFalse();
                assertThat(c.at("/securityContext/capabilities/drop").toString()).as("FORGE-K8S-006").isEqualTo("[\"ALL\"]");
                assertThat(c.at("/volumeMounts/0/mountPath").asString()).as("FORGE-K8S-002 scratch space").isEqualTo("/tmp");
                for (String q : List.of("/resources/requests/cpu", "/resources/requests/memory", "/resources/limits/cpu",
                        "/resources/limits/memory")) {
                    assertThat(c.at(q).isMissingNode()).as("FORGE-K8S-004 " + q).isFalse();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDeployment_hasProbesRollsWithoutLosingCapacityAndSpreadsOverZones(Rendered r) {
        for (JsonNode d : kind(r, "Deployment")) {
            JsonNode c = d.at("/spec/template/spec/containers/0");
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(c.at("/" + probe + "/httpGet/port").asString()).as("FORGE-K8S-005 " + probe).isEqualTo("http");
            }
            assertThat(d.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt(-1)).isZero();
            assertThat(d.at("/spec/template/spec/topologySpreadConstraints/0/topologyKey").asString())
                    .isEqualTo("topology.kubernetes.io/zone");
            String name = d.at("/metadata/name").asString();
            boolean scaled = r.objects().containsKey("HorizontalPodAutoscaler/" + name);
            assertThat(d.at("/spec/replicas").isMissingNode()).as(name + ": replicas left to the autoscaler").isEqualTo(scaled);
            int min = scaled ? r.objects().get("HorizontalPodAutoscaler/" + name).at("/spec/minReplicas").asInt()
                    : d.at("/spec/replicas").asInt();
            assertThat(r.objects().containsKey("PodDisruptionBudget/" + name)).as(name + ": a PDB when more than one replica")
                    .isEqualTo(min > 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theNamespaceEnforcesRestricted_deniesByDefault_andEveryWorkloadHasItsOwnPolicy(Rendered r) {
        JsonNode ns = kind(r, "Namespace").get(0);
        assertThat(ns.at("/metadata/labels/pod-security.kubernetes.io~1enforce").asString()).as("FORGE-K8S-006").isEqualTo("restricted");
        JsonNode deny = r.objects().get("NetworkPolicy/default-deny");
        assertThat(deny.at("/spec/podSelector").isEmpty()).isTrue();
        assertThat(deny.at("/spec/policyTypes").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
        assertThat(deny.at("/spec/ingress").isMissingNode()).as("no ingress rule: nothing is allowed in").isTrue();
        for (Ref w : EnvContract.principals(r.env().spec())) {
            if (w.kind() != dev.forge.model.Kind.FUNCTION) {
                JsonNode p = r.objects().get("NetworkPolicy/" + w.name());
                assertThat(p).as("NetworkPolicy of " + w).isNotNull();
                assertThat(p.at("/spec/egress/0/ports").toString()).as("DNS first").contains("53");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyWorkload_getsExactlyTheEnvContract_andSecretValuesOnlyFromExternalSecrets(Rendered r) {
        assertThat(kind(r, "Secret")).as("no plain Secret: values come through the External Secrets Operator").isEmpty();
        for (Ref w : EnvContract.principals(r.env().spec())) {
            if (w.kind() == dev.forge.model.Kind.FUNCTION) {
                continue;
            }
            JsonNode workload = r.objects().getOrDefault("Deployment/" + w.name(),
                    r.objects().getOrDefault("Job/" + w.name(), r.objects().get("CronJob/" + w.name())));
            JsonNode pod = workload.has("spec") && workload.at("/spec/jobTemplate").isMissingNode()
                    ? workload.at("/spec/template/spec") : workload.at("/spec/jobTemplate/spec/template/spec");
            List<String> names = new ArrayList<>();
            pod.at("/containers/0/env").forEach(e -> names.add(e.get("name").asString()));
            List<EnvVar> contract = EnvContract.of(r.env(), w);
            assertThat(names).as(w + " variables").isEqualTo(contract.stream().map(EnvVar::name).toList());
            for (EnvVar v : contract) {
                JsonNode e = pod.at("/containers/0/env").get(names.indexOf(v.name()));
                if (v.isSecretValue()) {
                    String secret = e.at("/valueFrom/secretKeyRef/name").asString();
                    assertThat(secret).as(v.name() + " from a Secret").isNotEmpty();
                    JsonNode es = r.objects().get("ExternalSecret/" + secret);
                    assertThat(es).as("the ExternalSecret making " + secret).isNotNull();
                    assertThat(es.at("/spec/data").toString()).contains("\"secretKey\":\"" + v.name() + "\"");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyLoadBalancerApi_isAnAlbIngressWithTlsOnItsDomain(Rendered r) {
        r.env().spec().apis().forEach((name, api) -> {
            if (api.type() == dev.forge.model.ApiType.LOADBALANCER) {
                JsonNode ing = r.objects().get("Ingress/" + name);
                assertThat(ing.at("/spec/ingressClassName").asString()).isEqualTo("alb");
                assertThat(ing.at("/spec/tls/0/hosts/0").asString()).isEqualTo(api.domain());
                assertThat(ing.at("/metadata/annotations/alb.ingress.kubernetes.io~1ssl-redirect").asString()).isEqualTo("443");
            }
        });
    }
}
