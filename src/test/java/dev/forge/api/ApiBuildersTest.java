package dev.forge.api;

import static dev.forge.api.Specs.app;
import static dev.forge.api.Specs.assertSameSpec;
import static dev.forge.api.Specs.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.AuthType;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import org.junit.jupiter.api.Test;

/** APIs: routes, auth, CORS, throttling and overrides. */
class ApiBuildersTest {

    @Test
    void routes_keepDeclarationOrder_andShorthandsEqualYaml() {
        Spec spec = app().function("api", f -> f.source("api"))
                .api("public", a -> a.route("POST /messages", "function:api")
                        .route("GET /health", r -> r.to(new Ref(Kind.FUNCTION, "api")).open(true))
                        .route("ANY /{proxy+}", new Ref(Kind.FUNCTION, "api")))
                .build();

        assertThat(spec.apis().get("public").routes()).containsOnlyKeys("POST /messages", "GET /health", "ANY /{proxy+}");
        assertThat(spec.apis().get("public").routes().keySet()).containsExactly("POST /messages", "GET /health",
                "ANY /{proxy+}");
        assertSameSpec(spec, yaml("""
                functions: { api: { source: api } }
                apis:
                  public:
                    routes:
                      POST /messages: function:api
                      GET /health: { to: function:api, open: true }
                      ANY /{proxy+}: function:api
                """));
    }

    @Test
    void authShorthand_equalsYamlShorthand() {
        Spec spec = app().api("admin", a -> a.type(ApiType.REST).auth(AuthType.COGNITO).route("GET /x", "service:web"))
                .build();

        assertSameSpec(spec, yaml("""
                apis:
                  admin: { type: rest, auth: cognito, routes: { GET /x: service:web } }
                """));
    }

    @Test
    void jwtAuth_cors_throttling_andOverride_appearInTheSpec() {
        Spec spec = app().api("public", a -> a.description("Public.")
                .auth(x -> x.type(AuthType.JWT).issuer("https://id.example.com").audience("web", "app").scopes("read"))
                .cors(c -> c.origins("https://app.example.com").methods("GET").headers("X-Id").credentials(true).maxAge("5m"))
                .throttling(t -> t.rate(10)).domain("api.example.com").waf(true).accessLogs(true)
                .route("GET /x", "service:web")
                .override("prod", p -> p.throttling(1000, 2000))).build();

        ApiSpec api = spec.apis().get("public");
        assertThat(api.throttling().burst()).isNull();
        assertThat(api.environments().get("prod").throttling().burst()).isEqualTo(2000);
        assertSameSpec(spec, yaml("""
                apis:
                  public:
                    description: Public.
                    auth: { type: jwt, issuer: https://id.example.com, audience: [web, app], scopes: [read] }
                    cors: { origins: [https://app.example.com], methods: [GET], headers: [X-Id], credentials: true, max-age: 5m }
                    throttling: { rate: 10 }
                    domain: api.example.com
                    waf: true
                    access-logs: true
                    routes: { GET /x: service:web }
                    environments:
                      prod: { throttling: { rate: 1000, burst: 2000 } }
                """));
    }
}
