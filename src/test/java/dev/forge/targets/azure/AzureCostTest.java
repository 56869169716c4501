package dev.forge.targets.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.SynthContext;
import org.junit.jupiter.api.Test;

/** The target's cost on the largest example, in process: the first run, then the best of many (docs/targets/azure.md). */
class AzureCostTest {

    @Test
    void theLargestExample_synthesizesWellUnderASecondWarm() {
        ResolvedSpec spec = dev.forge.testkit.Examples.resolve("ai-validation-platform");
        SynthContext ctx = new SynthContext(spec, spec.environments());
        AzureTarget target = new AzureTarget();
        long t0 = System.nanoTime();
        int files = target.synth(ctx).size();
        long first = System.nanoTime() - t0;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 200; i++) {
            long s = System.nanoTime();
            target.synth(ctx);
            best = Math.min(best, System.nanoTime() - s);
        }
        System.out.printf("AZURE-COST first=%.1f ms best-of-200=%.2f ms files=%d%n", first / 1e6, best / 1e6, files);
        assertThat(best).isLessThan(1_000_000_000L);
    }
}
