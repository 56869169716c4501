package dev.forge.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.forge.check.report.JunitReport;
import dev.forge.check.report.SarifReport;
import dev.forge.check.report.Sources;
import dev.forge.check.report.TextReport;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ReportsTest {

    static final String SPEC = CheckerTest.SPEC + """
              carts:
                key: id
                pitr: false
            policy:
              suppressions:
                - { rule: FORGE-DDB-002, resource: table:carts, reason: carts expire within the hour anyway }
            """;

    static CheckReport report() {
        ResolvedSpec s = CheckerTest.resolve(SPEC);
        Checker c = new Checker(Packs.all(), CheckerTest.TODAY);
        Artifact workflow = Artifact.text("github-actions/.github/workflows/ci.yml",
                "on: push\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n");
        return c.check(s, s.environments()).plus(c.checkArtifacts(s, s.environments(), List.of(workflow)));
    }

    @Test
    void sarif_isValidAgainstTheSarif210Schema() throws Exception {
        String sarif = SarifReport.render(report(), "0.1.0");
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
        JsonNode doc = new ObjectMapper().readTree(sarif);
        assertThat(schema.validate(doc)).isEmpty();
        JsonNode run = doc.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules")).hasSize(Packs.allRules().size());
        JsonNode suppressed = null;
        for (JsonNode r : run.get("results")) {
            assertThat(r.get("ruleId").asString()).startsWith("FORGE-");
            if (r.has("suppressions")) {
                suppressed = r;
            }
        }
        assertThat(suppressed).isNotNull();
        assertThat(suppressed.get("suppressions").get(0).get("kind").asString()).isEqualTo("inSource");
        assertThat(suppressed.get("suppressions").get(0).get("justification").asString())
                .isEqualTo("carts expire within the hour anyway");
        assertThat(suppressed.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isEqualTo(15);
    }

    @Test
    void junit_isWellFormed_withFailuresForErrors_andSkippedForSuppressions() throws Exception {
        String xml = JunitReport.render(report());
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.getDocumentElement().getTagName()).isEqualTo("testsuites");
        assertThat(d.getElementsByTagName("testsuite").getLength()).isEqualTo(3);
        assertThat(d.getElementsByTagName("failure").getLength()).isEqualTo(report().blocking().size());
        assertThat(d.getElementsByTagName("skipped").getLength()).isEqualTo(2);
    }

    @Test
    void text_quotesTheOffendingSpecLine_andListsSuppressionsForAudit() {
        String text = TextReport.render(report(), new Sources().add("forge.yaml", SPEC));
        assertThat(text).contains("Check: FORGE-DDB-002: \"Tables have point-in-time recovery on\"\n"
                + "\tERROR for resource: table:orders (environment dev)\n"
                + "\ttable 'orders' has point-in-time recovery off ('pitr: false', written at forge.yaml:12:11)\n"
                + "\tFile: forge.yaml:12:11\n"
                + "\t\t  11 |     key: id\n"
                + "\t\t  12 |     pitr: false\n"
                + "\tFix: Remove `pitr: false` (it defaults to true).\n");
        assertThat(text).contains("Suppressed (for audit):\n  FORGE-DDB-002 table:carts [dev]: \"carts expire within the"
                + " hour anyway\" (forge.yaml:18:7)");
        assertThat(text).contains("FORGE-CI-003").contains("github-actions/.github/workflows/ci.yml:6:15");
    }
}
