package dev.forge.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.diag.Location;
import dev.forge.diag.SpecException;
import dev.forge.model.Access;
import dev.forge.model.AuthType;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Size;
import dev.forge.model.Spec;
import dev.forge.model.TableSpec;
import dev.forge.model.Use;
import dev.forge.spec.SpecSource;
import dev.forge.spec.YamlLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinderTest {

    private static final String HEAD = "forge: 1\napp: shop\nenvironments:\n  dev: {}\n  prod: {}\n";

    private static Bound bind(String body) {
        return Binder.bind(new YamlLoader().load(SpecSource.of("forge.yaml", HEAD + body)));
    }

    private static List<String> errors(String body) {
        try {
            bind(body);
            return List.of();
        } catch (SpecException e) {
            return e.diagnostics().stream().map(d -> d.code() + "@" + d.location().line() + ":" + d.location().column()).toList();
        }
    }

    @Test
    void shorthands_setTheirOneField() {
        Spec s = bind("""
                tables:
                  items: { key: id }
                functions:
                  api: { image: ghcr.io/acme/api:1.0 }
                apis:
                  public:
                    auth: cognito
                    routes:
                      GET /items: function:api
                ci: { github: acme/shop }
                """).spec();
        assertThat(s.tables().get("items").key().partition()).isEqualTo("id");
        assertThat(s.functions().get("api").image().ref()).isEqualTo("ghcr.io/acme/api:1.0");
        assertThat(s.apis().get("public").auth().type()).isEqualTo(AuthType.COGNITO);
        assertThat(s.apis().get("public").routes().get("GET /items").to()).isEqualTo(new Ref(Kind.FUNCTION, "api"));
        assertThat(s.ci().github().repo()).isEqualTo("acme/shop");
    }

    @Test
    void scalar_forARecordWithoutShorthand_isAWrongType() {
        assertThat(errors("apis:\n  public:\n    cors: '*'\n    routes: { GET /: function:api }\n")).containsExactly("FORGE-E102@8:11");
    }

    @Test
    void listOfOne_mayBeWrittenAsTheItemAlone() {
        Spec s = bind("""
                secrets: { key: {} }
                functions:
                  api:
                    image: ghcr.io/acme/api:1.0
                    uses: secret:key
                """).spec();
        assertThat(s.functions().get("api").uses()).containsExactly(new Use(new Ref(Kind.SECRET, "key"), null));
        Spec alerts = Binder.bind(new YamlLoader().load(SpecSource.of("forge.yaml",
                "forge: 1\napp: shop\nenvironments:\n  prod: { alerts: { email: ops@example.com } }\n"))).spec();
        assertThat(alerts.environments().get("prod").alerts().email()).containsExactly("ops@example.com");
    }

    @Test
    void listOfOne_doesNotApplyToListsOfRecords() {
        assertThat(errors("buckets:\n  assets:\n    lifecycle: expire\n")).containsExactly("FORGE-E102@8:16");
    }

    @Test
    void bound_spec_isExactlyWhatWasWritten_withoutDefaults() {
        FunctionSpec f = bind("functions:\n  api: { image: ghcr.io/acme/api:1.0, memory: 1Gi }\n").spec().functions().get("api");
        assertThat(f.memory()).isEqualTo(Size.ofMebibytes(1024));
        assertThat(f.timeout()).isNull();
        assertThat(f.tracing()).isNull();
    }

    @Test
    void overrides_bindPartially_soRequiredFieldsMayBeLeftToTheBase() {
        Bound b = bind("""
                tables:
                  items:
                    key: id
                    environments:
                      prod: { pitr: false }
                """);
        TableSpec prod = b.spec().tables().get("items").environments().get("prod");
        assertThat(prod.key()).isNull();
        assertThat(prod.pitr()).isFalse();
    }

    @Test
    void overrides_stillRefuseUnknownKeysAndBadValues() {
        assertThat(errors("""
                tables:
                  items:
                    key: id
                    environments:
                      prod: { pitr: maybe, colour: red }
                """)).containsExactly("FORGE-E102@10:21", "FORGE-E101@10:28");
    }

    @Test
    void resourceWithoutValue_isDeclaredWithNoFields() {
        Spec s = bind("secrets:\n  key:\nqueues:\n  jobs: ~\n").spec();
        assertThat(s.secrets()).containsKey("key");
        assertThat(s.secrets().get("key").store()).isNull();
        assertThat(s.queues()).containsKey("jobs");
    }

    @Test
    void resourceWithoutValue_stillNeedsItsRequiredKeys() {
        assertThat(errors("tables:\n  items:\n")).containsExactly("FORGE-E103@7:9");
    }

    @Test
    void sourceMap_pointsAtEachValue_andFallsBackToTheNearestParent() {
        Bound b = bind("functions:\n  api:\n    image: ghcr.io/acme/api:1.0\n    uses: [function:worker (invoke)]\n");
        assertThat(b.sources().at("functions.api.uses[0]")).isEqualTo(Location.of("forge.yaml", 9, 12));
        assertThat(b.sources().at("functions.api.memory")).isEqualTo(Location.of("forge.yaml", 7, 3));
        assertThat(b.sources().at("queues.nothing")).isEqualTo(Location.file("forge.yaml"));
        assertThat(b.spec().functions().get("api").uses().get(0).access()).isEqualTo(Access.INVOKE);
    }

    @Test
    void envValues_readFromTheStore_andPlainConfiguration_areNotSecrets() {
        assertThat(errors("""
                secrets: { db-password: {} }
                functions:
                  api:
                    image: ghcr.io/acme/api:1.0
                    env: { DB_PASSWORD: secret:db-password, LOG_LEVEL: debug, TOKEN_TTL: 3600, API_KEY: "${API_KEY}" }
                """)).isEmpty();
    }

    @Test
    void misspeltRequiredKey_isOnlyUnknown_notAlsoMissing() {
        assertThatThrownBy(() -> Binder.bind(new YamlLoader().load(SpecSource.of("forge.yaml", "forge: 1\nap: shop\nenvironments: { dev: {} }\n"))))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.diagnostics()).singleElement()
                        .satisfies(d -> assertThat(d.message()).isEqualTo("unknown key 'ap' (did you mean 'app'?)")));
    }

    @Test
    void errors_areSortedByLocation_acrossTheWholeSpec() {
        assertThat(errors("functions:\n  api:\n    memory: lots\n    timeout: 30\nzzz: 1\n"))
                .containsExactly("FORGE-E107@8:13", "FORGE-E106@9:14", "FORGE-E101@10:1");
    }
}
