package dev.forge.targets.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.model.Cpu;
import dev.forge.model.Kind;
import dev.forge.model.Size;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gcp target's decisions one at a time, on small specs: ingress, projects, sizes, names, what is left out. */
class GcpTargetTest {

    private static final GcpTarget TARGET = new GcpTarget();

    private static final String SPEC = """
            forge: 1
            app: shop
            region: eu-west-1
            environments:
              dev: { project: shop-dev-42 }
              prod: {}
            secrets:
              stripe-key: {}
            buckets:
              uploads: {}
            functions:
              thumbs:
                runtime: python3.12
                handler: app.handler
                image: { build: thumbs/ }
            services:
              public:
                image: { build: public/ }
                port: 8000
                health: /ready
                cpu: 3
                memory: 1Gi
                env: { STRIPE_KEY: secret:stripe-key }
                uses: [bucket:uploads (read-write), function:thumbs]
              inner:
                image: ghcr.io/acme/inner:1.0.0
                cpu: 0.25
                env: { PUBLIC_API: api:api.url }
                uses: [service:public]
              web:
                image: { build: web/ }
            jobs:
              nightly:
                image: { build: nightly/ }
                schedule: "0 3 * * *"
            apis:
              api:
                type: http
                routes:
                  GET /things: service:public
              edge:
                type: loadbalancer
                auth: { type: none, reason: "the web app is public" }
                routes:
                  ANY /*: service:web
            ci: { github: acme/shop, promote: [dev, prod] }
            """;

    static ResolvedSpec resolve(Path dir, String yaml) throws Exception {
        Path file = dir.resolve("forge.yaml");
        Files.writeString(file, yaml);
        return Pipeline.resolve(Pipeline.read(file, "forge.yaml"));
    }

    static List<Artifact> synth(ResolvedSpec spec) {
        return TARGET.synth(new SynthContext(spec, spec.environments()));
    }

    @Test
    void givenServicesBehindApis_thenIngressFollowsWhatRoutesToThem_andPublicOnesAreSmokeTestedOnTheirHealthPath(
            @TempDir Path dir) throws Exception {
        List<Artifact> out = synth(resolve(dir, SPEC));

        assertThat(GcpExamplesTest.file(out, "run/dev/service-public.yaml")).contains("run.googleapis.com/ingress: all");
        assertThat(GcpExamplesTest.file(out, "run/dev/service-web.yaml"))
                .contains("run.googleapis.com/ingress: internal-and-cloud-load-balancing");
        assertThat(GcpExamplesTest.file(out, "run/dev/service-inner.yaml")).contains("run.googleapis.com/ingress: internal\n");
        String build = GcpExamplesTest.file(out, "cloudbuild.yaml");
        assertThat(build).contains("\"$$url/ready\"").doesNotContain("$$url/health");
        assertThat(CloudBuildCheck.check(build)).isEmpty();
    }

    @Test
    void givenABackgroundWorker_thenItsCpuStaysAllocatedFromOneCpu() {
        List<Artifact> out = dev.forge.testkit.Examples.synth(TARGET, "ai-validation-platform");
        String allocated = "run.googleapis.com/cpu-throttling: \"false\"";

        assertThat(GcpExamplesTest.file(out, "run/prod/service-orchestrator.yaml")).as("2 CPUs, nothing calls it")
                .contains(allocated);
        assertThat(GcpExamplesTest.file(out, "run/dev/service-orchestrator.yaml"))
                .as("0.5 CPU: Cloud Run allows only request-based billing").doesNotContain(allocated);
        assertThat(GcpExamplesTest.file(out, "run/prod/service-api.yaml")).as("the load balancer routes to it")
                .doesNotContain(allocated);
    }

    @Test
    void givenAnApiWithoutDomain_thenItsUrlIsASubstitutionTheDeployStepFills(@TempDir Path dir) throws Exception {
        List<Artifact> out = synth(resolve(dir, SPEC));
        String build = GcpExamplesTest.file(out, "cloudbuild.yaml");

        assertThat(GcpExamplesTest.file(out, "run/prod/service-inner.yaml")).contains("value: __API_URL_API__");
        assertThat(build).contains("  _API_URL: \"\"").contains("s|__API_URL_API__|${_API_URL}|g");
        assertThat(CloudBuildCheck.check(build)).isEmpty();
    }

    @Test
    void givenAPinnedProject_thenItsFilesNameItAndOnlyTheOtherEnvironmentKeepsThePlaceholder(@TempDir Path dir)
            throws Exception {
        List<Artifact> out = synth(resolve(dir, SPEC));
        String dev = GcpExamplesTest.file(out, "run/dev/service-public.yaml");
        String prod = GcpExamplesTest.file(out, "run/prod/service-public.yaml");

        assertThat(dev).doesNotContain(GcpNames.PROJECT_ID).contains("shop-public-dev@shop-dev-42.iam.gserviceaccount.com")
                .contains("value: shop-uploads-dev-shop-dev-42\n");
        // bucket names are global: a pinned project is part of it, in the Terraform that creates it too
        assertThat(GcpExamplesTest.file(out, "terraform/environments/dev/main.tf"))
                .containsPattern("name\\s+= \"shop-uploads-dev-shop-dev-42\"");
        assertThat(GcpExamplesTest.file(out, "terraform/environments/prod/main.tf"))
                .containsPattern("name\\s+= \"shop-uploads-prod\"");
        assertThat(prod).contains("shop-public-prod@" + GcpNames.PROJECT_ID + ".iam.gserviceaccount.com")
                .contains("value: shop-uploads-prod\n");
        // the service-to-service URL is Cloud Run's deterministic one, the project number filled at deploy
        assertThat(GcpExamplesTest.file(out, "run/dev/service-inner.yaml"))
                .contains("https://shop-public-dev-" + GcpNames.PROJECT_NUMBER + ".europe-west1.run.app");
        assertThat(GcpExamplesTest.file(out, "cloudbuild.yaml")).contains("project=shop-dev-42")
                .contains("project=\"${PROJECT_ID}\"");
    }

    @Test
    void givenFunctions_thenNoneIsRendered_andTheCoverageSaysWhy(@TempDir Path dir) throws Exception {
        ResolvedSpec spec = resolve(dir, SPEC);
        List<Artifact> out = synth(spec);

        assertThat(out).noneMatch(a -> a.path().contains("thumbs"));
        assertThat(TARGET.renders().skipped(Kind.FUNCTION, "memory", spec.environments().get(0).spec().functions().get("thumbs")))
                .hasValueSatisfying(why -> assertThat(why).contains("Lambda runtime API"));
        // what the Terraform side does render of a function: its service account's grants
        assertThat(TARGET.renders().renders("functions.*.uses")).isTrue();
        assertThat(GcpExamplesTest.file(out, "cloudbuild.yaml")).doesNotContain("thumbs");
    }

    @Test
    void givenAScheduledJob_thenTheJobIsDeployedAndItsScheduleLeftToCloudScheduler(@TempDir Path dir) throws Exception {
        ResolvedSpec spec = resolve(dir, SPEC);
        List<Artifact> out = synth(spec);

        assertThat(GcpExamplesTest.file(out, "run/prod/job-nightly.yaml")).doesNotContain("0 3 * * *");
        assertThat(GcpNames.scheduler(spec.environments().get(1), "nightly")).isEqualTo("shop-nightly-prod");
        // the schedule is the Terraform side's Cloud Scheduler job, which starts the Cloud Run job by its name
        assertThat(TARGET.renders().renders("jobs.*.schedule")).isTrue();
        assertThat(out).anySatisfy(a -> assertThat(a.path()).startsWith("terraform/environments/prod/"))
                .filteredOn(a -> a.path().equals("terraform/environments/prod/main.tf")).singleElement()
                .satisfies(a -> assertThat(a.text()).containsPattern("job_name\\s+= \"shop-nightly-prod\""));
    }

    @Test
    void givenTheSmallExampleSpecs_whenChecked_thenKnativeFindsNothing(@TempDir Path dir) throws Exception {
        List<Artifact> out = synth(resolve(dir, SPEC));
        Path root = dev.forge.testkit.Examples.write(out, dir.resolve("out"));

        assertThat(KnativeCheck.run(List.of(root.resolve("run"))).findings()).isEmpty();
    }

    @Test
    void givenWhatCloudRunCannotRun_thenSynthRefusesItAtTheSpecsLines(@TempDir Path dir) throws Exception {
        ResolvedSpec spec = resolve(dir, """
                forge: 1
                app: a-rather-long-application-name
                region: eu-west-1
                environments:
                  dev: {}
                services:
                  big:
                    image: ghcr.io/acme/big:1.0.0
                    cpu: 16
                    memory: 32Gi
                  the-service-with-a-long-name:
                    image: ghcr.io/acme/x:1.0.0
                jobs:
                  tidy:
                    image: ghcr.io/acme/tidy:1.0.0
                    env: { PORT: "8080" }
                """);

        assertThatThrownBy(() -> synth(spec)).isInstanceOfSatisfying(dev.forge.diag.SpecException.class, e ->
                assertThat(e.diagnostics()).extracting(d -> d.render().lines().findFirst().orElseThrow()).containsExactly(
                        "forge.yaml:9:10 FORGE-E121 'big' asks for cpu 16 in environment 'dev'; Cloud Run gives a"
                                + " container at most 8 CPUs (gcp target)",
                        "forge.yaml:11:3 FORGE-E120 'the-service-with-a-long-name' becomes the Cloud Run name"
                                + " 'a-rather-long-application-name-the-service-with-a-long-name-dev' in environment 'dev',"
                                + " longer than Cloud Run's 49 characters",
                        "forge.yaml:14:3 FORGE-E120 'tidy' gets the variable PORT, which Cloud Run sets itself and"
                                + " refuses in a deployment"));
    }

    @Test
    void givenSizes_thenCloudRunsRulesAreKept() {
        assertThat(RunObjects.Sizing.of(Cpu.parse("0.25"), Size.parse("512Mi")))
                .isEqualTo(new RunObjects.Sizing("250m", "512Mi", 1));
        assertThat(RunObjects.Sizing.of(Cpu.parse("0.25"), Size.parse("1Gi")))
                .as("above 512Mi takes half a CPU").isEqualTo(new RunObjects.Sizing("500m", "1Gi", 1));
        assertThat(RunObjects.Sizing.of(Cpu.parse("0.5"), Size.parse("2Gi")))
                .as("above 1Gi takes a whole CPU").isEqualTo(new RunObjects.Sizing("1", "2Gi", 80));
        assertThat(RunObjects.Sizing.of(Cpu.parse("3"), Size.parse("1Gi")))
                .as("whole CPUs 1, 2, 4, 6, 8; 4 CPUs need 2Gi").isEqualTo(new RunObjects.Sizing("4", "2Gi", 80));
        assertThat(RunObjects.Sizing.of(Cpu.parse("1"), Size.parse("256Mi")).memory()).isEqualTo("512Mi");
        assertThatThrownBy(() -> RunObjects.Sizing.of(Cpu.parse("16"), Size.parse("32Gi")))
                .hasMessageContaining("at most 8 CPUs");
    }

    @Test
    void givenLongNames_thenServiceAccountIdsFitGoogleLimits_andCloudRunNamesThatDoNotFitAreRefused(@TempDir Path dir)
            throws Exception {
        ResolvedEnv env = resolve(dir, SPEC).environments().get(1);

        String id = GcpNames.serviceAccountId(env, "a-very-long-service-name-indeed");
        assertThat(id).hasSizeLessThanOrEqualTo(30).matches("[a-z][a-z0-9-]{4,28}[a-z0-9]")
                .isEqualTo(GcpNames.serviceAccountId(env, "a-very-long-service-name-indeed"));
        assertThat(GcpNames.serviceAccountId(env, "ui")).isEqualTo("shop-ui-prod");
        assertThatThrownBy(() -> GcpNames.run(env, "x".repeat(45)))
                .hasMessageContaining("longer than 49 characters");
    }
}
