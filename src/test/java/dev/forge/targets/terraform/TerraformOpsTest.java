package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.emit.hcl.Body;
import dev.forge.emit.hcl.HclPrinter;
import dev.forge.model.ApiType;
import dev.forge.model.BudgetSpec;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, the operations part of terraform-aws, attacked through the emitted files: budget alerts reach the
 * environment's addresses; a web application firewall is associated with every production load balancer
 * (FORGE-API-005); every load balancer, target group, ECS service, RDS instance and cache node rendered has its
 * alarms; the cost-allocation tags are on every resource; a created Cognito pool is what the authorizer trusts.
 */
class TerraformOpsTest {

    @TempDir
    Path dir;

    private static String text(List<Artifact> files, String path) {
        return files.stream().filter(a -> a.path().equals(path)).findFirst()
                .map(a -> new String(a.bytes(), StandardCharsets.UTF_8)).orElseThrow(() -> new AssertionError("no " + path));
    }

    private static List<HclBlock> blocks(List<Artifact> files, String path) {
        return ParsedArtifact.of(Artifact.text(path, text(files, path))).hclBlocks();
    }

    /** Module calls of a root by label. */
    private static Map<String, HclBlock> modules(List<Artifact> files, String env) {
        Map<String, HclBlock> out = new TreeMap<>();
        blocks(files, "environments/" + env + "/main.tf").stream().filter(b -> b.type().equals("module"))
                .forEach(b -> out.put(b.labels().get(0), b));
        return out;
    }

    private static String source(HclBlock module) {
        return module.attribute("source").map(HclBlock.Attribute::unquoted).orElse("");
    }

    private static String hclList(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    private ResolvedSpec resolveInline(String yaml) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, yaml);
        return Pipeline.resolve(Pipeline.read(spec, "forge.yaml"));
    }

    private static List<Artifact> synth(ResolvedSpec spec) {
        return TerraformExamples.TARGET.synth(new SynthContext(spec, spec.environments()));
    }

    // ---- budgets ----

    /** The addresses a budget must alert, worked out here from the spec (not by the code under test). */
    private static List<String> expectedBudgetEmails(ResolvedEnv env) {
        BudgetSpec b = env.spec().budget();
        if (b == null || b.monthly() == null || b.monthly() == 0) {
            return List.of();
        }
        return b.email() != null && !b.email().isEmpty() ? b.email() : env.environment().alertEmails();
    }

    @Test
    void everyExample_budgetAlertsReachTheEnvironmentsAddresses_atEightyAndHundredPercentOfTheForecast() {
        int budgets = 0;
        for (String example : TerraformExamples.names()) {
            ResolvedSpec spec = TerraformExamples.resolve(example);
            List<Artifact> files = synth(spec);
            for (ResolvedEnv env : spec.environments()) {
                List<String> emails = expectedBudgetEmails(env);
                HclBlock budget = modules(files, env.name()).get("budget");
                if (emails.isEmpty()) {
                    assertThat(budget).as("%s/%s has no budget or nobody to alert", example, env.name()).isNull();
                    continue;
                }
                budgets++;
                assertThat(budget).as("%s/%s budget", example, env.name()).isNotNull();
                assertThat(source(budget)).isEqualTo("../../modules/budget");
                assertThat(budget.attribute("alert_emails").orElseThrow().value()).as("%s/%s", example, env.name())
                        .isEqualTo(hclList(emails));
                assertThat(budget.attribute("monthly_amount").orElseThrow().value())
                        .isEqualTo(String.valueOf(env.spec().budget().monthly()));
                assertThat(budget.attribute("cost_filter_tags").orElseThrow().value())
                        .isEqualTo("[\"user:app$" + spec.app() + "\"]");
            }
            if (spec.environments().stream().anyMatch(e -> !expectedBudgetEmails(e).isEmpty())) {
                budgetModuleAlertsItsAddresses(files);
            }
        }
        assertThat(budgets).as("budgets checked (ai-validation-platform has three)").isGreaterThanOrEqualTo(3);
    }

    private static void budgetModuleAlertsItsAddresses(List<Artifact> files) {
        HclBlock budget = blocks(files, "modules/budget/main.tf").stream()
                .filter(b -> b.isResource("aws_budgets_budget")).findFirst().orElseThrow();
        HclBlock notification = budget.blocks("dynamic").stream().filter(d -> d.labels().equals(List.of("notification")))
                .findFirst().orElseThrow();
        HclBlock content = notification.blocks("content").get(0);
        assertThat(content.attribute("subscriber_email_addresses").orElseThrow().value()).isEqualTo("var.alert_emails");
        assertThat(content.attribute("threshold_type").orElseThrow().unquoted()).isEqualTo("PERCENTAGE");
        assertThat(budget.blocks("cost_filter").get(0).attribute("name").orElseThrow().unquoted()).isEqualTo("TagKeyValue");
        String variables = text(files, "modules/budget/variables.tf");
        assertThat(variables).contains("variable \"forecast_thresholds\"").contains("default     = [80, 100]")
                .contains("variable \"actual_thresholds\"").contains("default     = [100]");
        String main = text(files, "modules/budget/main.tf");
        assertThat(main).contains("for t in var.forecast_thresholds").contains("type      = \"FORECASTED\"");
    }

    @Test
    void budget_perEnvironmentOverrides_andNobodyToAlert_meansNoBudgetAndANote() throws Exception {
        ResolvedSpec spec = resolveInline("""
                forge: 1
                app: costs
                owner: platform-team
                cost-centre: cc-9
                environments:
                  dev: {}
                  staging: { alerts: { email: staging@example.com } }
                  prod: { alerts: { email: [oncall@example.com, cto@example.com] } }
                buckets:
                  files: {}
                budget:
                  monthly: 100
                  environments:
                    prod: { monthly: 2000, email: finance@example.com }
                """);
        List<Artifact> files = synth(spec);

        assertThat(modules(files, "dev")).doesNotContainKey("budget");
        assertThat(text(files, "environments/dev/README.md")).contains("Budget: not generated in this environment")
                .contains("environments.dev.alerts.email");
        HclBlock staging = modules(files, "staging").get("budget");
        assertThat(staging.attribute("alert_emails").orElseThrow().value()).isEqualTo("[\"staging@example.com\"]");
        assertThat(staging.attribute("monthly_amount").orElseThrow().value()).isEqualTo("100");
        HclBlock prod = modules(files, "prod").get("budget");
        assertThat(prod.attribute("alert_emails").orElseThrow().value()).isEqualTo("[\"finance@example.com\"]");
        assertThat(prod.attribute("monthly_amount").orElseThrow().value()).isEqualTo("2000");
        assertThat(text(files, "environments/prod/outputs.tf")).contains("output \"budget_name\"");
    }

    // ---- cost-allocation tags ----

    @Test
    void everyExampleRoot_tagsEveryResource_withTheCostAllocationTags() {
        for (String example : TerraformExamples.names()) {
            ResolvedSpec spec = TerraformExamples.resolve(example);
            List<Artifact> files = synth(spec);
            for (ResolvedEnv env : spec.environments()) {
                HclBlock provider = blocks(files, "environments/" + env.name() + "/providers.tf").stream()
                        .filter(b -> b.type().equals("provider")).findFirst().orElseThrow();
                HclBlock tags = provider.blocks("default_tags").get(0).blocks("tags").get(0);
                List<String> keys = new ArrayList<>(List.of("app", "environment"));
                if (spec.written().owner() != null) {
                    keys.add("owner");
                }
                if (spec.written().costCentre() != null) {
                    keys.add("cost-centre");
                }
                for (String k : keys) {
                    assertThat(tags.attribute(k).or(() -> tags.attribute("\"" + k + "\"")))
                            .as("%s/%s default tag %s", example, env.name(), k).isPresent();
                }
                assertThat(tags.attribute("app").orElseThrow().unquoted()).isEqualTo(spec.app());
                assertThat(tags.attribute("environment").orElseThrow().unquoted()).isEqualTo(env.name());
            }
        }
    }

    // ---- web application firewall ----

    /** Root main.tf of prod with a stand-in load balancer module (H2's), to see RootWaf's wiring on its own. */
    private static List<HclBlock> wafRoot(ResolvedSpec spec, String env) {
        ResolvedEnv e = spec.environments().stream().filter(x -> x.name().equals(env)).findFirst().orElseThrow();
        List<TfModule> modules = new ArrayList<>(Modules.needed(spec));
        modules.add(new TfModule(RootWaf.LOAD_BALANCER_MODULE, "stand-in"));
        Root root = new Root(e, modules);
        RootWaf.add(root);
        Body main = new Body();
        root.main.items().forEach(i -> {
            if (i instanceof Body.Nested n) {
                main.block(n.block());
            }
        });
        return ParsedArtifact.of(Artifact.text("main.tf", HclPrinter.print(main))).hclBlocks();
    }

    @Test
    void waf_isAssociatedWithEveryLoadBalancerWhoseWafIsOn_productionByDefault() throws Exception {
        ResolvedSpec spec = resolveInline("""
                forge: 1
                app: shop
                environments:
                  dev: {}
                  prod: {}
                services:
                  web: { image: nginx:1.27, port: 8080 }
                apis:
                  public:
                    type: loadbalancer
                    auth: { type: none, reason: the web shop is public }
                    routes: { ANY /*: service:web }
                  partners:
                    type: loadbalancer
                    waf: false
                    auth: { type: none, reason: partners sit behind their own firewall }
                    routes: { ANY /*: service:web }
                """);
        List<HclBlock> prod = wafRoot(spec, "prod");
        HclBlock waf = prod.stream().filter(b -> b.type().equals("module") && b.labels().get(0).equals("waf_public"))
                .findFirst().orElseThrow(() -> new AssertionError("no waf for the production load balancer"));
        assertThat(source(waf)).isEqualTo("../../modules/waf");
        assertThat(waf.attribute("resource_arn").orElseThrow().value()).isEqualTo("module.api_public.load_balancer_arn");
        assertThat(prod).noneMatch(b -> b.labels().contains("waf_partners"));
        assertThat(wafRoot(spec, "dev")).as("dev: waf defaults to off").noneMatch(b -> b.type().equals("module"));
    }

    @Test
    void wafModule_blocksWithTheManagedRuleGroupsAndARateRule_likeTheRestApis_andAssociatesItsResource() {
        List<Artifact> files = WafModule.build().files();
        HclBlock acl = blocks(files, "modules/waf/main.tf").stream().filter(b -> b.isResource("aws_wafv2_web_acl"))
                .findFirst().orElseThrow();
        List<String> rules = acl.blocks("rule").stream().map(r -> r.attribute("name").orElseThrow().unquoted()).toList();
        assertThat(rules).containsExactly("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet",
                "AWSManagedRulesAmazonIpReputationList", "RateLimitPerIp");
        assertThat(acl.attribute("scope").orElseThrow().unquoted()).isEqualTo("REGIONAL");
        HclBlock association = blocks(files, "modules/waf/main.tf").stream()
                .filter(b -> b.isResource("aws_wafv2_web_acl_association")).findFirst().orElseThrow();
        assertThat(association.attribute("resource_arn").orElseThrow().value()).isEqualTo("var.resource_arn");
        assertThat(association.attribute("web_acl_arn").orElseThrow().value()).isEqualTo("aws_wafv2_web_acl.this.arn");
        // the same rules as the REST API module's web ACL: written once (WebAcl)
        HclBlock rest = blocks(RestApiModule.build(1).files(), "modules/api_gateway_rest/main.tf").stream()
                .filter(b -> b.isResource("aws_wafv2_web_acl")).findFirst().orElseThrow();
        assertThat(rest.blocks("rule").stream().map(r -> r.attribute("name").orElseThrow().unquoted()).toList())
                .isEqualTo(rules);
    }

    @Test
    void everyExample_everyProductionLoadBalancerRendered_hasItsFirewall() {
        int checked = 0;
        for (String example : TerraformExamples.names()) {
            ResolvedSpec spec = TerraformExamples.resolve(example);
            List<Artifact> files = synth(spec);
            for (ResolvedEnv env : spec.environments()) {
                Map<String, HclBlock> modules = modules(files, env.name());
                for (var m : modules.entrySet()) {
                    if (!source(m.getValue()).equals("../../modules/" + RootWaf.LOAD_BALANCER_MODULE)) {
                        continue;
                    }
                    String api = m.getKey().substring("api_".length());
                    boolean wafOn = env.spec().apis().entrySet().stream()
                            .anyMatch(a -> Root.label(a.getKey()).equals(api) && Boolean.TRUE.equals(a.getValue().waf()));
                    if (env.environment().production()) {
                        assertThat(wafOn).as("%s/%s: production load balancer %s without waf", example, env.name(), api).isTrue();
                    }
                    HclBlock waf = modules.get("waf_" + api);
                    if (wafOn) {
                        checked++;
                        assertThat(waf).as("%s/%s: waf of %s", example, env.name(), api).isNotNull();
                        assertThat(waf.attribute("resource_arn").orElseThrow().value())
                                .isEqualTo("module." + m.getKey() + ".load_balancer_arn");
                    } else {
                        assertThat(waf).isNull();
                    }
                }
            }
        }
        boolean anyRendered = TerraformExamples.names().stream().anyMatch(n -> Modules.has(
                Modules.needed(TerraformExamples.resolve(n)), RootWaf.LOAD_BALANCER_MODULE));
        assertThat(checked > 0 || !anyRendered).as("load balancers rendered, but none checked").isTrue();
    }

    // ---- alarms for the container platform ----

    /** Expected: module label -> the monitoring input map and the output its entries must reference. */
    private static final Map<String, String[]> FEEDS = Map.of(
            RdsPostgresModule.NAME, new String[] {"databases", "instance_identifier"},
            ElastiCacheModule.NAME, new String[] {"cache_nodes", "replication_group_id"},
            RootMonitoringFeeds.ECS_SERVICE, new String[] {"ecs_services", "service_name"},
            RootMonitoringFeeds.LOAD_BALANCER, new String[] {"load_balancers", "load_balancer_arn_suffix"});

    /** Which alarms each monitoring input map drives, read from the emitted monitoring module. */
    private static Map<String, List<String>> alarmsByInput(List<Artifact> files) {
        Map<String, List<String>> out = new TreeMap<>();
        for (HclBlock b : blocks(files, "modules/monitoring/main.tf")) {
            if (b.isResource("aws_cloudwatch_metric_alarm")) {
                String forEach = b.attribute("for_each").orElseThrow().value();
                String input = forEach.replaceAll(".*\\? var\\.([a-z_]+) :.*", "$1");
                out.computeIfAbsent(input, k -> new ArrayList<>()).add(b.labels().get(1));
            }
        }
        return out;
    }

    @Test
    void everyExample_everyLoadBalancerServiceDatabaseAndCacheRendered_feedsItsAlarms() {
        int fed = 0;
        for (String example : TerraformExamples.names()) {
            ResolvedSpec spec = TerraformExamples.resolve(example);
            List<Artifact> files = synth(spec);
            if (files.stream().noneMatch(a -> a.path().equals("modules/monitoring/main.tf"))) {
                continue;
            }
            Map<String, List<String>> alarms = alarmsByInput(files);
            assertThat(alarms.get("databases")).containsExactlyInAnyOrder("db_cpu", "db_free_storage", "db_connections");
            assertThat(alarms.get("cache_nodes")).containsExactlyInAnyOrder("cache_memory", "cache_evictions");
            assertThat(alarms.get("ecs_services")).containsExactlyInAnyOrder("ecs_cpu", "ecs_memory");
            assertThat(alarms.get("load_balancers")).containsExactly("alb_5xx");
            assertThat(alarms.get("target_groups")).containsExactlyInAnyOrder("target_5xx", "target_response_time",
                    "unhealthy_hosts");
            for (ResolvedEnv env : spec.environments()) {
                Map<String, HclBlock> modules = modules(files, env.name());
                HclBlock monitoring = modules.get("monitoring");
                for (var m : modules.entrySet()) {
                    String[] feed = FEEDS.get(source(m.getValue()).replace("../../modules/", ""));
                    if (feed == null) {
                        continue;
                    }
                    assertThat(monitoring).as("%s/%s: %s rendered without monitoring", example, env.name(), m.getKey())
                            .isNotNull();
                    List<HclBlock> input = monitoring.blocks(feed[0]);
                    assertThat(input).as("%s/%s: monitoring.%s for %s", example, env.name(), feed[0], m.getKey()).hasSize(1);
                    String reference = "module." + m.getKey() + "." + feed[1];
                    assertThat(input.get(0).text()).as("%s/%s: an alarm input naming %s", example, env.name(), reference)
                            .contains(reference);
                    fed++;
                }
                Optional.ofNullable(monitoring).ifPresent(mon -> {
                    if (modules.values().stream().anyMatch(x -> source(x).endsWith("/" + RdsPostgresModule.NAME))) {
                        assertThat(mon.attribute("cpu_percent").orElseThrow().value())
                                .isEqualTo(String.valueOf(env.spec().monitoring().alarms().cpu()));
                    }
                    if (modules.values().stream().anyMatch(x -> source(x).endsWith("/" + ElastiCacheModule.NAME))) {
                        assertThat(mon.attribute("memory_percent").orElseThrow().value())
                                .isEqualTo(String.valueOf(env.spec().monitoring().alarms().memory()));
                    }
                });
            }
        }
        assertThat(fed).as("rendered resources checked for alarms").isGreaterThan(0);
    }

    @Test
    void cacheAlarms_coverEveryNode_andDatabaseThresholdsComeFromTheInstance() {
        ResolvedSpec spec = TerraformExamples.resolve("ai-validation-platform");
        List<Artifact> files = synth(spec);
        HclBlock prod = modules(files, "prod").get("monitoring");
        HclBlock nodes = prod.blocks("cache_nodes").get(0);
        // production caches have two nodes (a primary and a replica): one alarm set per node
        assertThat(new TreeSet<>(nodes.attributes().keySet())).containsExactly("queue-1", "queue-2");
        assertThat(nodes.attribute("queue-2").orElseThrow().value())
                .isEqualTo("\"${module.cache_queue.replication_group_id}-002\"");
        HclBlock main = prod.blocks("databases").get(0).blocks("main").get(0);
        // db.t4g.medium: 4 GiB -> max_connections 450, alarm at 80 %; 100Gi allocated -> alarm below 10 GiB free
        assertThat(main.attribute("max_connections").orElseThrow().value()).isEqualTo("360");
        assertThat(main.attribute("free_storage_bytes").orElseThrow().value()).isEqualTo(String.valueOf(10L * 1024 * 1024 * 1024));
        assertThat(RootMonitoringFeeds.connectionsThreshold("db.r6g.large")).isEqualTo(Math.min(16L * 1073741824 / 9531392, 5000) * 8 / 10);
        assertThat(RootMonitoringFeeds.connectionsThreshold("db.x2g.large")).as("unknown family: 80 % of the 5000 cap").isEqualTo(4000);
    }

    // ---- Cognito ----

    @Test
    void cognito_createdPool_isWhatTheAuthorizerTrusts_andTheArnInputStaysForTheOthers() {
        List<Artifact> files = TerraformExamples.synth("site-builder");
        HclBlock pool = modules(files, "dev").get("user_pool_generation_api");
        assertThat(source(pool)).isEqualTo("../../modules/cognito_user_pool");
        assertThat(pool.attribute("mfa").orElseThrow().unquoted()).isEqualTo("OPTIONAL");
        assertThat(pool.attribute("password_minimum_length").orElseThrow().value()).isEqualTo("12");
        HclBlock api = modules(files, "dev").get("api_generation_api");
        assertThat(api.attribute("cognito_user_pool_arn").orElseThrow().value())
                .isEqualTo("module.user_pool_generation_api.user_pool_arn");
        assertThat(api.attribute("cognito_authorizer").orElseThrow().value()).isEqualTo("true");
        assertThat(text(files, "environments/dev/variables.tf")).doesNotContain("variable \"cognito_user_pool_arn\"");
        for (String env : List.of("sit", "prod")) {
            assertThat(modules(files, env)).doesNotContainKey("user_pool_generation_api");
            assertThat(modules(files, env).get("api_generation_api").attribute("cognito_user_pool_arn").orElseThrow().value())
                    .isEqualTo("var.cognito_user_pool_arn");
        }
        String module = text(files, "modules/cognito_user_pool/main.tf");
        assertThat(module).contains("require_symbols                  = true").contains("generate_secret                      = false")
                .contains("prevent_user_existence_errors        = \"ENABLED\"");
    }

    @Test
    void cognito_httpApi_trustsTheCreatedPoolsIssuerAndClient_productionRequiresMfaAndProtectsThePool() throws Exception {
        Files.createDirectories(dir.resolve("fn"));
        Files.writeString(dir.resolve("fn/app.py"), "def handler(e, c):\n    return {}\n");
        ResolvedSpec spec = resolveInline("""
                forge: 1
                app: portal
                environments: { dev: {}, prod: {} }
                functions:
                  api: { source: fn, runtime: python3.12, handler: app.handler }
                apis:
                  web:
                    type: http
                    auth: { type: cognito, user-pool: { password-length: 16, domain: portal-login } }
                    routes: { GET /me: function:api }
                """);
        assertThat(spec.environments().stream().map(e -> e.spec().apis().get("web").type()).distinct())
                .containsExactly(ApiType.HTTP);
        List<Artifact> files = synth(spec);
        HclBlock api = modules(files, "prod").get("api_web");
        String jwt = api.blocks("jwt_authorizer").get(0).text();
        assertThat(jwt).contains("issuer   = module.user_pool_web.issuer_url").contains("audience = [module.user_pool_web.client_id]");
        HclBlock prod = modules(files, "prod").get("user_pool_web");
        assertThat(prod.attribute("mfa").orElseThrow().unquoted()).isEqualTo("ON");
        assertThat(prod.attribute("deletion_protection").orElseThrow().value()).isEqualTo("true");
        assertThat(prod.attribute("domain_prefix").orElseThrow().unquoted()).isEqualTo("portal-login");
        assertThat(prod.attribute("password_minimum_length").orElseThrow().value()).isEqualTo("16");
        assertThat(modules(files, "dev").get("user_pool_web").attribute("mfa").orElseThrow().unquoted()).isEqualTo("OPTIONAL");
    }
}
