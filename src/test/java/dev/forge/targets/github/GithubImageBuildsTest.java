package dev.forge.targets.github;

import static dev.forge.targets.github.WorkflowDocs.list;
import static dev.forge.targets.github.WorkflowDocs.map;
import static dev.forge.targets.github.WorkflowDocs.workflow;
import static dev.forge.targets.github.WorkflowDocs.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.diag.Diagnostic;
import dev.forge.diag.SpecException;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The images CI builds, on a spec of its own (no example mixes architectures or has a Dockerfile of its own): each
 * image built for its architecture on a runner of that architecture, in ci.yml and in deploy.yml/promote.yml, where an
 * environment mixing arm64 and x86_64 builds the other architecture's images in a job of their own before its deploy
 * job; the spec's own Dockerfile ({@code image.dockerfile}) built with its target, build arguments and the build
 * folder as context; paths outside the repository, or that a workflow must not carry, refused at their spec line; and
 * every workflow through actionlint, GitHub's workflow parser, shellcheck and yamllint.
 */
class GithubImageBuildsTest {

    /** arm64 (agent: the default; the services) and x86_64 (scorer) images; two of them from Dockerfiles of the spec's. */
    private static final String SPEC = """
            forge: 1
            app: shop
            region: us-east-1
            environments: { dev: {}, prod: { approval: true } }
            functions:
              scorer: { runtime: python3.12, architecture: x86_64, image: { build: scorer } }
              agent: { runtime: python3.12, image: { build: agent, dockerfile: %s, target: lambda, args: { PY: "3.12" } } }
            services:
              api: { image: { build: api, runtime: node }, port: 8080 }
              legacy: { image: { build: %s, dockerfile: Dockerfile.legacy }, port: 8080 }
            ci: { github: acme/shop, promote: [dev, prod] }
            """;

    private static ResolvedSpec resolve(String text) {
        return dev.forge.resolve.Resolver.resolve(dev.forge.bind.Binder.bind(new dev.forge.spec.YamlLoader()
                .load(dev.forge.spec.SpecSource.of("forge.yaml", text))));
    }

    private static List<Artifact> synth(String dockerfile, String legacyBuild) {
        ResolvedSpec spec = resolve(SPEC.formatted(dockerfile, legacyBuild));
        return new GithubActionsTarget().synth(new SynthContext(spec, spec.environments(), Optional.empty()));
    }

    private static List<Artifact> synth() {
        return synth("../docker/Agent.Dockerfile", "legacy");
    }

    @Test
    void givenMixedArchitectures_thenEveryImageIsBuiltOnARunnerOfItsOwnArchitecture() {
        List<Artifact> files = synth();
        Map<String, Object> ci = jobs(files, CiWorkflow.FILE);
        Map<String, String> arch = Map.of("scorer", "amd64", "agent", "arm64", "api", "arm64", "legacy", "arm64");
        arch.forEach((image, a) -> {
            Map<String, Object> job = map(ci.get("image-" + image));
            assertThat(job).as("ci.yml image-" + image).isNotNull();
            assertThat(job.get("runs-on")).as(image).isEqualTo(a.equals("arm64") ? Job.ARM_RUNNER : Job.RUNNER);
            assertThat(String.join("\n", runs(job))).as(image).contains("--platform linux/" + a + " ").doesNotContain("--push");
        });

        Map<String, Object> deploy = jobs(files, DeployWorkflow.FILE);
        assertThat(deploy.keySet()).containsExactly("images-dev-amd64", "deploy-dev", "images-prod-amd64", "deploy-prod");
        for (String env : List.of("dev", "prod")) {
            Map<String, Object> main = map(deploy.get("deploy-" + env));
            Map<String, Object> other = map(deploy.get("images-" + env + "-amd64"));
            assertThat(main.get("runs-on")).isEqualTo(Job.ARM_RUNNER);
            assertThat(other.get("runs-on")).isEqualTo(Job.RUNNER);
            assertThat(other.get("environment")).isEqualTo(env);
            // like the deploy job, it first waits for infra.yml's apply (it pushes to the repositories the apply creates)
            assertThat(map(other.get("permissions"))).isEqualTo(Map.of("actions", "read", "contents", "read", "id-token", "write"));
            assertThat(String.valueOf(map(list(other.get("steps")).get(0)).get("name")))
                    .isEqualTo("Wait for infra.yml to apply this commit in " + env);
            assertThat(other.get("if")).isEqualTo(main.get("if"));
            assertThat(String.valueOf(other.get("steps"))).contains("role-to-assume=${{ vars." + DeployWorkflow.ROLE_VARIABLE + " }}");
            // each image pushed once per environment, by the job on its architecture's runner, for that architecture
            assertThat(pushed(main)).containsExactlyInAnyOrder("agent linux/arm64", "api linux/arm64", "legacy linux/arm64");
            assertThat(pushed(other)).containsExactly("scorer linux/amd64");
            // the deploy job needs the other architecture's images; those follow the environment before, as it does
            List<Object> needs = main.get("needs") instanceof String s ? List.of(s) : list(main.get("needs"));
            assertThat(needs).contains("images-" + env + "-amd64");
            assertThat(other.get("needs")).isEqualTo(env.equals("dev") ? null : "deploy-dev");
            // the image job calls AWS only as the deploy job does (DeployCallsAllowedTest checks those against the role)
            assertThat(awsCalls(other)).isNotEmpty().isSubsetOf(awsCalls(main));
        }

        // promote.yml: the version's images, tagged by it, the same way
        Map<String, Object> promote = jobs(files, PromoteWorkflow.FILE);
        Map<String, Object> images = map(promote.get("images-prod-amd64"));
        assertThat(list(images.get("needs"))).containsExactly(PromoteWorkflow.VERSION_JOB, "promote-prod");
        assertThat(list(map(promote.get("deploy-prod")).get("needs"))).contains("images-prod-amd64");
        assertThat(String.valueOf(images.get("steps"))).contains("ref=" + PromoteWorkflow.SHA)
                .contains(":" + PromoteWorkflow.SHA).doesNotContain("github.sha");
        assertThat(pushed(images)).containsExactly("scorer linux/amd64");
        // the README says so, and that reviewers approve that job too
        assertThat(files.stream().filter(a -> a.path().endsWith("README.md")).findFirst().orElseThrow().text())
                .contains("**Images of two architectures** (dev, prod)", "required reviewers asks them for that job too");
    }

    @Test
    void givenOneArchitecture_thenNoImageJobOfItsOwn() {
        String text = SPEC.formatted("Dockerfile", "legacy").replace("architecture: x86_64", "architecture: arm64");
        ResolvedSpec spec = resolve(text);
        List<Artifact> files = new GithubActionsTarget().synth(new SynthContext(spec, spec.environments(), Optional.empty()));
        assertThat(jobs(files, DeployWorkflow.FILE).keySet()).containsExactly("deploy-dev", "deploy-prod");
    }

    @Test
    void givenAnImageFromTheSpecsOwnDockerfile_thenCiAndDeployBuildThatFileWithItsTargetArgsAndContext() {
        List<Artifact> files = synth();
        String agent = String.join("\n", runs(map(jobs(files, CiWorkflow.FILE).get("image-agent"))));
        assertThat(agent).isEqualTo("docker buildx build --platform linux/arm64 --file docker/Agent.Dockerfile --target lambda"
                + " --build-arg PY=3.12 --tag shop-agent:ci agent\n");
        String legacy = String.join("\n", runs(map(jobs(files, CiWorkflow.FILE).get("image-legacy"))));
        assertThat(legacy).isEqualTo("docker buildx build --platform linux/arm64 --file legacy/Dockerfile.legacy"
                + " --tag shop-legacy:ci legacy\n");
        // forge's Dockerfile for the others: no target or build argument (its final stage and ARGs are written in it)
        assertThat(String.join("\n", runs(map(jobs(files, CiWorkflow.FILE).get("image-api")))))
                .contains("--file out/docker/api/Dockerfile --tag shop-api:ci api").doesNotContain("--target");
        String deploy = String.join("\n", runs(map(jobs(files, DeployWorkflow.FILE).get("deploy-dev"))));
        assertThat(deploy).contains("docker buildx build --platform linux/arm64 --file docker/Agent.Dockerfile --target"
                + " lambda --build-arg PY=3.12 --tag \"${IMAGE}\" --provenance=false --push agent");
        assertThat(deploy).contains("--file legacy/Dockerfile.legacy --tag \"${IMAGE}\" --push legacy");
    }

    @Test
    void givenAPathOutsideTheRepositoryOrNotPlain_thenAClearErrorAtItsLine() {
        assertThat(error("../../Dockerfile", "legacy")).contains("function 'agent': Dockerfile '../../Dockerfile'"
                + " (relative to build folder 'agent') is outside the repository");
        assertThat(error("Dockerfile", "../elsewhere")).contains("service 'legacy': build folder '../elsewhere' is outside"
                + " the repository");
        assertThat(error("/etc/Dockerfile", "legacy")).contains("Dockerfile '/etc/Dockerfile'");
        assertThat(error("\"Docker$file\"", "legacy")).contains("characters a workflow must not carry");
        assertThat(error("\"${{ github.event.issue.title }}\"", "legacy")).contains("characters a workflow must not carry");
        // the line of the field in forge.yaml
        SpecException e = org.junit.jupiter.api.Assertions.assertThrows(SpecException.class,
                () -> synth("../../Dockerfile", "legacy"));
        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.code()).isEqualTo("FORGE-E110");
        assertThat(d.location().line()).isEqualTo(7); // functions.agent.image
        // a target that is not a stage name, a build argument GitHub would evaluate
        String bad = SPEC.formatted("Dockerfile", "legacy").replace("target: lambda", "target: \"x y\"")
                .replace("PY: \"3.12\"", "PY: \"${{ secrets.X }}\"");
        ResolvedSpec spec = resolve(bad);
        assertThatThrownBy(() -> new GithubActionsTarget().synth(new SynthContext(spec, spec.environments(), Optional.empty())))
                .isInstanceOf(SpecException.class)
                .satisfies(x -> assertThat(((SpecException) x).diagnostics()).hasSize(2))
                .satisfies(x -> assertThat(String.valueOf(((SpecException) x).diagnostics()))
                        .contains("target 'x y' is not a build stage name", "build argument PY holds '${{'"));
        // inside the repository through '..': fine
        assertThat(ImageBuilds.problem("agent/../docker/Agent.Dockerfile")).isNull();
        assertThat(ImageBuilds.problem("agent/../../Dockerfile")).contains("outside the repository");
    }

    @Test
    void givenTheSpec_thenActionlintTheWorkflowParserShellcheckAndYamllintFindNothing(@TempDir Path tmp) {
        List<Artifact> files = synth();
        dev.forge.testkit.Examples.write(files, tmp.resolve("mixed"));
        GhaCheck.Report report = GhaCheck.run(List.of(tmp));
        assertThat(report.workflows()).isEqualTo((int) files.stream().filter(a -> a.path().endsWith(".yml")).count());
        assertThat(report.findings()).as("findings of actionlint, the workflow parser, shellcheck and yamllint").isEmpty();
    }

    /**
     * The rule over every example and this spec: every {@code docker buildx build --platform P} runs in a job whose
     * runner is of P's architecture (no emulation). A mutant, the x86_64 image job moved to the Arm runner, breaks it.
     */
    @Test
    void givenEveryExampleAndTheMixedSpec_thenNoImageIsBuiltOnARunnerOfAnotherArchitecture_andAMutantIsCaught() {
        int builds = 0;
        List<List<Artifact>> all = new ArrayList<>();
        GithubExamples.names().forEach(e -> all.add(GithubExamples.workflows(e)));
        all.add(synth());
        for (List<Artifact> files : all) {
            for (Artifact a : files) {
                if (a.path().endsWith(".yml")) {
                    List<String> found = new ArrayList<>();
                    builds += emulated(a.text(), found);
                    assertThat(found).as(a.path()).isEmpty();
                }
            }
        }
        assertThat(builds).isGreaterThan(20);
        String deploy = synth().stream().filter(a -> a.path().endsWith(DeployWorkflow.FILE)).findFirst().orElseThrow().text();
        int at = deploy.indexOf("  images-dev-amd64:");
        String mutant = deploy.substring(0, at) + deploy.substring(at).replaceFirst("runs-on: ubuntu-24.04\n",
                "runs-on: ubuntu-24.04-arm\n");
        assertThat(mutant).isNotEqualTo(deploy);
        List<String> found = new ArrayList<>();
        emulated(mutant, found);
        assertThat(found).containsExactly("images-dev-amd64: linux/amd64 on ubuntu-24.04-arm");
    }

    /** Counts the image builds of a workflow; adds "job: platform on runner" for each on another architecture's runner. */
    private static int emulated(String workflow, List<String> found) {
        int n = 0;
        Map<String, Object> jobs = map(map(new Load(LoadSettings.builder().build()).loadFromString(workflow)).get("jobs"));
        for (Map.Entry<String, Object> job : jobs.entrySet()) {
            String runner = (String) map(job.getValue()).get("runs-on");
            for (String run : runs(map(job.getValue()))) {
                Matcher m = Pattern.compile("docker buildx build --platform (\\S+)").matcher(run);
                while (m.find()) {
                    n++;
                    String want = m.group(1).equals("linux/arm64") ? Job.ARM_RUNNER : Job.RUNNER;
                    if (!want.equals(runner)) {
                        found.add(job.getKey() + ": " + m.group(1) + " on " + runner);
                    }
                }
            }
        }
        return n;
    }

    private static String error(String dockerfile, String legacyBuild) {
        try {
            synth(dockerfile, legacyBuild);
        } catch (SpecException e) {
            return String.valueOf(e.diagnostics());
        }
        throw new AssertionError("no error for " + dockerfile + " / " + legacyBuild);
    }

    private static final Pattern BUILD = Pattern.compile("docker buildx build --platform (\\S+) .*--push (\\S+)");
    private static final Pattern AWS = Pattern.compile("aws ([a-z0-9-]+) ([a-z0-9-]+)");

    /** "context platform" of each image a job pushes (the context names the image here). */
    private static List<String> pushed(Map<String, Object> job) {
        List<String> out = new ArrayList<>();
        for (String run : runs(job)) {
            Matcher m = BUILD.matcher(run);
            while (m.find()) {
                out.add(m.group(2) + " " + m.group(1));
            }
        }
        return out;
    }

    private static Set<String> awsCalls(Map<String, Object> job) {
        Set<String> out = new TreeSet<>();
        for (String run : runs(job)) {
            Matcher m = AWS.matcher(run);
            while (m.find()) {
                out.add(m.group(1) + " " + m.group(2));
            }
        }
        return out;
    }

    private static Map<String, Object> jobs(List<Artifact> files, String file) {
        return map(workflow(files, file).get("jobs"));
    }

}
