package dev.forge.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.bind.Bound;
import dev.forge.bind.SourceMap;
import dev.forge.model.ApiType;
import dev.forge.model.Architecture;
import dev.forge.model.AuthType;
import dev.forge.model.Runtime;
import dev.forge.model.SecretStore;
import dev.forge.model.Spec;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.resolve.Resolver;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** examples/trip-assistant/forge.yaml, written in Java, is the same spec and resolves the same. */
class TripAssistantInJavaTest {

    static Spec tripAssistant() {
        return ForgeApp.named("trip-assistant")
                .description("Travel-planning assistant; a LangGraph agent behind a FastAPI API.")
                .owner("trip-assistant-team")
                .region("us-east-2")
                .environment("dev")
                .environment("prod", e -> e.alerts("ops@example.com"))
                .secret("openai-api-key", s -> s
                        .description("OpenAI API key used by the agent; set with `aws ssm put-parameter` or terraform's"
                                + " openai_api_key variable.")
                        .store(SecretStore.SSM)
                        .variable("SSM_PARAMETER_NAME"))
                .function("agent", f -> f
                        .description("LangGraph agent (awslambdaric entry point); reads the OpenAI key lazily from SSM.")
                        .runtime(Runtime.PYTHON3_12)
                        .handler("handler.handler")
                        .imageBuild("agent/")
                        .architecture(Architecture.ARM64)
                        .memory("512Mi")
                        .timeout("30s")
                        .uses("secret:openai-api-key"))
                .function("api", f -> f
                        .description("FastAPI app behind Mangum; invokes the agent.")
                        .runtime(Runtime.PYTHON3_12)
                        .handler("app.handler.handler")
                        .imageBuild("api/")
                        .architecture(Architecture.ARM64)
                        .memory("512Mi")
                        .timeout("30s")
                        .uses("function:agent as AGENT_LAMBDA_FUNCTION_NAME"))
                .api("public", a -> a
                        .type(ApiType.HTTP)
                        .description("Public HTTP API; FastAPI routes inside the API function.")
                        .auth(x -> x.type(AuthType.NONE)
                                .reason("Public chat endpoint of a demo assistant; abuse is limited by throttling."))
                        .cors("*")
                        .throttling(20, 40)
                        .route("POST /api/messages", "function:api")
                        .route("GET /api/health", r -> r.to("function:api").open(true))
                        .override("prod", p -> p.cors("https://trip.example.com")))
                .monitoring(m -> m.logRetention("7d").override("prod", p -> p.logRetention("30d")))
                .ci(c -> c.github("example-org/trip-assistant").promote("dev", "prod"))
                .build();
    }

    @Test
    void tripAssistant_builtInJava_equalsTheExampleBoundFromYaml() {
        Spec bound = Specs.bindFile(Path.of("examples/trip-assistant/forge.yaml"));

        Specs.assertSameSpec(tripAssistant(), bound);
    }

    @Test
    void tripAssistant_builtInJava_resolvesToTheSameEnvironments() {
        Spec bound = Specs.bindFile(Path.of("examples/trip-assistant/forge.yaml"));

        ResolvedSpec fromJava = Resolver.resolve(new Bound(tripAssistant(), new SourceMap("x")));
        ResolvedSpec fromYaml = Resolver.resolve(new Bound(bound, new SourceMap("x")));

        assertThat(fromJava.environments()).extracting(e -> e.name()).containsExactly("dev", "prod");
        assertThat(fromJava.environments()).isEqualTo(fromYaml.environments());
        assertThat(fromJava.environments().get(1).spec().apis().get("public").cors().origins())
                .containsExactly("https://trip.example.com");
    }
}
