package dev.forge.api;

import static dev.forge.api.Specs.app;
import static dev.forge.api.Specs.assertSameSpec;
import static dev.forge.api.Specs.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.model.BadValueException;
import dev.forge.model.Spec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every builder does: unset stays null, lists append, names edit, build checks like the binder. */
class SpecBuilderBehaviourTest {

    @Test
    void unsetFields_stayNull_soTheSmallestSpecEqualsItsYaml() {
        Spec spec = ForgeApp.named("demo").environment("dev").build();

        assertThat(spec.region()).isNull();
        assertThat(spec.functions()).isNull();
        assertThat(spec.monitoring()).isNull();
        assertSameSpec(spec, Specs.bind("t.yaml", "forge: 1\napp: demo\nenvironments: { dev: {} }\n"));
    }

    @Test
    void null_unsetsAField() {
        Spec spec = app().description("x").description(null)
                .function("f", f -> f.memory("512").memory((String) null).uses("secret:k").uses((String[]) null))
                .build();

        assertThat(spec.description()).isNull();
        assertThat(spec.functions().get("f").memory()).isNull();
        assertThat(spec.functions().get("f").uses()).isNull();
    }

    @Test
    void listSetters_append_andNoItemsGivesAnEmptyList() {
        Spec spec = app().service("web", s -> s.image("nginx:1").command()
                .uses("secret:a").uses("secret:b")).build();

        assertThat(spec.services().get("web").uses()).hasSize(2);
        assertSameSpec(spec, yaml("""
                services: { web: { image: "nginx:1", command: [], uses: [secret:a, secret:b] } }
                """));
    }

    @Test
    void declaringAResourceAgain_editsTheSameResource() {
        Spec spec = app().function("f", f -> f.source("f")).function("f", f -> f.memory("1024")).build();

        assertThat(spec.functions()).hasSize(1);
        assertThat(spec.functions().get("f").source()).isEqualTo("f");
        assertThat(spec.functions().get("f").memory().mebibytes()).isEqualTo(1024);
    }

    @Test
    void builtCollections_areUnmodifiable_andTheBuilderCanBeReusedWithoutChangingThem() {
        ForgeApp builder = app().function("f", f -> f.uses("secret:a"));
        Spec first = builder.build();

        builder.function("f", f -> f.uses("secret:b")).function("g", g -> g.source("g"));
        Spec second = builder.build();

        assertThat(first.functions()).containsOnlyKeys("f");
        assertThat(first.functions().get("f").uses()).hasSize(1);
        assertThat(second.functions().get("f").uses()).hasSize(2);
        assertThatThrownBy(() -> first.functions().put("h", null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> first.functions().get("f").uses().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void build_reportsEveryMissingRequiredField_withItsPath() {
        ForgeApp builder = ForgeApp.named("demo")
                .service("web", s -> s.port(80))
                .table("t", t -> t.pitr(true))
                .api("a", a -> a.route("GET /x", r -> r.open(true)))
                .ci(c -> c.promote("dev"));

        assertThatThrownBy(builder::build).isInstanceOf(InvalidSpecException.class)
                .satisfies(e -> assertThat(((InvalidSpecException) e).problems()).containsExactly(
                        "missing required key 'environments'",
                        "services.web: missing required key 'image'",
                        "apis.a.routes[\"GET /x\"]: missing required key 'to'",
                        "tables.t: missing required key 'key'",
                        "ci: missing required key 'github'"))
                .hasMessageStartingWith("invalid spec:\n  missing required key 'environments'\n");
    }

    @Test
    void build_checksFormatsRangesAndNames_asTheBinderDoes() {
        ForgeApp builder = ForgeApp.named("Bad_App").environment("Prod")
                .function("f", f -> f.memory("64Mi").override("staging", p -> p.timeout("20m")));

        assertThatThrownBy(builder::build).isInstanceOf(InvalidSpecException.class)
                .satisfies(e -> assertThat(((InvalidSpecException) e).problems()).containsExactly(
                        "app: 'Bad_App' is not 1-30 lowercase letters, digits and single hyphens, starting with a letter",
                        "environments: bad name 'Prod'; use 1-40 lowercase letters, digits and single hyphens, starting"
                                + " with a letter (e.g. 'messages')",
                        "functions.f.memory: '64Mi' is out of range (128Mi to 10240Mi)",
                        "functions.f.environments.staging.timeout: '20m' is out of range (1s to 900s)"));
    }

    @Test
    void overridesInsideAnOverride_areRefused() {
        ForgeApp builder = app().function("f", f -> f.source("f")
                .override("prod", p -> p.override("dev", d -> d.memory("256"))));

        assertThatThrownBy(builder::build).isInstanceOf(InvalidSpecException.class)
                .hasMessage("invalid spec:\n  functions.f.environments.prod: 'environments' cannot be nested in an"
                        + " environment override");
    }

    @Test
    void badTextValues_failAtTheSetter_namingTheField() {
        assertThatThrownBy(() -> app().function("f", f -> f.memory("512MB")))
                .isInstanceOf(BadValueException.class)
                .hasMessage("memory: '512MB' is not a size. Use a binary unit: '512Mi'.");
        assertThatThrownBy(() -> app().function("f", f -> f.timeout("30")))
                .isInstanceOf(BadValueException.class)
                .hasMessage("timeout: '30' is not a duration. Add a unit: '30s' for seconds, '30m' for minutes.");
        assertThatThrownBy(() -> app().function("f", f -> f.uses("queue:jobs (read)")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("uses: 'read' is not an access level of a queue; use publish, consume");
    }

    @Test
    void nullItemsAndNames_areRefused_withTheField() {
        List<String> withNull = new ArrayList<>();
        withNull.add(null);

        assertThatThrownBy(() -> app().function("f", f -> f.uses(withNull.toArray(String[]::new))))
                .isInstanceOf(NullPointerException.class).hasMessage("uses: a list item is null");
        assertThatThrownBy(() -> app().function("f", f -> f.env("A", null)))
                .isInstanceOf(NullPointerException.class).hasMessage("env.A: the value is null");
        assertThatThrownBy(() -> app().function(null, f -> f.source("f")))
                .isInstanceOf(NullPointerException.class).hasMessage("functions: a name is null");
    }
}
