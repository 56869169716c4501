package dev.forge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declared ⇒ emitted, or said out loud (issue 8, point 2). Regression: a spec with services, a database and a
 * load-balancer API synthesized "26 written", exit 0, without a word that those parts went nowhere. Since issue 13
 * terraform-aws renders them all (ECS, ALB, RDS); what it still leaves out is a database's description (RDS has no
 * field for it), which the synth cases below select terraform-aws alone to hear about.
 */
class NotRenderedCliTest {

    private static final String SPEC = String.join("\n",
            "forge: 1",
            "app: shop",
            "owner: shop-team",
            "environments: { dev: {} }",
            "functions:",
            "  api: { runtime: python3.12, handler: app.handler, source: src }",
            "services:",
            "  web: { image: { ref: \"ghcr.io/acme/web:1.0.0\" }, port: 3000 }",
            "  worker: { image: { ref: \"ghcr.io/acme/worker:1.0.0\" } }",
            "databases:",
            "  main: { description: Orders and users. }",
            "apis:",
            "  front:",
            "    type: loadbalancer",
            "    routes:",
            "      ANY /: service:web",
            "");

    private static final String FIX = "  fix: Select a target that renders it (`--target`), remove it from the spec, or"
            + " accept that it is not deployed yet.\n";

    @Test
    void servicesDatabaseAndLoadBalancer_synthesizeWithAWarningNamingThem(@TempDir Path dir) throws Exception {
        Path spec = spec(dir);
        Cli.Result r = Cli.run("synth", spec.toString(), "--target", "terraform-aws", "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isZero();
        // issue 13: terraform-aws renders the services, the load balancer and the database; only the description is said
        assertThat(r.err()).startsWith(spec + ":11:24 FORGE-W401 warning: databases 'main': description is not rendered"
                + " by terraform-aws\n" + FIX).doesNotContain("services 'web'").doesNotContain("apis 'front'");
        assertThat(dir.resolve("out/terraform-aws")).isDirectory();
    }

    @Test
    void strict_failsWithExit1_andWritesNothing(@TempDir Path dir) throws Exception {
        Path spec = spec(dir);
        Cli.Result r = Cli.run("synth", spec.toString(), "--target", "terraform-aws", "--strict", "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(spec + ":11:24 FORGE-W401 databases 'main': description is not rendered by"
                + " terraform-aws\n").contains("1 error\n")
                .endsWith("forge synth --strict: the spec declares what no selected target renders; nothing written to "
                        + dir.resolve("out") + "\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void strictJson_isNotOk_andListsWhatIsNotRendered(@TempDir Path dir) throws Exception {
        Path spec = spec(dir);
        Cli.Result r = Cli.run("synth", spec.toString(), "--target", "terraform-aws", "--strict", "--format", "json", "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("\"ok\": false").contains("\"severity\": \"error\"")
                .contains("\"path\": \"databases.main.description\"").doesNotContain("\"path\": \"services.web");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void json_listsEveryFieldNotRendered_withItsLocation(@TempDir Path dir) throws Exception {
        Path spec = spec(dir);
        Cli.Result r = Cli.run("synth", spec.toString(), "--target", "terraform-aws", "--format", "json", "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"notRendered\": [")
                .contains("\"path\": \"databases.main.description\"").contains("\"line\": 11").contains("\"column\": 24")
                .doesNotContain("\"path\": \"services.web").doesNotContain("\"path\": \"apis.front")
                .contains("\"targets\": [\n        \"terraform-aws\"\n      ]");
    }

    @Test
    void withEveryTarget_theServicesAndTheLoadBalancerAreRenderedByKubernetes_theDatabaseByCompose(@TempDir Path dir)
            throws Exception {
        Path spec = spec(dir);
        Cli.Result r = Cli.run("synth", spec.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isZero();
        // the database itself is rendered (compose, terraform-aws); its description by no target, and that is said
        assertThat(r.err()).contains("databases 'main': description is not rendered by terraform-aws, kubernetes,"
                + " compose, helm").doesNotContain("services 'web'").doesNotContain("apis 'front'");
        assertThat(dir.resolve("out/kubernetes/base/web.yaml")).isRegularFile();
        assertThat(Files.readString(dir.resolve("out/compose/docker-compose.yml"))).contains("postgres-main:");
    }

    @Test
    void onlyTheModelTarget_countsAsRenderingNothing(@TempDir Path dir) throws Exception {
        Path spec = spec(dir);
        Cli.Result r = Cli.run("synth", spec.toString(), "--target", "model", "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("FORGE-W401 warning: functions 'api' (3 fields) are not rendered by any selected"
                + " target (none of them deploys: `model` only writes the resolved model as JSON)");
    }

    @Test
    void specRenderedWhole_hasNoWarning(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, String.join("\n", "forge: 1", "app: shop", "owner: shop-team", "environments: { dev: {} }",
                "functions:", "  api: { runtime: python3.12, handler: app.handler, source: src }", ""));
        Cli.Result r = Cli.run("synth", spec.toString(), "--strict", "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).doesNotContain("FORGE-W401");
    }

    @Test
    void check_reportsRulesAboutWhatNoTargetRenders_asNotApplicable_neverPassed(@TempDir Path dir) throws Exception {
        Path spec = spec(dir);
        Cli.Result text = Cli.run("check", spec.toString());
        assertThat(text.out()).contains("Not applicable (nothing in the output to check): ");
        // every Dockerfile rule says so for services built by no docker target (images given by reference), none is
        // silently absent (regression: DKR-002 and DKR-003 were neither checked nor listed)
        for (String rule : new String[] {"FORGE-DKR-001", "FORGE-DKR-002", "FORGE-DKR-003"}) {
            assertThat(text.out()).contains("  " + rule + " service:web: service 'web' is in no output: no selected target"
                    + " of those whose files the rule reads (docker) renders it [dev]\n");
        }
        Cli.Result json = Cli.run("check", spec.toString(), "--format", "json");
        assertThat(json.out()).contains("\"notApplicable\": [").contains("\"rule\": \"FORGE-DKR-001\"");
        // issue 13: terraform-aws renders the database, so its rules read the emitted files and pass or fail there
        assertThat(text.out()).doesNotContain("database 'main' is in no output");
    }

    @Test
    void docsCoverage_isTheCommittedFile() throws Exception {
        Cli.Result r = Cli.run("docs", "coverage");
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(Path.of("docs/coverage.md")))
                .as("docs/coverage.md is stale: run `forge docs coverage > docs/coverage.md`").isEqualTo(r.out());
    }

    private static Path spec(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src")); // the function's source folder (FORGE-E123 without it)
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, SPEC);
        return spec;
    }
}
