package dev.forge.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.bind.Binder;
import dev.forge.model.Access;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Size;
import dev.forge.model.Spec;
import dev.forge.spec.SpecSource;
import dev.forge.spec.YamlLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolverTest {

    private static final String SPEC = """
            forge: 1
            app: shop
            region: eu-west-1
            tags: { project: atlas }
            environments:
              dev: { tags: { tier: low } }
              prod: { region: us-east-1 }
            secrets:
              openai-api-key: {}
              db-token: { store: ssm }
            parameters:
              log-level: { value: info }
            tables:
              messages: { key: id }
            databases:
              main-db: {}
            functions:
              api:
                image: ghcr.io/acme/api:1.0
                memory: 512Mi
                vpc: true
                env: { LOG_LEVEL: info, TOKEN: secret:db-token }
                uses: [table:messages (read-write), secret:openai-api-key, database:main-db]
                environments:
                  prod:
                    memory: 1Gi
                    env: { LOG_LEVEL: warn }
                    uses: [table:messages]
            services:
              web:
                image: ghcr.io/acme/web:1.0
                uses: [function:api]
            ci: { github: acme/shop }
            """;

    private static ResolvedSpec resolve(String text) {
        return Resolver.resolve(Binder.bind(new YamlLoader().load(SpecSource.of("forge.yaml", text))));
    }

    private static Spec env(ResolvedSpec r, String name) {
        return r.environments().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().spec();
    }

    @Test
    void overlays_mergeFieldsAndMapsKeyByKey_andReplaceListsWhole() {
        ResolvedSpec r = resolve(SPEC);
        var dev = env(r, "dev").functions().get("api");
        var prod = env(r, "prod").functions().get("api");
        assertThat(dev.memory()).isEqualTo(Size.ofMebibytes(512));
        assertThat(prod.memory()).isEqualTo(Size.ofMebibytes(1024));
        assertThat(prod.env()).containsEntry("LOG_LEVEL", "warn").containsEntry("TOKEN", "secret:db-token");
        assertThat(prod.uses()).extracting(u -> u.ref().toString()).containsExactly("table:messages");
        assertThat(dev.uses()).hasSize(3);
        assertThat(prod.environments()).isNull();
    }

    @Test
    void writtenSpec_isKeptAsWritten() {
        ResolvedSpec r = resolve(SPEC);
        assertThat(r.written().functions().get("api").timeout()).isNull();
        assertThat(r.written().functions().get("api").environments()).containsKey("prod");
    }

    @Test
    void defaults_fillEveryUnsetField_withProductionValuesInProduction() {
        ResolvedSpec r = resolve(SPEC);
        assertThat(env(r, "dev").functions().get("api").timeout().seconds()).isEqualTo(30);
        assertThat(env(r, "dev").services().get("web").replicas()).isEqualTo(1);
        assertThat(env(r, "prod").services().get("web").replicas()).isEqualTo(2);
        assertThat(env(r, "dev").tables().get("messages").deletionProtection()).isFalse();
        assertThat(env(r, "prod").tables().get("messages").deletionProtection()).isTrue();
        assertThat(env(r, "prod").monitoring().logRetention().days()).isEqualTo(90);
        assertThat(env(r, "dev").services().get("web").health().path()).isEqualTo("/health");
    }

    @Test
    void derivedDefaults_followTheNamesAndTheEnvironment() {
        ResolvedSpec r = resolve(SPEC);
        Spec dev = env(r, "dev");
        assertThat(dev.secrets().get("openai-api-key").variable()).isEqualTo("OPENAI_API_KEY_SECRET_ARN");
        assertThat(dev.secrets().get("db-token").variable()).isEqualTo("DB_TOKEN_PARAMETER");
        assertThat(dev.parameters().get("log-level").variable()).isEqualTo("LOG_LEVEL_PARAMETER");
        assertThat(dev.databases().get("main-db").name()).isEqualTo("main_db");
        assertThat(dev.region()).isEqualTo("eu-west-1");
        assertThat(env(r, "prod").region()).isEqualTo("us-east-1");
        assertThat(dev.ci().promote()).containsExactly("dev", "prod");
        assertThat(dev.buckets()).isEmpty();
    }

    @Test
    void environments_knowProductionApprovalRegionAndTags() {
        ResolvedSpec r = resolve(SPEC);
        Environment dev = r.environments().get(0).environment();
        Environment prod = r.environments().get(1).environment();
        assertThat(dev.production()).isFalse();
        assertThat(prod.production()).isTrue();
        assertThat(prod.approval()).isTrue();
        assertThat(dev.tags()).containsEntry("project", "atlas").containsEntry("tier", "low")
                .containsEntry("environment", "dev").containsEntry("managed-by", "forge").containsEntry("app", "shop");
        assertThat(r.environments().get(0).naming().base("api")).isEqualTo("shop-api-dev");
    }

    @Test
    void grants_comeFromUsesWithDefaultAccess_andFromEnvValuesReadFromTheStore() {
        ResolvedEnv dev = resolve(SPEC).environments().get(0);
        Ref api = new Ref(Kind.FUNCTION, "api");
        assertThat(dev.grantsOf(api)).extracting(g -> g.resource() + " " + g.access().spelling() + " via " + g.via())
                .containsExactly("table:messages read-write via uses", "database:main-db connect via uses",
                        "secret:db-token read via env:TOKEN", "secret:openai-api-key read via uses");
        assertThat(dev.grantsOf(new Ref(Kind.SERVICE, "web"))).singleElement()
                .satisfies(g -> assertThat(g.access()).isEqualTo(Access.INVOKE));
        assertThat(dev.grantsOn(api)).extracting(g -> g.principal().toString()).containsExactly("service:web");
    }

    @Test
    void grants_inAnEnvironment_followItsOverrides() {
        ResolvedEnv prod = resolve(SPEC).environments().get(1);
        assertThat(prod.grantsOf(new Ref(Kind.FUNCTION, "api"))).extracting(g -> g.resource() + " " + g.access().spelling())
                .containsExactly("table:messages read", "secret:db-token read");
    }

    @Test
    void connections_areDerivedFromGrants_unlessTheSpecSetsTheVariable() {
        ResolvedEnv dev = resolve(SPEC).environments().get(0);
        List<Connection> cs = Connections.of(dev, new Ref(Kind.FUNCTION, "api"));
        assertThat(cs).extracting(Connection::variable).containsExactly("MAIN_DB_DATABASE_HOST", "MAIN_DB_DATABASE_NAME",
                "MAIN_DB_DATABASE_PORT", "MAIN_DB_DATABASE_SECRET_ARN", "MESSAGES_TABLE_NAME", "OPENAI_API_KEY_SECRET_ARN");
    }
}
