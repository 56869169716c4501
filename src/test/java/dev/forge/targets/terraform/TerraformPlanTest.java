package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
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
 * Terraform itself as the validator, offline: every example, synthesized into a folder outside the repository (so
 * that source_root must really point back at the example), passes the real {@code terraform init} and
 * {@code validate}, and {@code plan -refresh=false} plans exactly the resources in
 * {@code src/test/resources/terraform-plan/<example>/<env>.txt} (rewrite with -Dforge.updateGolden=true and review).
 * All roots of all examples run two at a time; the offline providers start once per worker (Terraform attaches to them).
 */
class TerraformPlanTest {

    static final Path GOLDEN = Path.of("src/test/resources/terraform-plan");

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
            for (String example : TerraformExamples.names()) {
                Path specDir = TerraformExamples.repoRoot().resolve("examples").resolve(example);
                ResolvedSpec spec = TerraformExamples.resolve(example);
                Path out = work.resolve("out").resolve(example).resolve("deeper");
                List<Artifact> files = Pipeline.synth(spec, List.of(TerraformExamples.TARGET), spec.environments(), specDir, out);
                TerraformExamples.write(files, out);
                for (ResolvedEnv env : spec.environments()) {
                    futures.put(example + "/" + env.name(), pool.submit(() -> servers.with(s -> verifier.verify(
                            out.resolve("terraform-aws"), env.name(), work.resolve("roots").resolve(example).resolve(env.name()), s))));
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
        System.out.println("TerraformPlanTest: " + RESULTS.size() + " roots planned in " + wallMillis + " ms ("
                + RESULTS.values().stream().mapToLong(RootResult::millis).sum() + " ms of root time, 2 at a time)");
    }

    static Stream<Arguments> roots() {
        List<Arguments> out = new ArrayList<>();
        for (String example : TerraformExamples.names()) {
            for (ResolvedEnv env : TerraformExamples.resolve(example).environments()) {
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
        assertThat(r.problems()).as("Terraform's warnings for %s/%s", example, env)
                .noneMatch(p -> p.contains("Error:"));
        assertThat(r.add()).as("resources to add in %s/%s", example, env).isEqualTo(r.addresses().size());
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
     * Issue 9: secret values are optional on plan. Every root is planned with inputs for what has no default, and
     * no root's ephemeral secret input is among them: the plan succeeds with no TF_VAR_ secret value at all
     * (before: each SSM SecureString value was a required input, so every plan needed every secret).
     */
    @Test
    void plan_succeedsWithoutAnySecretValue() throws IOException {
        java.util.regex.Pattern ephemeral = java.util.regex.Pattern.compile(
                "variable \"([a-z0-9_]+)\" \\{[^}]*ephemeral\\s*=\\s*true", java.util.regex.Pattern.DOTALL);
        int withSecrets = 0;
        for (var e : RESULTS.entrySet()) {
            Path root = work.resolve("roots").resolve(e.getKey()).resolve("terraform-aws/environments")
                    .resolve(e.getKey().substring(e.getKey().indexOf('/') + 1));
            java.util.regex.Matcher m = ephemeral.matcher(Files.readString(root.resolve("variables.tf")));
            List<String> secrets = new ArrayList<>();
            while (m.find()) {
                secrets.add(m.group(1));
            }
            if (secrets.isEmpty()) {
                continue;
            }
            withSecrets++;
            String inputs = Files.readString(root.resolve("zz_forge_verify.auto.tfvars.json"));
            for (String secret : secrets) {
                assertThat(inputs).as("inputs of %s", e.getKey()).doesNotContain("\"" + secret + "\"");
            }
            assertThat(e.getValue().planOk()).as("plan of %s without secret values: %s", e.getKey(),
                    e.getValue().problems()).isTrue();
        }
        assertThat(withSecrets).as("roots with an SSM SecureString secret (trip-assistant dev and prod)")
                .isGreaterThanOrEqualTo(2);
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

    /**
     * Issue 13, what Terraform itself plans: every RDS instance, cache node, ECS service, load balancer and its target
     * groups planned has its alarms planned too; every production load balancer its web ACL association; every
     * environment with a budget amount and someone to alert its budget.
     */
    @Test
    void everyPlannedPlatformResource_hasItsAlarms_productionLoadBalancersTheirFirewall_budgetsTheirEnvironment() {
        int checked = 0;
        for (String example : TerraformExamples.names()) {
            for (ResolvedEnv env : TerraformExamples.resolve(example).environments()) {
                RootResult result = RESULTS.get(example + "/" + env.name());
                if (!result.planOk()) {
                    continue; // reported by validateAndPlan_passOffline_withTheGoldenResources
                }
                java.util.Set<String> plan = new java.util.TreeSet<>(result.addresses());
                java.util.function.Predicate<String> planned = prefix -> plan.stream().anyMatch(a -> a.startsWith(prefix));
                List<String> missing = new ArrayList<>();
                java.util.function.BiConsumer<String, String> alarm = (kind, key) -> {
                    String address = "module.monitoring.aws_cloudwatch_metric_alarm." + kind + "[\"" + key + "\"]";
                    if (!plan.contains(address)) {
                        missing.add(address);
                    }
                };
                var s = env.spec();
                for (var d : s.databases().keySet()) {
                    if (planned.test("module.database_" + Root.label(d) + ".aws_db_instance.")) {
                        List.of("db_cpu", "db_free_storage", "db_connections").forEach(k -> alarm.accept(k, d));
                        checked++;
                    }
                }
                for (var c : Modules.orEmpty(s.caches()).entrySet()) {
                    if (planned.test("module.cache_" + Root.label(c.getKey()) + ".aws_elasticache_replication_group.")) {
                        for (int i = 1; i <= c.getValue().nodes(); i++) {
                            String key = c.getKey() + "-" + i;
                            List.of("cache_memory", "cache_evictions").forEach(k -> alarm.accept(k, key));
                        }
                        checked++;
                    }
                }
                for (var svc : s.services().keySet()) {
                    if (planned.test("module.service_" + Root.label(svc) + ".aws_ecs_service.")) {
                        List.of("ecs_cpu", "ecs_memory").forEach(k -> alarm.accept(k, svc));
                        checked++;
                    }
                }
                for (var api : s.apis().entrySet()) {
                    String lb = "module.api_" + Root.label(api.getKey()) + ".aws_lb.";
                    if (!planned.test(lb)) {
                        continue;
                    }
                    checked++;
                    alarm.accept("alb_5xx", api.getKey());
                    api.getValue().routes().values().stream().map(r -> r.to())
                            .filter(r -> r.kind() == dev.forge.model.Kind.SERVICE).map(r -> r.name()).distinct()
                            .forEach(svc -> List.of("target_5xx", "target_response_time", "unhealthy_hosts")
                                    .forEach(k -> alarm.accept(k, api.getKey() + "-" + svc)));
                    if (env.environment().production() && !plan.contains("module.waf_" + Root.label(api.getKey())
                            + ".aws_wafv2_web_acl_association.this")) {
                        missing.add("module.waf_" + Root.label(api.getKey()) + ".aws_wafv2_web_acl_association.this");
                    }
                }
                var budget = s.budget();
                boolean wanted = budget != null && budget.monthly() != null && budget.monthly() > 0
                        && !(budget.email() != null && !budget.email().isEmpty() ? budget.email()
                        : env.environment().alertEmails()).isEmpty();
                assertThat(plan.contains("module.budget.aws_budgets_budget.this")).as("budget of %s/%s", example, env.name())
                        .isEqualTo(wanted);
                assertThat(missing).as("planned in %s/%s without their alarms or firewall", example, env.name()).isEmpty();
            }
        }
        assertThat(checked).as("planned platform resources checked").isGreaterThan(0);
    }
}
