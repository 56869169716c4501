package dev.forge.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.diag.Diagnostic;
import dev.forge.diag.SpecException;
import dev.forge.model.Runtime;
import dev.forge.model.Spec;
import dev.forge.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Regression: secrets written into a spec built in Java are refused exactly like those written in YAML (E117). */
class SecretLiteralsInJavaTest {

    private static ForgeApp base() {
        return ForgeApp.named("demo").environment("dev");
    }

    @Test
    void credentialInAJavaBuiltSpec_isRefusedByResolve() {
        Spec spec = base().function("api", f -> f.runtime(Runtime.PYTHON3_12).handler("app.handler").source("src")
                .description("key sk-proj-abcdefghijklmnopqrstuvwxyz012345")).build();

        assertThatThrownBy(() -> Pipeline.resolve(spec, "Main.java"))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::code, Diagnostic::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("FORGE-E117",
                                "functions.api.description: the value key … (44 chars) looks like an OpenAI API key")));
    }

    @Test
    void secretNamedEnvVarWithALiteral_isRefusedByResolve() {
        Spec spec = base().function("api", f -> f.runtime(Runtime.PYTHON3_12).handler("app.handler").source("src")
                .env("STRIPE_API_KEY", "live4f9a8b7c6d")).build();

        assertThatThrownBy(() -> Pipeline.resolve(spec, "Main.java"))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::code).containsExactly("FORGE-E117"));
    }

    @Test
    void secretReferenceInEnv_isAccepted() {
        Spec spec = base().secret("stripe-api-key").function("api", f -> f.runtime(Runtime.PYTHON3_12)
                .handler("app.handler").source("src").env("STRIPE_API_KEY", "secret:stripe-api-key")).build();

        assertThat(Pipeline.resolve(spec, "Main.java").environments()).hasSize(1);
    }

    /** Issue 9: the new formats and names are refused in a Java-built spec too, masked. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"DATABASE_URL, postgres://admin:S3cret@db/app", "DB_PASS, hunter2",
        "PASSPHRASE, tr0ub4dor", "AUTH_HEADER, Basic YWRtaW46UzNjcmV0"})
    void newFormatsAndNames_areRefusedInAJavaBuiltSpec(String name, String value) {
        Spec spec = base().function("api", f -> f.runtime(Runtime.PYTHON3_12).handler("app.handler").source("src")
                .env(name, value)).build();

        assertThatThrownBy(() -> Pipeline.resolve(spec, "Main.java"))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.diagnostics()).singleElement()
                        .satisfies(d -> {
                            assertThat(d.code()).isEqualTo("FORGE-E117");
                            assertThat(d.message()).startsWith("functions.api.env." + name).doesNotContain(value);
                        }));
    }
}
