package dev.forge.targets.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.synth.Artifact;
import dev.forge.testkit.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks reject what they must: one emitted value broken at a time (a misspelled field, a wrong type, an
 * annotation Cloud Run does not read, a substitution nobody declared ...), each mutant must get a finding. Without
 * these the clean runs of GcpExamplesTest would prove nothing.
 */
class GcpMutantsTest {

    private static final String EXAMPLE = "ai-validation-platform";

    /** Mutants of a Cloud Run service and job: name, file, text replaced, replacement. */
    private static final List<String[]> RUN_MUTANTS = List.of(
            new String[] {"misspelled-concurrency", "run/prod/service-api.yaml", "containerConcurrency:", "containerConcurency:"},
            new String[] {"misspelled-startup-probe", "run/prod/service-api.yaml", "startupProbe:", "startupProbes:"},
            new String[] {"misspelled-secret-key-ref", "run/prod/service-api.yaml", "secretKeyRef:", "secretKeyRefs:"},
            new String[] {"misspelled-template", "run/prod/service-api.yaml", "  template:", "  templat:"},
            new String[] {"port-as-text", "run/prod/service-api.yaml", "containerPort: 3000", "containerPort: \"3000\""},
            new String[] {"no-containers", "run/prod/service-api.yaml", "      containers:", "      containerz:"},
            new String[] {"misspelled-annotation", "run/prod/service-api.yaml", "run.googleapis.com/ingress:",
                    "run.googleapis.com/ingres:"},
            new String[] {"misspelled-scale-annotation", "run/prod/service-api.yaml", "autoscaling.knative.dev/maxScale:",
                    "autoscaling.knative.dev/maxscale:"},
            new String[] {"wrong-api-version", "run/prod/service-api.yaml", "serving.knative.dev/v1", "serving.knative.dev/v2"},
            new String[] {"job-misspelled-retries", "run/prod/job-migrate.yaml", "maxRetries:", "maxRetry:"},
            new String[] {"job-misspelled-task-count", "run/prod/job-migrate.yaml", "taskCount:", "tasks:"},
            new String[] {"job-container-misspelled-env", "run/prod/job-migrate.yaml", "              env:",
                    "              envs:"},
            new String[] {"job-container-args-as-text", "run/prod/job-migrate.yaml", "args:\n                - node\n                - jobs/migrate.js",
                    "args: node jobs/migrate.js"});

    @Test
    void givenCloudRunMutants_whenChecked_thenEachGetsAFindingAndTheOriginalsNone(@TempDir Path dir) throws Exception {
        List<Artifact> out = Examples.synth(new GcpTarget(), EXAMPLE);
        Map<String, Path> files = new LinkedHashMap<>();
        for (String[] m : RUN_MUTANTS) {
            String original = GcpExamplesTest.file(out, m[1]);
            assertThat(original).as(m[0] + ": the text to break is in the file").contains(m[2]);
            Path p = dir.resolve("mutants").resolve(m[0] + ".yaml");
            GcpExamplesTest.write(p, original.replace(m[2], m[3]));
            files.put(m[0], p);
        }
        Path clean = dir.resolve("clean");
        GcpExamplesTest.write(clean.resolve("service-api.yaml"), GcpExamplesTest.file(out, "run/prod/service-api.yaml"));
        GcpExamplesTest.write(clean.resolve("job-migrate.yaml"), GcpExamplesTest.file(out, "run/prod/job-migrate.yaml"));

        KnativeCheck.Report r = KnativeCheck.run(List.of(dir.resolve("mutants"), clean));

        files.forEach((name, p) -> assertThat(r.findings()).as(name + " is rejected")
                .anyMatch(f -> f.startsWith(p.getFileName() + " ")));
        assertThat(r.findings()).as("the unbroken files").noneMatch(f -> f.startsWith("service-api.yaml ")
                || f.startsWith("job-migrate.yaml "));
    }

    @Test
    void givenCloudbuildMutants_whenChecked_thenEachIsRejected() {
        String yaml = GcpExamplesTest.file(Examples.synth(new GcpTarget(), EXAMPLE), "cloudbuild.yaml");
        assertThat(CloudBuildCheck.check(yaml)).isEmpty();
        Map<String, String[]> mutants = new LinkedHashMap<>();
        mutants.put("misspelled step field", new String[] {"    waitFor:", "    waitfor:"});
        mutants.put("unknown top-level field", new String[] {"\nimages:", "\nimage:"});
        mutants.put("undeclared substitution", new String[] {"${_REPOSITORY}/api", "${_REPO}/api"});
        mutants.put("declared substitution never used", new String[] {"  _REPOSITORY: ai-validation-platform",
                "  _REPOSITORY: ai-validation-platform\n  _UNUSED: x"});
        mutants.put("lower-case user substitution", new String[] {"  _REGION:", "  _region:"});
        mutants.put("unescaped shell variable", new String[] {"\"$$project\"", "\"$project\""});
        mutants.put("waitFor an unknown step", new String[] {"      - build-api", "      - build-apii"});
        mutants.put("bad logging option", new String[] {"logging: CLOUD_LOGGING_ONLY", "logging: CLOUD_ONLY"});
        mutants.put("unknown option", new String[] {"  substitutionOption:", "  substitutionOptions:"});
        mutants.put("duplicate id", new String[] {"id: push-api", "id: build-api"});
        mutants.put("step without a builder", new String[] {"    name: gcr.io/cloud-builders/docker\n    args:\n      - push",
                "    args:\n      - push"});
        mutants.put("timeout without unit", new String[] {"timeout: \"3600s\"", "timeout: \"3600\""});
        mutants.forEach((name, m) -> {
            assertThat(yaml).as(name + ": the text to break is in the file").contains(m[0]);
            assertThat(CloudBuildCheck.check(yaml.replaceFirst(java.util.regex.Pattern.quote(m[0]),
                    java.util.regex.Matcher.quoteReplacement(m[1])))).as(name).isNotEmpty();
        });
    }
}
