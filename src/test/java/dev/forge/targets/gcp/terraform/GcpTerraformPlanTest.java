package dev.forge.targets.gcp.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.resolve.ResolvedEnv;
import dev.forge.testkit.Examples;
import dev.forge.testkit.Golden;
import dev.forge.verify.OfflineTerraform;
import dev.forge.verify.RootResult;
import dev.forge.verify.RootVerifier;
import dev.forge.verify.Verifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Terraform itself as the validator of the gcp Terraform, offline: every example and environment passes the real
 * {@code terraform init} and {@code validate} against hashicorp/google 6.50.0 and hashicorp/random 3.7.2 served by
 * tools/tf-provider from the schema extracted from @cdktf/provider-google, and {@code plan -refresh=false} plans
 * exactly the resources in {@code src/test/resources/gcp-terraform-plan/<example>/<env>.txt} (rewrite with
 * -Dforge.updateGolden=true and review). Roots run two at a time; the providers start once per worker.
 */
class GcpTerraformPlanTest {

    static final Path GOLDEN = Path.of("src/test/resources/gcp-terraform-plan");

    @TempDir
    static Path work;

    private static final Map<String, RootResult> RESULTS = new TreeMap<>();
    private static long wallMillis;

    @BeforeAll
    static void planEveryRoot() throws Exception {
        long t0 = System.nanoTime();
        OfflineTerraform tf = OfflineTerraform.prepare(work.resolve("terraform"));
        RootVerifier verifier = new RootVerifier(tf);
        Verifier.ServerPool servers = new Verifier.ServerPool(tf, 2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<String, Future<RootResult>> futures = new TreeMap<>();
            for (String example : GcpTf.examples()) {
                Path out = Examples.write(GcpTf.synth(example), work.resolve("out").resolve(example));
                for (ResolvedEnv env : Examples.resolve(example).environments()) {
                    futures.put(example + "/" + env.name(), pool.submit(() -> servers.with(s -> verifier.verify(
                            out.resolve("terraform"), env.name(), work.resolve("roots").resolve(example).resolve(env.name()), s))));
                }
            }
            for (var f : futures.entrySet()) {
                RESULTS.put(f.getKey(), f.getValue().get());
            }
        } finally {
            pool.shutdownNow();
            servers.close();
        }
        wallMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    @AfterAll
    static void report() {
        System.out.println("GcpTerraformPlanTest: " + RESULTS.size() + " roots planned in " + wallMillis + " ms ("
                + RESULTS.values().stream().mapToLong(RootResult::millis).sum() + " ms of root time, 2 at a time)");
    }

    static Stream<Arguments> roots() {
        List<Arguments> out = new ArrayList<>();
        for (String example : GcpTf.examples()) {
            for (ResolvedEnv env : Examples.resolve(example).environments()) {
                out.add(Arguments.of(example, env.name()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("roots")
    void validateAndPlan_passOffline_withTheGoldenResources(String example, String env) throws IOException {
        RootResult r = RESULTS.get(example + "/" + env);
        assertThat(r).as("no result for %s/%s", example, env).isNotNull();
        assertThat(r.initOk()).as("terraform init of %s/%s: %s", example, env, r.problems()).isTrue();
        assertThat(r.validateOk()).as("terraform validate of %s/%s: %s", example, env, r.problems()).isTrue();
        assertThat(r.planOk()).as("terraform plan of %s/%s: %s", example, env, r.problems()).isTrue();
        assertThat(r.problems()).as("Terraform's diagnostics for %s/%s", example, env).noneMatch(p -> p.contains("Error:"));
        Path golden = GOLDEN.resolve(example).resolve(env + ".txt");
        String actual = String.join("\n", r.addresses()) + "\n";
        if (Golden.updating()) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden plan %s (run with -Dforge.updateGolden=true to create it)", golden).isRegularFile();
        assertThat(actual).as("planned resources of %s/%s vs %s (rerun with -Dforge.updateGolden=true and review the diff)",
                example, env, golden).isEqualTo(Files.readString(golden));
    }

    /**
     * The database password is generated by an ephemeral resource and reaches Google only through write-only
     * arguments: every planned Cloud SQL user and secret version has a null password in the saved plan's state
     * shape (the plan JSON carries no value for them), i.e. nothing of it would land in state.
     */
    @Test
    void everyRootWithADatabase_plansItsUserAndSecretVersion_andTheirWriteOnlyValuesStayOutOfThePlan() {
        int checked = 0;
        for (var e : RESULTS.entrySet()) {
            List<String> a = e.getValue().addresses();
            if (a.stream().noneMatch(x -> x.contains(".google_sql_database_instance.this"))) {
                continue;
            }
            checked++;
            assertThat(a).as(e.getKey()).anyMatch(x -> x.endsWith(".google_sql_user.app"))
                    .anyMatch(x -> x.endsWith(".google_secret_manager_secret_version.password"))
                    .noneMatch(x -> x.contains("random_password"));
        }
        assertThat(checked).as("roots with a Cloud SQL instance").isGreaterThanOrEqualTo(4);
    }

    @Test
    void everyGoldenPlan_belongsToARoot() throws IOException {
        if (Golden.updating() || !Files.isDirectory(GOLDEN)) {
            return;
        }
        try (Stream<Path> s = Files.walk(GOLDEN)) {
            List<String> stale = s.filter(Files::isRegularFile).map(p -> GOLDEN.relativize(p).toString().replace('\\', '/'))
                    .map(p -> p.replaceAll("\\.txt$", "")).filter(p -> !RESULTS.containsKey(p)).toList();
            assertThat(stale).as("golden plans without an example root").isEmpty();
        }
    }
}
