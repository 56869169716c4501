package dev.forge.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.forge.testkit.Examples;
import dev.forge.testkit.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The committed JSON Schema and docs/spec.md are what the model generates, and the examples satisfy the schema. */
class SchemaAndDocsSyncTest {

    static final Path SCHEMA = Path.of("schema/forge.schema.json");
    static final Path SPEC_DOCS = Path.of("docs/spec.md");

    static List<String> examples() {
        return Examples.names();
    }

    @Test
    void committedSchema_isTheGeneratedOne() throws IOException {
        syncOrCompare(SCHEMA, SchemaGenerator.generate());
    }

    @Test
    void committedSpecReference_isTheGeneratedOne() throws IOException {
        syncOrCompare(SPEC_DOCS, SpecDocs.generate());
    }

    @Test
    void specReference_documentsEveryFieldOfEveryRecord() {
        String docs = SpecDocs.generate();
        for (Class<?> type : SpecDocs.reachable()) {
            for (var f : dev.forge.model.Introspection.fields(type)) {
                assertThat(docs).as("docs/spec.md row for %s.%s", type.getSimpleName(), f.key()).contains("| `" + f.key() + "` |");
                assertThat(f.doc()).as("@Doc of %s.%s", type.getSimpleName(), f.javaName()).isNotBlank();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_satisfiesTheSchema_andPointsEditorsAtIt(String example) throws IOException {
        String text = Files.readString(Examples.spec(example), StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElse("")).startsWith("# yaml-language-server: $schema=");

        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
        List<Error> errors = schema.validate(text, InputFormat.YAML);
        assertThat(errors).as("schema errors of %s", example).isEmpty();
    }

    @Test
    void schema_rejectsAnUnknownKey() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
        String spec = "forge: 1\napp: demo\nenvironments: { dev: {} }\nfunctions:\n  api:\n    memroy: 512\n";
        assertThat(schema.validate(spec, InputFormat.YAML)).isNotEmpty();
    }

    private static void syncOrCompare(Path file, String generated) throws IOException {
        if (Golden.updating()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("%s (regenerate with -Dforge.updateGolden=true)", file).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s is out of date: regenerate it with mvn test -Dforge.updateGolden=true", file)
                .isEqualTo(generated);
    }
}
