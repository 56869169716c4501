package dev.forge.targets.github;

import static dev.forge.targets.github.WorkflowDocs.name;
import static dev.forge.targets.github.WorkflowDocs.run;
import static dev.forge.targets.github.WorkflowDocs.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import dev.forge.check.artifact.Yaml;
import dev.forge.platform.aws.EksDeploys;
import dev.forge.platform.kubernetes.KubeEnv;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.MapNode;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import dev.forge.targets.BuiltinTargets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * deploy.yml's Helm rollout to the team's EKS cluster ({@code environments.<env>.kubernetes.cluster}), on a spec of
 * its own over every environment (one without a cluster): after the images are pushed, helm and kubectl pinned and
 * checked by checksum, {@code aws eks update-kubeconfig} of exactly that cluster in the environment's region,
 * {@code helm upgrade --install --atomic --wait --timeout} of the committed chart in the namespace the deploy role's
 * access entry is scoped to, with the environment's values file; a smoke test per service, the rollback after a later
 * failure; the {@code --set} values of the workflow, given to the real chart (helm template), point the built
 * workloads at the ECR repositories the job pushed to, tagged by the commit, and leave images by reference alone; the
 * workflow passes actionlint, the workflow parser, shellcheck and yamllint; a bad cluster name is a spec error.
 */
class GithubHelmDeployTest {

    static final String SPEC = """
            forge: 1
            app: shop
            region: us-east-1
            environments:
              dev: { kubernetes: { cluster: shop-dev } }
              staging: {}
              prod: { region: eu-west-1, kubernetes: { cluster: %s } }
            services:
              api: { image: { build: api }, port: 3000, health: /healthz }
              docs: { image: { ref: "public.ecr.aws/nginx/nginx:1.27" }, port: 8080, health: / }
            jobs:
              report: { image: { build: report }, schedule: "0 3 * * *" }
            ci: { github: acme/shop, promote: [dev, staging, prod] }
            """;
    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";
    private static final String REGISTRY = "123456789012.dkr.ecr.us-east-1.amazonaws.com";

    static ResolvedSpec resolve(String cluster) {
        return dev.forge.resolve.Resolver.resolve(dev.forge.bind.Binder.bind(new dev.forge.spec.YamlLoader()
                .load(dev.forge.spec.SpecSource.of("forge.yaml", SPEC.formatted(cluster)))));
    }

    private static List<Artifact> synth(ResolvedSpec spec, String target) {
        return BuiltinTargets.byName(target).orElseThrow().synth(new SynthContext(spec, spec.environments(), Optional.empty()));
    }

    private static String deployYml(ResolvedSpec spec) {
        return synth(spec, "github-actions").stream().filter(a -> a.path().endsWith("/deploy.yml")).findFirst()
                .orElseThrow().text();
    }

    private static String env(MapNode step, String key) {
        return Yaml.map(step, "env").flatMap(e -> Yaml.text(e, key)).orElse(null);
    }

    private static MapNode step(List<MapNode> steps, String prefix) {
        return steps.stream().filter(s -> name(s).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no step '" + prefix + "'"));
    }

    @Test
    void givenAClusterPerEnvironment_thenEachDeployJobInstallsTheChartThereAfterTheImages_andTheOneWithoutNone() {
        ResolvedSpec spec = resolve("shop-prod");
        String yml = deployYml(spec);
        for (ResolvedEnv env : spec.environments()) {
            List<MapNode> steps = steps(yml, "deploy-" + env.name());
            List<String> names = steps.stream().map(WorkflowDocs::name).toList();
            EksDeploys.Target eks = EksDeploys.of(env);
            if (env.name().equals("staging")) {
                assertThat(eks).isNull();
                assertThat(String.join("\n", names)).doesNotContain("helm").doesNotContain("EKS");
                assertThat(steps.stream().map(WorkflowDocs::run).toList()).noneMatch(r -> r.contains("helm ")
                        || r.contains("kubectl") || r.contains("aws eks"));
                continue;
            }
            assertThat(eks.namespace()).isEqualTo(KubeEnv.namespace(env)).isEqualTo("shop-" + env.name());
            int lastPush = -1;
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).startsWith("Build and push")) {
                    lastPush = i;
                }
            }
            int install = names.indexOf("Install helm v3.16.4 and kubectl v1.33.7 (checksums pinned)");
            int connect = names.indexOf("Connect to EKS cluster " + eks.cluster());
            MapNode upgrade = step(steps, "Install the chart on " + eks.cluster());
            int helm = steps.indexOf(upgrade);
            assertThat(lastPush).as(env.name() + ": both built images pushed").isGreaterThan(0);
            assertThat(List.of(lastPush, install, connect, helm)).as(env.name() + ": push, install, connect, upgrade").isSorted()
                    .doesNotHaveDuplicates().doesNotContain(-1);
            assertThat(run(steps.get(connect))).isEqualTo("aws eks update-kubeconfig --name " + eks.cluster()
                    + " --region " + env.environment().region() + "\n");
            String cmd = run(upgrade).lines().filter(l -> l.startsWith("helm upgrade")).findFirst().orElseThrow();
            assertThat(cmd).startsWith("helm upgrade --install shop out/helm/shop --namespace " + eks.namespace()
                            + " --values out/helm/shop/values-" + env.name() + ".yaml --set namespace.create=false")
                    .endsWith("--atomic --wait --timeout 10m")
                    .doesNotContain("--create-namespace");
            assertThat(env(upgrade, "TAG")).isEqualTo("${{ github.sha }}");
            // every helm/kubectl command of the job acts in the namespace the access entry is scoped to
            assertThat(namespaces(steps)).as(env.name()).containsExactly(eks.namespace());
            MapNode smoke = step(steps, "Smoke-test api on " + eks.cluster());
            assertThat(steps.indexOf(smoke)).isGreaterThan(helm);
            assertThat(env(smoke, "PORT")).isEqualTo("3000");
            assertThat(env(smoke, "HEALTH_PATH")).isEqualTo("/healthz");
            assertThat(run(smoke)).contains("port-forward \"service/${SERVICE}\"").contains("curl --fail");
            assertThat(names).contains("Smoke-test docs on " + eks.cluster());
            MapNode rollback = step(steps, "Roll the chart back");
            assertThat(steps.indexOf(rollback)).isGreaterThan(steps.indexOf(smoke));
            assertThat(Yaml.text(rollback, "if").orElseThrow())
                    .isEqualTo("failure() && steps.helm.outputs.upgraded == 'true' && steps.helm.outputs.previous != ''");
            assertThat(run(rollback)).isEqualTo("helm rollback shop \"${PREVIOUS}\" --namespace " + eks.namespace()
                    + " --wait --timeout 10m\n");
        }
    }

    /** The namespaces the job's helm and kubectl commands act in (a {@code --namespace} word, or its step's env). */
    static java.util.Set<String> namespaces(List<MapNode> steps) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (MapNode s : steps) {
            Matcher ns = Pattern.compile("(?:helm|kubectl) [^\\n]*?--namespace (\\S+)").matcher(run(s));
            while (ns.find()) {
                out.add(ns.group(1).equals("\"${NAMESPACE}\"") ? env(s, "NAMESPACE") : ns.group(1));
            }
        }
        return out;
    }

    @Test
    void givenAHelmCommandOutsideTheAccessEntrysNamespace_thenTheCheckSeesIt() {
        String yml = deployYml(resolve("shop-prod"));
        String mutant = yml.replace("helm rollback shop \"${PREVIOUS}\" --namespace shop-dev",
                "helm rollback shop \"${PREVIOUS}\" --namespace default");
        assertThat(mutant).isNotEqualTo(yml);
        assertThat(namespaces(steps(mutant, "deploy-dev"))).contains("default").contains("shop-dev");
        assertThat(namespaces(steps(yml, "deploy-dev"))).containsExactly("shop-dev");
    }

    @Test
    void givenClusters_thenTheReadmeListsTheTeamsOnceOnlySetupForExactlyThoseEnvironments() {
        String readme = synth(resolve("shop-prod"), "github-actions").stream().filter(a -> a.path().endsWith("/README.md"))
                .findFirst().orElseThrow().text();
        assertThat(readme).contains("| dev | `shop-dev` (us-east-1) | `shop-dev` | `shop-deploy-dev` |")
                .contains("| prod | `shop-prod` (eu-west-1) | `shop-prod` | `shop-deploy-prod` |")
                .doesNotContain("| staging | `")
                .contains("`API` or `API_AND_CONFIG_MAP`").contains("external-secrets-edit");
    }

    @Test
    void givenTheInstallStep_thenEachBinaryIsAPinnedVersionCheckedAgainstItsPinnedSha256BeforeItIsUsed() {
        List<MapNode> steps = steps(deployYml(resolve("shop-prod")), "deploy-prod");
        String install = run(step(steps, "Install helm"));
        for (HelmDeploy.Tool t : HelmDeploy.Tool.values()) {
            assertThat(t.sha256(true)).matches("[0-9a-f]{64}");
            assertThat(t.sha256(false)).matches("[0-9a-f]{64}").isNotEqualTo(t.sha256(true));
            assertThat(t.version).matches("v\\d+\\.\\d+\\.\\d+");
            assertThat(t.url(true)).contains(t.version).contains("arm64").startsWith("https://");
            // the runner is the Arm one (the images are arm64): the arm64 file and its checksum
            assertThat(install).contains(t.url(true)).contains(t.sha256(true)).doesNotContain(t.sha256(false));
            int check = install.indexOf("sha256sum --check --strict \"${RUNNER_TEMP}/" + t.name + ".sha256\"");
            int use = t == HelmDeploy.Tool.HELM ? install.indexOf("tar -xzf") : install.indexOf("chmod 0755");
            assertThat(check).as(t.name + " checked before it is unpacked or made executable").isPositive().isLessThan(use);
        }
        assertThat(install).contains("--proto =https").endsWith("echo \"${RUNNER_TEMP}/bin\" >> \"${GITHUB_PATH}\"\n");
    }

    /**
     * The chart the helm target writes, templated by helm with exactly the workflow's {@code --set} values (the
     * registry and commit filled in as the job would): every Forge-built workload runs the image the job pushed,
     * {@code <registry>/<ECR repository of the environment>:<commit>}; an image by reference is unchanged; no
     * Namespace object (the access entry is namespace-scoped).
     */
    @Test
    @SuppressWarnings("unchecked")
    void givenTheWorkflowsSetValues_whenTheRealChartIsTemplated_thenBuiltWorkloadsRunThePushedImages(@TempDir Path tmp) {
        ResolvedSpec spec = resolve("shop-prod");
        String yml = deployYml(spec);
        dev.forge.testkit.Examples.write(synth(spec, "helm"), tmp);
        Path chart = tmp.resolve("shop"); // the helm target's files, which a synth writes under out/helm/
        for (ResolvedEnv env : spec.environments()) {
            if (EksDeploys.of(env) == null) {
                continue;
            }
            String cmd = run(step(steps(yml, "deploy-" + env.name()), "Install the chart")).lines()
                    .filter(l -> l.startsWith("helm upgrade")).findFirst().orElseThrow();
            var template = new Helm(chart).template().withName("shop").withNamespace(EksDeploys.of(env).namespace())
                    .withKubeVersion("1.31.0").withValuesFile(chart.resolve("values-" + env.name() + ".yaml"));
            Matcher set = Pattern.compile("--set (\"[^\"]*\"|\\S+)").matcher(cmd);
            int sets = 0;
            while (set.find()) {
                String pair = set.group(1).replaceAll("^\"|\"$", "").replace("${TAG}", SHA).replace("${REGISTRY}", REGISTRY);
                template.set(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                sets++;
            }
            assertThat(sets).as("namespace.create, imageTag, api and report").isEqualTo(4);
            Map<String, String> images = new LinkedHashMap<>();
            List<String> kinds = new ArrayList<>();
            for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(template.call())) {
                if (!(doc instanceof Map<?, ?> m)) {
                    continue;
                }
                Map<String, Object> o = (Map<String, Object>) m;
                kinds.add((String) o.get("kind"));
                Object spec0 = o.get("spec");
                if (o.get("kind").equals("CronJob")) {
                    spec0 = ((Map<String, Object>) ((Map<String, Object>) spec0).get("jobTemplate")).get("spec");
                }
                if (List.of("Deployment", "CronJob", "Job").contains(o.get("kind"))) {
                    Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) spec0)
                            .get("template")).get("spec");
                    images.put((String) ((Map<String, Object>) o.get("metadata")).get("name"),
                            (String) ((List<Map<String, Object>>) pod.get("containers")).get(0).get("image"));
                }
            }
            assertThat(kinds).doesNotContain("Namespace");
            assertThat(images).as(env.name()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "api", REGISTRY + "/" + env.naming().base("api") + ":" + SHA,
                    "report", REGISTRY + "/" + env.naming().base("report") + ":" + SHA,
                    "docs", "public.ecr.aws/nginx/nginx:1.27"));
        }
    }

    @Test
    void givenTheWorkflows_thenActionlintTheWorkflowParserShellcheckAndYamllintFindNothing(@TempDir Path tmp) {
        ResolvedSpec spec = resolve("shop-prod");
        dev.forge.testkit.Examples.write(synth(spec, "github-actions"), tmp);
        GhaCheck.Report report = GhaCheck.run(List.of(tmp));
        assertThat(report.findings()).as("findings of actionlint, the workflow parser, shellcheck and yamllint").isEmpty();
    }

    @Test
    void givenABadClusterName_thenTheSpecIsRefusedNamingTheFieldAndTheFormat() {
        assertThatThrownBy(() -> resolve("shop prod!"))
                .hasMessageContaining("environments.prod.kubernetes.cluster")
                .hasMessageContaining("an EKS cluster name");
        assertThatThrownBy(() -> dev.forge.bind.Binder.bind(new dev.forge.spec.YamlLoader().load(dev.forge.spec.SpecSource.of(
                "forge.yaml", SPEC.formatted("x").replace("{ cluster: shop-dev }", "{ name: shop-dev }")))))
                .hasMessageContaining("FORGE-E103 environments.dev.kubernetes: missing required key 'cluster'");
    }
}
