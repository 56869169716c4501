package dev.forge.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.diag.Severity;
import dev.forge.diag.SpecException;
import dev.forge.model.TableSpec;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.SpecSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static final String SPEC = """
            forge: 1
            app: shop
            owner: shop-team
            environments:
              dev: {}
              prod:
                alerts:
                  email: ops@example.com
            tables:
              orders:
                key: id
                pitr: false
            """;

    static ResolvedSpec resolve(String text) {
        return Pipeline.resolve(SpecSource.of("forge.yaml", text));
    }

    static CheckReport baseline(String text) {
        ResolvedSpec s = resolve(text);
        return new Checker(List.of(Packs.byName("baseline").orElseThrow()), TODAY).check(s, s.environments());
    }

    @Test
    void table_withoutPitr_isFlaggedByRule_DDB002_inEveryEnvironment_atTheLine() {
        CheckReport r = baseline(SPEC);
        assertThat(r.blocking()).extracting(f -> f.rule() + " " + f.environment() + " " + f.location())
                .containsExactly("FORGE-DDB-002 dev forge.yaml:12:11", "FORGE-DDB-002 prod forge.yaml:12:11");
    }

    @Test
    void severity_dependsOnTheEnvironment() {
        CheckReport r = baseline(SPEC.replace("    pitr: false\n", ""));
        assertThat(r.findings()).filteredOn(f -> f.rule().equals("FORGE-DDB-005"))
                .extracting(f -> f.environment() + " " + f.severity())
                .containsExactlyInAnyOrder("dev INFO", "prod WARNING");
    }

    @Test
    void suppression_withReason_suppressesAndTravelsIntoTheReport() {
        CheckReport r = baseline(SPEC + """
                policy:
                  suppressions:
                    - rule: FORGE-DDB-002
                      resource: table:orders
                      reason: rebuilt nightly from the event log; nothing to recover
                """);
        assertThat(r.hasBlocking()).isFalse();
        assertThat(r.suppressed()).extracting(f -> f.suppression().reason() + " @" + f.suppression().at())
                .containsOnly("rebuilt nightly from the event log; nothing to recover @forge.yaml:15:7");
    }

    @Test
    void suppression_ofAnotherResource_doesNotApply() {
        String spec = SPEC + """
                  carts:
                    key: id
                policy:
                  suppressions:
                    - { rule: FORGE-DDB-002, resource: table:carts, reason: carts expire within the hour anyway }
                """;
        assertThat(baseline(spec).blocking()).extracting(Finding::resource).containsOnly("table:orders");
    }

    @Test
    void expiredSuppression_stopsSuppressing_andSaysSo() {
        CheckReport r = baseline(SPEC + """
                policy:
                  suppressions:
                    - { rule: FORGE-DDB-002, reason: rebuilt nightly from the event log, expires: 2026-05-31 }
                """);
        assertThat(r.blocking()).hasSize(2).allSatisfy(f -> assertThat(f.note())
                .isEqualTo("the suppression at forge.yaml:15:7 expired on 2026-05-31 and no longer applies"));
    }

    @Test
    void suppression_withPlaceholderReason_isErrorE122() {
        for (String reason : List.of("todo", "\"\"", "TBD", "fix later", "ok")) {
            String spec = SPEC + "policy:\n  suppressions:\n    - { rule: FORGE-DDB-002, reason: " + reason + " }\n";
            assertThatThrownBy(() -> baseline(spec)).as(reason).isInstanceOf(SpecException.class)
                    .satisfies(e -> assertThat(((SpecException) e).diagnostics()).extracting(d -> d.code())
                            .containsExactly("FORGE-E122"));
        }
    }

    @Test
    void suppression_ofUnknownRule_isErrorE122_withSuggestion() {
        String spec = SPEC + "policy:\n  suppressions:\n    - { rule: FORGE-DDB-020, reason: rebuilt nightly from events }\n";
        assertThatThrownBy(() -> baseline(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("FORGE-E122 suppression names unknown rule 'FORGE-DDB-020' (did you mean");
    }

    @Test
    void throwingRule_becomesAFindingNamingTheRule_notACrash() {
        ResourceRule<TableSpec> broken = new ResourceRule<>() {
            @Override
            public RuleInfo info() {
                return new RuleInfo("FORGE-TEST-001", Levels.always(Severity.WARNING), "Broken", "Throws.", "None.", List.of());
            }

            @Override
            public Class<TableSpec> type() {
                return TableSpec.class;
            }

            @Override
            public Result check(Subject<TableSpec> t) {
                throw new IllegalStateException("boom");
            }
        };
        ResolvedSpec s = resolve(SPEC.replace("    pitr: false\n", ""));
        CheckReport r = new Checker(List.of(new Pack.Builder().add(broken).build("test", "")), TODAY).check(s, s.environments());
        assertThat(r.findings()).extracting(f -> f.rule() + " " + f.severity() + " " + f.location() + " " + f.message())
                .containsOnly("FORGE-TEST-001 ERROR forge.yaml:10:3 rule FORGE-TEST-001 failed on table:orders and could"
                        + " not check it: java.lang.IllegalStateException: boom");
    }

    @Test
    void override_isLocatedAtTheOverride() {
        CheckReport r = baseline(SPEC.replace("    pitr: false\n", "    environments:\n      prod:\n        pitr: false\n"));
        assertThat(r.blocking()).extracting(f -> f.environment() + " " + f.location()).containsExactly("prod forge.yaml:14:15");
    }
}
