package dev.forge.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.pipeline.Pipeline;
import dev.forge.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spec's fields by path, read from the model records: what targets declare and synth reports against. */
class FieldPathsTest {

    @Test
    void all_namesMapKeysWithAStar_listItemsWithBrackets_andFoldsOverridesAway() {
        assertThat(FieldPaths.all()).contains("app", "functions.*.memory", "apis.*.routes.*.to", "apis.*.auth.scopes",
                "buckets.*.lifecycle[].transition.storage-class", "environments.*.region")
                .noneMatch(p -> p.contains("environments.*.") && !p.startsWith("environments."))
                .doesNotHaveDuplicates();
    }

    @Test
    void written_givesEveryFieldSet_withItsConcretePath_overridesUnderTheirField() {
        var spec = Pipeline.resolve(SpecSource.of("forge.yaml", String.join("\n",
                "forge: 1", "app: demo", "environments: { dev: {}, prod: {} }",
                "functions:", "  api:", "    source: src", "    runtime: python3.12", "    handler: app.handler",
                "    environments: { prod: { memory: 1024 } }",
                "apis:", "  public:", "    auth: { type: none, reason: a public demo api }",
                "    routes: { GET /items: function:api }", ""))).written();
        List<String> written = FieldPaths.written(spec).stream().map(w -> w.pattern() + " @ " + w.path()).toList();
        assertThat(written).contains("functions.*.memory @ functions.api.environments.prod.memory",
                "apis.*.routes.*.to @ apis.public.routes[\"GET /items\"].to", "apis.*.auth.type @ apis.public.auth.type")
                .doesNotContain("functions.*.timeout @ functions.api.timeout");
    }

    @Test
    void isDefault_onlyWhenTheValueIsTheDefaultInEveryEnvironment() {
        var spec = Pipeline.resolve(SpecSource.of("forge.yaml", String.join("\n",
                "forge: 1", "app: demo", "environments: { dev: {} }",
                "apis:", "  public:", "    waf: false", "    access-logs: true",
                "    auth: { type: none, reason: a public demo api }",
                "    routes: { GET /items: function:api }",
                "functions:", "  api: { source: src, runtime: python3.12, handler: app.handler }", ""))).written();
        var byPattern = FieldPaths.written(spec);
        assertThat(byPattern).filteredOn(w -> w.pattern().equals("apis.*.access-logs")).allMatch(FieldPaths::isDefault);
        assertThat(byPattern).filteredOn(w -> w.pattern().equals("apis.*.waf")).as("false is not prod's default")
                .noneMatch(FieldPaths::isDefault);
    }
}
