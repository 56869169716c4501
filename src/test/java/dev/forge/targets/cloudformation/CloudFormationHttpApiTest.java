package dev.forge.targets.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.SynthContext;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The HTTP API of the every-field spec: JWT authorizer, fail-closed routes, scopes, CORS, throttling, domain. */
class CloudFormationHttpApiTest {

    private static Stack build() {
        ResolvedSpec spec = Pipeline.resolve(Pipeline.read(Path.of("src/test/resources/coverage/every-field.yaml"), "every-field.yaml"));
        ResolvedEnv env = spec.environments().get(0);
        Stack stack = new Stack(new SynthContext(spec, spec.environments(), Optional.empty()), env, new Template("test"));
        CloudFormationTarget.PARTS.forEach(p -> p.build(stack));
        return stack;
    }

    @Test
    void givenAJwtApi_whenBuilt_thenEveryRouteIsAuthorizedUnlessTheSpecOpensItAndServiceRoutesAreLeftOutAloud() {
        Stack stack = build();
        Template t = stack.template();

        YamlMap items = t.resource("ApiPublicRouteGETItems").properties();
        YamlMap health = t.resource("ApiPublicRouteGETHealth").properties();

        assertThat(items.get("AuthorizationType")).isEqualTo("JWT");
        assertThat(items.get("AuthorizerId")).isEqualTo(Fn.ref("ApiPublicAuthorizer"));
        assertThat(items.get("AuthorizationScopes")).isEqualTo(YamlList.of("items/read"));
        assertThat(health.get("AuthorizationType")).isEqualTo("NONE");
        assertThat(health.containsKey("AuthorizerId")).isFalse();
        assertThat(t.resources().keySet()).noneMatch(id -> id.startsWith("ApiPublicRouteGETWeb"));
        assertThat(stack.notes()).anyMatch(n -> n.startsWith("Route `GET /web` of API `public` goes to service:web"));
        YamlMap jwt = (YamlMap) t.resource("ApiPublicAuthorizer").properties().get("JwtConfiguration");
        assertThat(jwt.get("Issuer")).isEqualTo("https://issuer.example.com");
    }

    @Test
    void givenTheApi_whenBuilt_thenItsStageThrottlesAndItsDomainTakesTheCertificateParameter() {
        Template t = build().template();

        YamlMap settings = (YamlMap) t.resource("ApiPublicStage").properties().get("DefaultRouteSettings");
        YamlMap domain = (YamlMap) ((YamlList) t.resource("ApiPublicDomain").properties().get("DomainNameConfigurations")).get(0);

        assertThat(settings.get("ThrottlingRateLimit")).isEqualTo(100);
        assertThat(settings.get("ThrottlingBurstLimit")).isEqualTo(200);
        assertThat(t.resource("ApiPublicStage").properties().containsKey("AccessLogSettings")).as("access-logs: false").isFalse();
        assertThat(domain.get("CertificateArn")).isEqualTo(Fn.ref("ApiPublicCertificateArn"));
        assertThat(t.parameters()).containsKey("ApiPublicCertificateArn");
    }
}
