package dev.forge.targets.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ECS task files proven by the real AWS CLI's client-side validation (botocore's ECS model):
 * {@code aws ecs register-task-definition --cli-input-json file://X} against an endpoint nobody serves fails with
 * "Parameter validation failed" for a wrong shape, and only gets as far as the connection for a valid one. Over every
 * example, environment and service; a mutant (CloudFormation's casing and a string for a boolean) must be rejected;
 * and the README's fill step, run with a stand-in for {@code aws cloudformation describe-stacks}, leaves no
 * placeholder and a file the CLI still accepts. Needs {@code aws} (AWS CLI v1 or v2) on the PATH: without it the
 * test fails and says how to install it.
 */
class EcsTaskCliTest {

    private static final String CONNECTION = "Could not connect to the endpoint URL";
    private static final String INVALID = "Parameter validation failed";

    @BeforeAll
    static void awsCliIsInstalled() {
        boolean found = false;
        try {
            Process p = new ProcessBuilder("aws", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            found = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            found = false;
        }
        assertThat(found).as("the AWS CLI (`aws`) must be on the PATH to validate the ECS task files: install it with"
                + " `pip install awscli` (v1) or AWS's v2 installer, or `apt-get install awscli`").isTrue();
    }

    @Test
    void givenEveryExampleEnvironmentAndService_whenTheAwsCliReadsItsTaskFile_thenItsShapeIsValid(@TempDir Path tmp) throws Exception {
        Map<String, Path> files = new java.util.LinkedHashMap<>();
        for (String example : CloudFormationExamples.names()) {
            ResolvedSpec spec = CloudFormationExamples.resolve(example);
            List<Artifact> artifacts = CloudFormationExamples.synth(example);
            for (var env : spec.environments()) {
                for (String service : new TreeMap<>(env.spec().services()).keySet()) {
                    String path = env.name() + "/" + EcsTaskFiles.path(service);
                    Path file = tmp.resolve(example + "-" + env.name() + "-" + service + ".json");
                    Files.writeString(file, CloudFormationOpsTest.text(artifacts, path));
                    files.put(example + "/" + path, file);
                }
            }
        }
        // one CLI process per file (each a Python start-up of about a second), on every core
        Map<String, String> answers = new java.util.concurrent.ConcurrentHashMap<>();
        files.entrySet().parallelStream().forEach(e -> {
            try {
                answers.put(e.getKey(), register(e.getValue(), null));
            } catch (IOException | InterruptedException x) {
                throw new IllegalStateException(x);
            }
        });
        List<String> checked = new ArrayList<>();
        files.keySet().forEach(k -> {
            assertThat(answers.get(k)).as(k).contains(CONNECTION).doesNotContain(INVALID);
            checked.add(k);
        });
        System.out.println("aws ecs register-task-definition accepted " + checked.size() + " task files");
        assertThat(checked).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void givenATaskFileInCloudFormationsShape_whenTheAwsCliReadsIt_thenItIsRejected(@TempDir Path tmp) throws Exception {
        String json = CloudFormationOpsTest.text(CloudFormationExamples.synth("forge-platform"), "dev/ecs-task-api.json");
        Path mutant = tmp.resolve("mutant.json");
        Files.writeString(mutant, json.replace("\"containerDefinitions\"", "\"ContainerDefinitions\"")
                .replace("\"essential\": true", "\"essential\": \"true\""));

        String out = register(mutant, null);

        assertThat(out).contains(INVALID).contains("Unknown parameter in input: \"ContainerDefinitions\"");
    }

    @Test
    void givenADeployedStack_whenTheReadmesFillStepRuns_thenNoPlaceholderIsLeftAndTheCliStillAcceptsTheFile(@TempDir Path tmp)
            throws Exception {
        List<Artifact> files = CloudFormationExamples.synth("ai-validation-platform");
        String json = CloudFormationOpsTest.text(files, "dev/ecs-task-api.json");
        Files.createDirectories(tmp.resolve("dev"));
        Files.writeString(tmp.resolve("dev/ecs-task-api.json"), json);
        // describe-stacks' answer: a value per placeholder, with characters sed's replacement would take for its own
        // (& and the | the commands delimit with); JSON-special characters appear in no ARN, name or endpoint
        Map<String, String> values = new TreeMap<>();
        EcsTaskFiles.placeholders(json).forEach(k -> values.put(k, k.equals("ContainerImageTag") ? "v1.2&3"
                : "arn:aws:secretsmanager:us-east-1:111111111111:secret:" + k + "|x-AbCdEf"));
        StringBuilder outputs = new StringBuilder();
        StringBuilder parameters = new StringBuilder();
        values.forEach((k, v) -> (k.equals("ContainerImageTag") ? parameters : outputs).append(k).append('\t').append(v).append('\n'));
        outputs.append("Unrelated\tvalue\n");
        Files.writeString(tmp.resolve("outputs.txt"), outputs);
        Files.writeString(tmp.resolve("parameters.txt"), parameters);
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path stub = bin.resolve("aws");
        Files.writeString(stub, "#!/usr/bin/env bash\n"
                + "case \"$*\" in\n"
                + "  *describe-stacks*Outputs*) cat \"" + tmp.resolve("outputs.txt") + "\" ;;\n"
                + "  *describe-stacks*Parameters*) cat \"" + tmp.resolve("parameters.txt") + "\" ;;\n"
                + "  *) exit 64 ;;\n"
                + "esac\n");
        stub.toFile().setExecutable(true);

        String script = EcsTaskFiles.fillCommand("us-east-1", "ai-validation-platform-dev", "dev", "api", "filled.json");
        ProcessBuilder pb = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).directory(tmp.toFile())
                .redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as(log).isTrue();

        String filled = Files.readString(tmp.resolve("filled.json"));
        assertThat(EcsTaskFiles.placeholders(filled)).isEmpty();
        assertThat(filled).contains("ai-validation-platform-api-dev:v1.2&3")
                .contains("secret:DatabaseMainMasterUserSecretSecretArn|x-AbCdEf:password::");
        assertThat(register(tmp.resolve("filled.json"), null)).contains(CONNECTION).doesNotContain(INVALID);
    }

    /** The CLI's answer (stdout and stderr) for registering {@code file} against an endpoint nobody serves. */
    private static String register(Path file, Path workDir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("aws", "ecs", "register-task-definition", "--cli-input-json",
                "file://" + file.toAbsolutePath(), "--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:9")
                .redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("AWS_ACCESS_KEY_ID", "AKIAFORGETEST");
        env.put("AWS_SECRET_ACCESS_KEY", "forge-test");
        env.put("AWS_MAX_ATTEMPTS", "1");
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        env.remove("AWS_PROFILE");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("aws finished").isTrue();
        return out;
    }
}
