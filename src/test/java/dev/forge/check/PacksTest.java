package dev.forge.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins each pack's full list of rule IDs: adding, removing or renumbering a rule is a deliberate change here. */
class PacksTest {

    static final List<String> BASELINE = List.of(
            "FORGE-DDB-001", "FORGE-DDB-002", "FORGE-DDB-003", "FORGE-DDB-004", "FORGE-DDB-005",
            "FORGE-S3-001", "FORGE-S3-002", "FORGE-S3-003", "FORGE-S3-004", "FORGE-S3-005", "FORGE-S3-008",
            "FORGE-SQS-001", "FORGE-SQS-003",
            "FORGE-RDS-001", "FORGE-RDS-002", "FORGE-RDS-003", "FORGE-RDS-004", "FORGE-RDS-005", "FORGE-RDS-006",
            "FORGE-EC-001", "FORGE-EC-002", "FORGE-EC-003", "FORGE-EC-004",
            "FORGE-FN-001", "FORGE-FN-005", "FORGE-FN-002", "FORGE-FN-003", "FORGE-FN-004", "FORGE-FN-006",
            "FORGE-FN-007", "FORGE-FN-008", "FORGE-FN-009",
            "FORGE-API-001", "FORGE-API-002", "FORGE-API-003", "FORGE-API-004", "FORGE-API-005",
            "FORGE-LOG-001", "FORGE-LOG-002", "FORGE-MON-001",
            "FORGE-TAG-001",
            "FORGE-IAM-001", "FORGE-IAM-002",
            "FORGE-SEC-001", "FORGE-SEC-002",
            "FORGE-CI-001", "FORGE-CI-002", "FORGE-CI-003", "FORGE-CI-004", "FORGE-CI-005",
            "FORGE-CTR-001", "FORGE-CTR-002", "FORGE-DKR-001", "FORGE-DKR-002", "FORGE-DKR-003",
            "FORGE-CMP-001", "FORGE-CMP-002", "FORGE-CMP-003",
            "FORGE-K8S-001", "FORGE-K8S-002", "FORGE-K8S-003", "FORGE-K8S-004", "FORGE-K8S-005",
            "FORGE-K8S-006", "FORGE-K8S-007", "FORGE-K8S-008", "FORGE-K8S-009", "FORGE-K8S-010",
            "FORGE-ECS-001", "FORGE-ECS-002");

    static final List<String> STRICT_ONLY = List.of("FORGE-S3-007", "FORGE-SQS-002", "FORGE-LOG-003", "FORGE-TAG-002");

    @Test
    void baseline_hasExactlyTheseRules_inOrder() {
        assertThat(Packs.byName("baseline").orElseThrow().ids()).containsExactlyElementsOf(BASELINE);
        assertThat(BASELINE).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void strict_isBaselinePlusFour() {
        List<String> strict = new java.util.ArrayList<>(BASELINE);
        strict.addAll(STRICT_ONLY);
        assertThat(Packs.byName("strict").orElseThrow().ids()).containsExactlyElementsOf(strict);
    }

    @Test
    void ids_areUnique_wellFormed_andNeverRetired() {
        List<String> all = Packs.allRules().stream().map(Rule::id).toList();
        assertThat(all).doesNotHaveDuplicates().allMatch(id -> id.matches("FORGE-[A-Z0-9]+-\\d{3}"));
        assertThat(all).noneMatch(Packs.RETIRED::contains);
    }

    @Test
    void everyRule_explainsItself() {
        for (Rule r : Packs.allRules()) {
            assertThat(r.info().title()).as(r.id()).isNotBlank().doesNotEndWith(".");
            assertThat(r.info().explanation()).as(r.id()).hasSizeGreaterThan(40);
            assertThat(r.info().fix()).as(r.id()).isNotBlank();
        }
    }

    @Test
    void strict_raisesProductionWarningsToErrors() {
        Pack strict = Packs.byName("strict").orElseThrow();
        Levels replica = strict.entries().stream().filter(e -> e.rule().id().equals("FORGE-DDB-005")).findFirst()
                .orElseThrow().levels();
        assertThat(replica.describe()).isEqualTo("error in production, info elsewhere");
    }
}
