package dev.forge.targets.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.util.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ARM templates of every example and environment pass the structural check ({@link ArmCheck}) and the guardrails
 * ({@link Guardrails}); the check and each guardrail reject a mutant of the emitted template.
 */
class AzureTemplatesTest {

    /** One example's environment: its template and parameters file as JSON trees, and whether it is production. */
    record Case(String example, String env, String text, Map<String, Object> template, Map<String, Object> parameters,
                boolean production) {
        @Override
        public String toString() {
            return example + " [" + env + "]";
        }
    }

    private static List<Case> all;

    static synchronized List<Case> all() {
        if (all == null) {
            all = load();
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static List<Case> load() {
        List<Case> out = new ArrayList<>();
        for (String example : AzureExamples.names()) {
            ResolvedSpec spec = dev.forge.testkit.Examples.resolve(example);
            List<Artifact> files = AzureExamples.synth(example);
            for (ResolvedEnv env : spec.environments()) {
                Artifact t = find(files, env.name() + "/azuredeploy.json");
                Artifact p = find(files, env.name() + "/azuredeploy.parameters.json");
                out.add(new Case(example, env.name(), t.text(), (Map<String, Object>) Json.parse(t.text()),
                        (Map<String, Object>) Json.parse(p.text()), env.environment().production()));
            }
        }
        return out;
    }

    static Artifact find(List<Artifact> files, String path) {
        return files.stream().filter(a -> a.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError(path));
    }

    static Stream<Arguments> cases() {
        return all().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyTemplate_passesTheStructuralCheck(Case c) {
        assertThat(ArmCheck.check(c.text())).as(c.toString()).isEmpty();
        assertThat(c.parameters().get("$schema")).isEqualTo(Template.PARAMETERS_SCHEMA);
        assertThat(c.parameters().get("contentVersion")).isEqualTo(Template.CONTENT_VERSION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyTemplate_keepsEveryGuardrail(Case c) {
        assertThat(Guardrails.tls(c.template())).as(c + " TLS").isEmpty();
        assertThat(Guardrails.publicAccess(c.template())).as(c + " public access").isEmpty();
        assertThat(Guardrails.encryption(c.template())).as(c + " encryption").isEmpty();
        assertThat(Guardrails.vault(c.template(), c.production())).as(c + " vault").isEmpty();
        assertThat(Guardrails.noSecretLiteral(c.template(), c.parameters())).as(c + " secrets").isEmpty();
    }

    @Test
    void theExamplesExerciseEveryGuardedResource() {
        List<String> types = new ArrayList<>();
        all().forEach(c -> Guardrails.resources(c.template(), "Microsoft.Storage/storageAccounts").forEach(r -> types.add("storage")));
        assertThat(types).isNotEmpty();
        assertThat(all().stream().filter(Case::production)).isNotEmpty();
        assertThat(all().stream().anyMatch(c -> !Guardrails.resources(c.template(), "Microsoft.Cache/redis").isEmpty()
                && !Guardrails.resources(c.template(), "Microsoft.DBforPostgreSQL/flexibleServers").isEmpty()
                && !Guardrails.resources(c.template(), "Microsoft.ServiceBus/namespaces").isEmpty())).isTrue();
    }

    // ------------------------------------------------------------------ mutants: each check rejects a broken template

    /** The first production case holding every guarded resource type (forge-platform prod). */
    static Case rich() {
        return all().stream().filter(c -> c.production() && c.example().equals("forge-platform")).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mutate(Case c, Consumer<Map<String, Object>> change) {
        Map<String, Object> copy = (Map<String, Object>) Json.parse(Json.write(c.template()));
        change.accept(copy);
        return copy;
    }

    @SuppressWarnings("unchecked")
    static void set(Map<String, Object> t, String type, Object value, String... path) {
        Map<String, Object> r = Guardrails.resources(t, type).get(0);
        Map<String, Object> m = r;
        for (int i = 0; i < path.length - 1; i++) {
            m = (Map<String, Object>) m.get(path[i]);
        }
        if (value == null) {
            m.remove(path[path.length - 1]);
        } else {
            m.put(path[path.length - 1], value);
        }
    }

    @Test
    void tls_rejectsAMutant() {
        assertThat(Guardrails.tls(mutate(rich(), t -> set(t, "Microsoft.Storage/storageAccounts", "TLS1_0",
                "properties", "minimumTlsVersion")))).singleElement().asString().contains("TLS1_2");
        assertThat(Guardrails.tls(mutate(rich(), t -> set(t, "Microsoft.Cache/redis", true,
                "properties", "enableNonSslPort")))).singleElement().asString().contains("non-TLS");
        assertThat(Guardrails.tls(mutate(rich(), t -> set(t, "Microsoft.ServiceBus/namespaces", "1.0",
                "properties", "minimumTlsVersion")))).hasSize(1);
    }

    @Test
    void publicAccess_rejectsAMutant() {
        assertThat(Guardrails.publicAccess(mutate(rich(), t -> set(t, "Microsoft.Storage/storageAccounts", true,
                "properties", "allowBlobPublicAccess")))).singleElement().asString().contains("public access");
        assertThat(Guardrails.publicAccess(mutate(rich(), t -> set(t, "Microsoft.Cache/redis", "Enabled",
                "properties", "publicNetworkAccess")))).hasSize(1);
        assertThat(Guardrails.publicAccess(mutate(rich(), t -> set(t, "Microsoft.DBforPostgreSQL/flexibleServers", null,
                "properties", "network", "delegatedSubnetResourceId")))).hasSize(1);
    }

    @Test
    void encryption_rejectsAMutant() {
        assertThat(Guardrails.encryption(mutate(rich(), t -> set(t, "Microsoft.Storage/storageAccounts", false,
                "properties", "encryption", "requireInfrastructureEncryption")))).singleElement().asString()
                .contains("infrastructure encryption");
    }

    @Test
    void purgeProtection_inProduction_rejectsAMutant() {
        assertThat(Guardrails.vault(mutate(rich(), t -> set(t, "Microsoft.KeyVault/vaults", null,
                "properties", "enablePurgeProtection")), true)).singleElement().asString().contains("purge protection");
        assertThat(Guardrails.vault(mutate(rich(), t -> set(t, "Microsoft.KeyVault/vaults", false,
                "properties", "enableRbacAuthorization")), true)).singleElement().asString().contains("RBAC");
    }

    @Test
    void purgeProtection_isOnlyInProduction() {
        for (Case c : all()) {
            Object purge = Guardrails.at(Guardrails.resources(c.template(), "Microsoft.KeyVault/vaults").get(0),
                    "properties", "enablePurgeProtection");
            assertThat(purge).as(c.toString()).isEqualTo(c.production() ? Boolean.TRUE : null);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void noSecretLiteral_rejectsMutants() {
        Case c = rich();
        assertThat(Guardrails.noSecretLiteral(mutate(c, t -> set(t, "Microsoft.DBforPostgreSQL/flexibleServers",
                "hunter2-literal", "properties", "administratorLoginPassword")), c.parameters())).singleElement()
                .asString().contains("not a parameter");
        assertThat(Guardrails.noSecretLiteral(mutate(c, t -> ((Map<String, Object>) ((Map<String, Object>) t.get("parameters"))
                .get("platformAdministratorPassword")).put("defaultValue", "hunter2")), c.parameters())).hasSize(1);
        Map<String, Object> literalFile = new LinkedHashMap<>(c.parameters());
        literalFile.put("parameters", Map.of("platformAdministratorPassword", Map.of("value", "hunter2")));
        assertThat(Guardrails.noSecretLiteral(c.template(), literalFile)).hasSize(2);
        assertThat(Guardrails.noSecretLiteral(mutate(c, t -> {
            Map<String, Object> app = Guardrails.resources(t, "Microsoft.App/containerApps").get(0);
            List<Object> secrets = (List<Object>) Guardrails.at(app, "properties", "configuration", "secrets");
            ((Map<String, Object>) secrets.get(0)).put("value", "hunter2");
        }), c.parameters())).hasSize(1);
    }

    @Test
    void theSecretValuesAreNowhereInTheOutput() {
        for (Case c : all()) {
            assertThat(c.text()).doesNotContain("hunter2").doesNotContain("\"value\": \"[parameters(");
        }
    }

    // ------------------------------------------------------------------ the structural check, proven on mutants

    @Test
    void check_rejectsADanglingReference() {
        Map<String, Object> t = mutate(rich(), m -> Guardrails.resources(m, "Microsoft.KeyVault/vaults").forEach(r ->
                r.put("name", "kv-elsewhere")));
        assertThat(ArmCheck.check(Json.write(t))).anyMatch(p -> p.contains("kv-forge-platform-prod") && p.contains("no resource"));
    }

    @Test
    void check_rejectsAWrongApiVersion() {
        Map<String, Object> t = mutate(rich(), m -> set(m, "Microsoft.Cache/redis", "2019-07-01", "apiVersion"));
        assertThat(ArmCheck.check(Json.write(t))).anyMatch(p -> p.contains("apiVersion 2019-07-01"))
                .anyMatch(p -> p.contains("reference() of Microsoft.Cache/redis") || p.contains("the table says"));
    }

    @Test
    void check_rejectsAReferenceWithAnotherVersion() {
        Map<String, Object> t = mutate(rich(), m -> set(m, "Microsoft.DBforPostgreSQL/flexibleServers",
                "[reference(resourceId('Microsoft.KeyVault/vaults', 'kv-forge-platform-prod'), '2016-10-01').vaultUri]",
                "properties", "version"));
        assertThat(ArmCheck.check(Json.write(t))).anyMatch(p -> p.contains("API version 2016-10-01"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void check_rejectsUndeclaredAndUnusedParameters() {
        Map<String, Object> t = mutate(rich(), m -> {
            Map<String, Object> params = (Map<String, Object>) m.get("parameters");
            params.put("unused", Map.of("type", "string"));
            params.remove("location");
        });
        assertThat(ArmCheck.check(Json.write(t))).anyMatch(p -> p.contains("'unused' is declared but never used"))
                .anyMatch(p -> p.contains("'location' is not declared"));
    }

    @Test
    void check_rejectsMissingLocationTypeAndName() {
        assertThat(ArmCheck.check(Json.write(mutate(rich(), m -> set(m, "Microsoft.Cache/redis", null, "location")))))
                .anyMatch(p -> p.contains("no location"));
        assertThat(ArmCheck.check(Json.write(mutate(rich(), m -> set(m, "Microsoft.Cache/redis", null, "name")))))
                .anyMatch(p -> p.contains("no name"));
        assertThat(ArmCheck.check(Json.write(mutate(rich(), m -> set(m, "Microsoft.Cache/redis", "Microsoft.Cache/redi",
                "type"))))).anyMatch(p -> p.contains("not in the API version table"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void check_rejectsADanglingDependsOnAndScope() {
        Map<String, Object> t = mutate(rich(), m -> {
            Map<String, Object> app = Guardrails.resources(m, "Microsoft.App/containerApps").get(0);
            ((List<Object>) app.get("dependsOn")).add("[resourceId('Microsoft.Web/sites', 'nowhere')]");
            Guardrails.resources(m, "Microsoft.Authorization/roleAssignments").get(0).put("scope",
                    "Microsoft.KeyVault/vaults/kv-nowhere");
        });
        assertThat(ArmCheck.check(Json.write(t))).anyMatch(p -> p.contains("'Microsoft.Web/sites', [nowhere]"))
                .anyMatch(p -> p.contains("scope Microsoft.KeyVault/vaults/kv-nowhere"));
    }

    @Test
    void check_rejectsABrokenExpressionAndAnUnknownFunction() {
        Map<String, Object> t = mutate(rich(), m -> set(m, "Microsoft.Cache/redis", "[concat('a', 'b']", "properties",
                "redisVersion"));
        assertThat(ArmCheck.check(Json.write(t))).anyMatch(p -> p.contains("expected"));
        Map<String, Object> u = mutate(rich(), m -> set(m, "Microsoft.Cache/redis", "[uniqueString('x')]", "properties",
                "redisVersion"));
        assertThat(ArmCheck.check(Json.write(u))).anyMatch(p -> p.contains("unknown function 'uniqueString'"));
        assertThat(ArmCheck.check("{ not json")).singleElement().asString().contains("not valid JSON");
    }

    @Test
    @SuppressWarnings("unchecked")
    void check_rejectsAResourceDeclaredTwice() {
        Map<String, Object> t = mutate(rich(), m -> ((List<Object>) m.get("resources")).add(
                Guardrails.resources(m, "Microsoft.Cache/redis").get(0)));
        assertThat(ArmCheck.check(Json.write(t))).anyMatch(p -> p.contains("declared twice"));
    }

    @Test
    void check_rejectsAMissingSchema() {
        Map<String, Object> t = mutate(rich(), m -> {
            m.remove("$schema");
            m.put("contentVersion", "1");
        });
        assertThat(ArmCheck.check(Json.write(t))).anyMatch(p -> p.startsWith("$schema"))
                .anyMatch(p -> p.startsWith("contentVersion"));
    }

    // ------------------------------------------------------------------ the expression parser

    @Test
    void parser_readsStringsWithDoubledQuotesNestedCallsAndMembers() {
        ArmExpr.Node n = ArmExpr.parse("[concat(reference(resourceId('A/b', 'it''s')).x.y, 'q''''', parameters('p')[0])]");
        assertThat(n).isInstanceOf(ArmExpr.Call.class);
        ArmExpr.Call c = (ArmExpr.Call) n;
        assertThat(c.function()).isEqualTo("concat");
        assertThat(c.args()).hasSize(3);
        ArmExpr.Member m = (ArmExpr.Member) c.args().get(0);
        assertThat(m.name()).isEqualTo("y");
        ArmExpr.Call id = (ArmExpr.Call) ((ArmExpr.Call) ((ArmExpr.Member) m.target()).target()).args().get(0);
        assertThat(((ArmExpr.Str) id.args().get(1)).value()).isEqualTo("it's");
        assertThat(((ArmExpr.Str) c.args().get(1)).value()).isEqualTo("q''");
        assertThat(c.args().get(2)).isInstanceOf(ArmExpr.Index.class);
        assertThat(ArmExpr.isExpression("[[literal]")).isFalse();
    }

    @Test
    void theEmitter_escapesQuotesTheParserReadsBack() {
        String text = Arm.render(Arm.call("concat", Arm.str("it's"), Arm.member(Arm.parameter("a'b"), "c")));
        assertThat(text).isEqualTo("[concat('it''s', parameters('a''b').c)]");
        ArmExpr.Call c = (ArmExpr.Call) ArmExpr.parse(text);
        assertThat(((ArmExpr.Str) c.args().get(0)).value()).isEqualTo("it's");
    }
}
