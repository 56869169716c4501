package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.verify.OfflineTerraform;
import dev.forge.verify.RootResult;
import dev.forge.verify.RootVerifier;
import dev.forge.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The offline Terraform run catches what Terraform catches, with Terraform's own messages: one small tree per kind
 * of mistake under src/test/resources/terraform-negative/<case>/ (root at environments/root), the expected
 * message in expected.txt. All but count-on-unknown fail at validate; that one only at plan.
 */
class TerraformNegativeTest {

    static final Path FIXTURES = Path.of("src/test/resources/terraform-negative");

    @TempDir
    static Path work;

    private static final Map<String, RootResult> RESULTS = new TreeMap<>();

    static List<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(FIXTURES)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @BeforeAll
    static void runEveryCase() throws Exception {
        OfflineTerraform tf = OfflineTerraform.prepare(work.resolve("terraform"));
        RootVerifier verifier = new RootVerifier(tf);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Verifier.ServerPool servers = new Verifier.ServerPool(tf, 2)) {
            Map<String, Future<RootResult>> futures = new TreeMap<>();
            for (String c : cases()) {
                futures.put(c, pool.submit(() -> servers.with(s -> verifier.verify(FIXTURES.resolve(c).toAbsolutePath(), "root",
                        work.resolve(c), s))));
            }
            for (var f : futures.entrySet()) {
                RESULTS.put(f.getKey(), f.getValue().get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void terraformRejects_withItsOwnMessage(String name) throws IOException {
        RootResult r = RESULTS.get(name);
        String expected = Files.readString(FIXTURES.resolve(name).resolve("expected.txt")).strip();
        assertThat(r.initOk()).as("init of %s: %s", name, r.problems()).isTrue();
        assertThat(r.ok()).as("%s must fail", name).isFalse();
        if (name.equals("count-on-unknown")) {
            assertThat(r.validateOk()).as("validate cannot know the count: only plan can (%s)", r.problems()).isTrue();
            assertThat(r.planOk()).isFalse();
        } else {
            assertThat(r.validateOk()).as("validate of %s", name).isFalse();
        }
        assertThat(r.problems()).as("Terraform's messages for %s", name).anyMatch(p -> p.startsWith(expected));
    }
}
