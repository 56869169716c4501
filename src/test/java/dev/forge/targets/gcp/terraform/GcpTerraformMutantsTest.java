package dev.forge.targets.gcp.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Examples;
import dev.forge.verify.OfflineTerraform;
import dev.forge.verify.RootResult;
import dev.forge.verify.RootVerifier;
import dev.forge.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks have teeth: one emitted value broken at a time in the Cloud SQL module of forge-platform's dev root,
 * and both the schema checker (tf-check.js against the google schema) and Terraform itself (offline validate against
 * the served google schema) reject it with the expected finding.
 */
class GcpTerraformMutantsTest {

    /** name -> {file under terraform/, text to find, replacement, tf-check code, Terraform's summary}. */
    static final Map<String, String[]> MUTANTS = Map.of(
            "unknown argument", new String[] {"modules/cloudsql/main.tf", "  deletion_protection = var.deletion_protection\n",
                "  deletion_protect    = var.deletion_protection\n", "unknown-argument", "Unsupported argument"},
            "missing required argument", new String[] {"modules/cloudsql/main.tf", "  database_version    = var.database_version\n",
                "", "missing-required-argument", "Missing required argument"},
            "broken reference", new String[] {"modules/cloudsql/main.tf", "  instance = google_sql_database_instance.this.name\n",
                "  instance = google_sql_database_instance.that.name\n", "undeclared-resource", "Reference to undeclared resource"});

    @TempDir
    static Path work;

    static final Map<String, RootResult> VALIDATED = new TreeMap<>();
    static final Map<String, String> CHECKED = new TreeMap<>();

    @BeforeAll
    static void mutateAndCheck() throws Exception {
        OfflineTerraform tf = OfflineTerraform.prepare(work.resolve("terraform"));
        RootVerifier verifier = new RootVerifier(tf);
        Verifier.ServerPool servers = new Verifier.ServerPool(tf, 2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<String, Future<RootResult>> futures = new TreeMap<>();
            for (var m : MUTANTS.entrySet()) {
                Path out = Examples.write(GcpTf.synth("forge-platform"), work.resolve("out").resolve(m.getKey().replace(' ', '-')));
                Path file = out.resolve("terraform").resolve(m.getValue()[0]);
                String text = Files.readString(file);
                assertThat(text).as("mutation point of %s in %s", m.getKey(), file).contains(m.getValue()[1]);
                Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(m.getValue()[1]),
                        java.util.regex.Matcher.quoteReplacement(m.getValue()[2])));
                CHECKED.put(m.getKey(), GcpTf.tfCheck(out).stdout());
                futures.put(m.getKey(), pool.submit(() -> servers.with(s -> verifier.verify(out.resolve("terraform"), "dev",
                        work.resolve("roots").resolve(m.getKey().replace(' ', '-')), s))));
            }
            for (var f : futures.entrySet()) {
                VALIDATED.put(f.getKey(), f.getValue().get());
            }
        } finally {
            pool.shutdownNow();
            servers.close();
        }
    }

    @Test
    void eachMutant_isRejectedByTheSchemaChecker() {
        MUTANTS.forEach((name, m) -> assertThat(CHECKED.get(name)).as("tf-check on the %s mutant", name)
                .contains("\"code\": \"" + m[3] + "\"").contains("modules/cloudsql/main.tf"));
    }

    @Test
    void eachMutant_isRejectedByTerraformValidate() {
        MUTANTS.forEach((name, m) -> {
            RootResult r = VALIDATED.get(name);
            assertThat(r.initOk()).as("init of the %s mutant: %s", name, r.problems()).isTrue();
            assertThat(r.validateOk()).as("validate of the %s mutant", name).isFalse();
            assertThat(r.problems()).as("validate of the %s mutant", name)
                    .anyMatch(p -> p.contains("modules/cloudsql/main.tf") && p.contains("Error: " + m[4]));
        });
    }
}
