package dev.forge.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.forge.diag.Diagnostic;
import dev.forge.diag.SpecException;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.pipeline.Pipeline;
import dev.forge.spec.SpecSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The env contract: derived names, renaming with `as`, attribute references in env:, and what is refused where. */
class EnvContractTest {

    private static final String HEAD = """
            forge: 1
            app: shop
            environments: { dev: {} }
            tables:
              orders: { key: id }
            queues:
              jobs: {}
            databases:
              main: {}
            caches:
              sessions: {}
            secrets:
              stripe-key: {}
            apis:
              public:
                type: loadbalancer
                domain: shop.example.com
                routes: { ANY /*: service:web }
            services:
              web:
                image: { build: web }
                uses:
            """;

    /** The spec with {@code uses} lines and {@code env} lines under service 'web' (uses from line 23). */
    private static String spec(List<String> uses, Map<String, String> env) {
        StringBuilder out = new StringBuilder(HEAD);
        uses.forEach(u -> out.append("      - ").append(u).append('\n'));
        if (!env.isEmpty()) {
            out.append("    env:\n");
            env.forEach((k, v) -> out.append("      ").append(k).append(": ").append(v).append('\n'));
        }
        return out.toString();
    }

    private static Map<String, EnvVar.Value> contract(String yaml, Ref principal) {
        ResolvedEnv dev = Pipeline.resolve(SpecSource.of("forge.yaml", yaml)).environments().get(0);
        Map<String, EnvVar.Value> out = new LinkedHashMap<>();
        EnvContract.of(dev, principal).forEach(v -> out.put(v.name(), v.value()));
        return out;
    }

    private static List<Diagnostic> errors(String yaml) {
        SpecException e = catchThrowableOfType(() -> Pipeline.resolve(SpecSource.of("forge.yaml", yaml)),
                SpecException.class);
        assertThat(e).as("the spec is refused").isNotNull();
        return e.diagnostics();
    }

    private static final Ref WEB = new Ref(Kind.SERVICE, "web");
    private static final Ref ORDERS = new Ref(Kind.TABLE, "orders");
    private static final Ref MAIN = new Ref(Kind.DATABASE, "main");

    @Test
    void derivedNames_forAContainer_includeTheDatabaseUserAndPassword_sortedByName() {
        Map<String, EnvVar.Value> c = contract(spec(List.of("table:orders (read-write)", "database:main",
                "cache:sessions", "queue:jobs (publish)", "secret:stripe-key"), Map.of()), WEB);

        assertThat(c.keySet()).containsExactly("ENVIRONMENT", "JOBS_QUEUE_URL", "MAIN_DATABASE_HOST",
                "MAIN_DATABASE_NAME", "MAIN_DATABASE_PASSWORD", "MAIN_DATABASE_PORT", "MAIN_DATABASE_SECRET_ARN",
                "MAIN_DATABASE_USER", "ORDERS_TABLE_NAME", "SESSIONS_CACHE_HOST", "SESSIONS_CACHE_PORT",
                "STRIPE_KEY_SECRET_ARN");
        assertThat(c.get("ORDERS_TABLE_NAME")).isEqualTo(new EnvVar.Attribute(ORDERS, Connection.Attribute.NAME, true));
        assertThat(c.get("MAIN_DATABASE_PASSWORD"))
                .isEqualTo(new EnvVar.Attribute(MAIN, Connection.Attribute.PASSWORD, true));
        assertThat(c.get("ENVIRONMENT")).isEqualTo(new EnvVar.EnvironmentName());
    }

    @Test
    void as_renamesTheVariable_andPrefixesADatabasesAndACachesVariables() {
        Map<String, EnvVar.Value> c = contract(spec(List.of("table:orders (read) as DDB_TABLE", "database:main as DB",
                "cache:sessions as REDIS", "secret:stripe-key as STRIPE_SECRET_ID"), Map.of()), WEB);

        assertThat(c.keySet()).containsExactly("DB_HOST", "DB_NAME", "DB_PASSWORD", "DB_PORT", "DB_SECRET_ARN",
                "DB_USER", "DDB_TABLE", "ENVIRONMENT", "REDIS_HOST", "REDIS_PORT", "STRIPE_SECRET_ID");
        assertThat(c.get("DDB_TABLE")).isEqualTo(new EnvVar.Attribute(ORDERS, Connection.Attribute.NAME, true));
    }

    @Test
    void envValues_areText_storeValues_orAttributeReferences_thatGrantNothing() {
        String yaml = spec(List.of("table:orders"), new LinkedHashMap<>(Map.of("SITE_URL", "api:public.url",
                "TABLE", "table:orders.name", "DB_PORT", "database:main.port", "STRIPE", "secret:stripe-key",
                "NOTE", "see table:orders.name here", "VERSION", "v1.2")));
        Map<String, EnvVar.Value> c = contract(yaml, WEB);

        assertThat(c.get("SITE_URL")).isEqualTo(new EnvVar.Attribute(new Ref(Kind.API, "public"),
                Connection.Attribute.URL, false));
        assertThat(c.get("TABLE")).isEqualTo(new EnvVar.Attribute(ORDERS, Connection.Attribute.NAME, false));
        assertThat(c.get("DB_PORT")).isEqualTo(new EnvVar.Attribute(MAIN, Connection.Attribute.PORT, false));
        assertThat(c.get("STRIPE")).isEqualTo(new EnvVar.StoreValue(new Ref(Kind.SECRET, "stripe-key")));
        assertThat(c.get("NOTE")).isEqualTo(new EnvVar.Text("see table:orders.name here"));
        assertThat(c.get("VERSION")).isEqualTo(new EnvVar.Text("v1.2"));
        ResolvedEnv dev = Pipeline.resolve(SpecSource.of("forge.yaml", yaml)).environments().get(0);
        assertThat(dev.grantsOf(WEB)).extracting(Grant::resource).doesNotContain(MAIN, new Ref(Kind.API, "public"));
    }

    @Test
    void anUnknownAttribute_isE111_atTheValue_withTheAttributesThereAre() {
        List<Diagnostic> d = errors(spec(List.of("table:orders"), Map.of("X", "database:main.password")));

        assertThat(d).hasSize(1);
        assertThat(d.get(0).code()).isEqualTo("FORGE-E111");
        assertThat(d.get(0).message()).isEqualTo("service 'web': env X 'database:main.password': a database has no"
                + " attribute 'password'; use host, name, port, secret");
        assertThat(d.get(0).location().line()).isEqualTo(25);
    }

    @Test
    void anAttributeOfAnUndeclaredResource_isE104_withASuggestion() {
        List<Diagnostic> d = errors(spec(List.of("table:orders"), Map.of("X", "table:order.name")));

        assertThat(d).extracting(Diagnostic::code).containsExactly("FORGE-E104");
        assertThat(d.get(0).message()).contains("'order'").contains("did you mean 'orders'");
    }

    @Test
    void aSecretsAttribute_pointsAtItsValueForm() {
        List<Diagnostic> d = errors(spec(List.of("table:orders"), Map.of("X", "secret:stripe-key.arn")));

        assertThat(d.get(0).message()).contains("a secret has no attribute to reference; write secret:stripe-key for"
                + " its value");
    }

    @Test
    void aBadName_afterAs_isRefusedAtTheEntry() {
        List<Diagnostic> d = errors(spec(List.of("table:orders as 9TABLE"), Map.of()));

        assertThat(d).hasSize(1);
        assertThat(d.get(0).message()).contains("'9TABLE' is not a variable name");
        assertThat(d.get(0).location().line()).isEqualTo(23);
    }

    @Test
    void twoEntriesRenamedToOneName_areE116_withTheRenameAsTheFix() {
        List<Diagnostic> d = errors(spec(List.of("table:orders as DATA", "queue:jobs as DATA"), Map.of()));

        assertThat(d).extracting(Diagnostic::code).containsExactly("FORGE-E116");
        assertThat(d.get(0).message()).contains("gets environment variable 'DATA' twice");
        assertThat(d.get(0).fix()).contains("as OTHER_NAME");
    }

    @Test
    void anEnvEntryWithADerivedName_isE116() {
        List<Diagnostic> d = errors(spec(List.of("table:orders"), Map.of("ORDERS_TABLE_NAME", "orders")));

        assertThat(d).extracting(Diagnostic::code).containsExactly("FORGE-E116");
    }
}
