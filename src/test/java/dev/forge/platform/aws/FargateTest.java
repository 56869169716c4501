package dev.forge.platform.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.CheckReport;
import dev.forge.check.Checker;
import dev.forge.check.Packs;
import dev.forge.model.Cpu;
import dev.forge.model.Size;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.SpecSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fargate task sizes: which CPU/memory pairs run, the smallest size that fits, and the refusal's exact words. */
class FargateTest {

    @ParameterizedTest(name = "cpu {0} with memory {1} is a Fargate size")
    @CsvSource({"0.25, 512Mi", "0.25, 2Gi", "0.5, 1Gi", "0.5, 4Gi", "1, 2Gi", "1, 8Gi", "2, 16Gi", "4, 30Gi", "8, 60Gi",
        "8, 20Gi", "16, 120Gi", "16, 40Gi"})
    void valid(String cpu, String memory) {
        assertThat(Fargate.valid(Cpu.parse(cpu), Size.parse(memory))).isTrue();
    }

    @ParameterizedTest(name = "cpu {0} with memory {1} is not")
    @CsvSource({"0.25, 256Mi", "0.25, 3Gi", "0.5, 512Mi", "1, 1Gi", "1, 9Gi", "2, 17Gi", "4, 31Gi", "8, 18Gi",
        "16, 36Gi", "0.3, 1Gi", "3, 8Gi", "32, 120Gi", "1, 2500Mi"})
    void invalid(String cpu, String memory) {
        assertThat(Fargate.valid(Cpu.parse(cpu), Size.parse(memory))).isFalse();
    }

    @ParameterizedTest(name = "cpu {0} with memory {1} fits in {2}")
    @CsvSource({"0.25, 256Mi, 'cpu: 0.25, memory: 512Mi'", "0.3, 1Gi, 'cpu: 0.5, memory: 1Gi'",
        "1, 1Gi, 'cpu: 1, memory: 2Gi'", "1, 12Gi, 'cpu: 2, memory: 12Gi'", "4, 31Gi, 'cpu: 8, memory: 32Gi'",
        "8, 18Gi, 'cpu: 8, memory: 20Gi'"})
    void fit_isTheSmallestSizeHoldingWhatWasAsked(String cpu, String memory, String expected) {
        assertThat(Fargate.fit(Cpu.parse(cpu), Size.parse(memory)).spelling()).isEqualTo(expected);
    }

    @Test
    void fit_ofMoreThanTheLargestSize_isNone() {
        assertThat(Fargate.fit(Cpu.parse("16"), Size.parse("121Gi"))).isNull();
    }

    @Test
    void memoryFor_listsEachCpusSteps() {
        assertThat(Fargate.memoryFor(256)).containsExactly(512, 1024, 2048);
        assertThat(Fargate.memoryFor(8192)).startsWith(16384, 20480).endsWith(61440).hasSize(12);
        assertThat(Fargate.memoryFor(300)).isEmpty();
    }

    @Test
    void givenAServiceWithTooLittleMemory_whenChecked_thenFORGE_ECS_001_refusesItAndNamesTheFix() {
        ResolvedSpec spec = Pipeline.resolve(SpecSource.of("forge.yaml", """
                forge: 1
                app: shop
                owner: team
                region: us-east-1
                environments:
                  dev: {}
                services:
                  web:
                    image: ghcr.io/acme/web:1.0.0
                    cpu: 1
                    memory: 1Gi
                """));

        CheckReport report = new Checker(List.of(Packs.byName("baseline").orElseThrow()), LocalDate.of(2026, 6, 1))
                .check(spec, spec.environments());

        var findings = report.findings().stream().filter(f -> f.rule().equals("FORGE-ECS-001")).toList();
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).blocking()).isTrue();
        assertThat(findings.get(0).message()).isEqualTo("service 'web' asks for cpu 1 with memory 1Gi, which is not a"
                + " Fargate task size; use `cpu: 1, memory: 2Gi`, the smallest Fargate size that holds it (Fargate sizes:"
                + " 0.25 vCPU: 512Mi, 1Gi, 2Gi; 0.5: 1-4Gi; 1: 2-8Gi; 2: 4-16Gi; 4: 8-30Gi (1Gi steps); 8: 16-60Gi (4Gi"
                + " steps); 16: 32-120Gi (8Gi steps))");
    }
}
