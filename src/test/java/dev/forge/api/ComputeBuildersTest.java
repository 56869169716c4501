package dev.forge.api;

import static dev.forge.api.Specs.app;
import static dev.forge.api.Specs.assertSameSpec;
import static dev.forge.api.Specs.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.model.Access;
import dev.forge.model.Cpu;
import dev.forge.model.Duration;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Runtime;
import dev.forge.model.Size;
import dev.forge.model.Spec;
import dev.forge.model.Use;
import org.junit.jupiter.api.Test;

/** Functions and services: fields, shorthands, typed overloads and per-environment overrides. */
class ComputeBuildersTest {

    @Test
    void function_withProdOverride_carriesOnlyTheOverriddenFieldInTheOverride() {
        Spec spec = app().function("agent", f -> f.source("agent").runtime(Runtime.PYTHON3_12).handler("h.handler")
                .memory("512").override("prod", p -> p.memory("1024"))).build();

        FunctionSpec agent = spec.functions().get("agent");
        assertThat(agent.memory()).isEqualTo(Size.ofMebibytes(512));
        assertThat(agent.environments().get("prod")).isEqualTo(new FunctionSpec(null, null, null, null, null,
                Size.ofMebibytes(1024), null, null, null, null, null, null, null, null, null, null, null, null));
        assertSameSpec(spec, yaml("""
                functions:
                  agent:
                    source: agent
                    runtime: python3.12
                    handler: h.handler
                    memory: 512
                    environments:
                      prod: { memory: 1024 }
                """));
    }

    @Test
    void function_typedOverloads_equalTheTextOnes() {
        Spec typed = app().function("f", f -> f.memory(Size.ofMebibytes(256)).timeout(Duration.ofSeconds(90))
                .uses(new Use(new Ref(Kind.TABLE, "orders"), Access.READ_WRITE), new Use(new Ref(Kind.SECRET, "key"), null)))
                .build();
        Spec text = app().function("f", f -> f.memory("256Mi").timeout("90s")
                .uses("table:orders (read-write)", "secret:key")).build();

        assertThat(typed).isEqualTo(text);
        assertThat(text.functions().get("f").timeout().seconds()).isEqualTo(90);
    }

    @Test
    void function_envAndUses_appearInOrder() {
        Spec spec = app().function("f", f -> f.source("f").env("B", "2").env("A", "secret:key")
                .uses("queue:jobs (publish)").uses("model:claude")).build();

        FunctionSpec f = spec.functions().get("f");
        assertThat(f.env()).containsExactly(java.util.Map.entry("B", "2"), java.util.Map.entry("A", "secret:key"));
        assertThat(f.uses()).extracting(Use::toString).containsExactly("queue:jobs (publish)", "model:claude (invoke)");
    }

    @Test
    void service_shorthands_equalTheYamlShorthands() {
        Spec spec = app().service("web", s -> s.image("ghcr.io/acme/web:1.4.2").health("/healthz").autoscaling(2, 6)
                .cpu("500m").memory("1Gi").port(3000).command("node", "server.js")
                .override("prod", p -> p.cpu(Cpu.parse("1")))).build();

        assertThat(spec.services().get("web").cpu().millicores()).isEqualTo(500);
        assertSameSpec(spec, yaml("""
                services:
                  web:
                    image: ghcr.io/acme/web:1.4.2
                    health: /healthz
                    autoscaling: { min: 2, max: 6 }
                    cpu: 500m
                    memory: 1Gi
                    port: 3000
                    command: [node, server.js]
                    environments:
                      prod: { cpu: 1 }
                """));
    }

    @Test
    void service_imageBuild_andHealthDetails_appearInTheSpec() {
        Spec spec = app().service("api", s -> s.imageBuild("services/api")
                .image(i -> i.dockerfile("Dockerfile.prod").arg("VERSION", "1"))
                .health(h -> h.path("/ready").interval("10s").timeout(Duration.parse("2s")).initialDelay("0s"))
                .replicas(3)).build();

        assertSameSpec(spec, yaml("""
                services:
                  api:
                    image: { build: services/api, dockerfile: Dockerfile.prod, args: { VERSION: "1" } }
                    health: { path: /ready, interval: 10s, timeout: 2s, initial-delay: 0s }
                    replicas: 3
                """));
    }
}
