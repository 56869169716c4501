package dev.forge.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.check.CheckReport;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.SpecSource;
import dev.forge.synth.Artifact;
import dev.forge.synth.Target;
import dev.forge.testkit.Examples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Work split over threads gives what one thread gives, in the same order, with the same first error. */
class ParallelTest {

    @Test
    void resultsKeepTheItemsOrder_andUseMoreThanOneThreadWhereThereAreCores() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        List<Integer> out = Parallel.map(items, i -> {
            threads.add(Thread.currentThread().getName());
            busy(20_000);
            return i * 2;
        });
        assertThat(out).isEqualTo(items.stream().map(i -> i * 2).toList());
        if (Parallel.THREADS > 1) {
            // Two items that can only finish together: they must be on two threads at once (however late the
            // second thread starts on a loaded machine), or the barrier breaks after 20 s.
            java.util.concurrent.CyclicBarrier both = new java.util.concurrent.CyclicBarrier(2);
            List<String> names = Parallel.map(List.of(0, 1), i -> {
                try {
                    both.await(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError("items 0 and 1 never ran at the same time", e);
                }
                return Thread.currentThread().getName();
            });
            assertThat(names.get(0)).isNotEqualTo(names.get(1));
        }
        assertThat(Parallel.sequentially(() -> {
            Set<String> one = ConcurrentHashMap.newKeySet();
            Parallel.map(items, i -> one.add(Thread.currentThread().getName()));
            return one;
        })).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void weightedWork_startsWithTheHeaviest_andStillAnswersInTheItemsOrder() {
        List<Integer> items = IntStream.range(0, 30).boxed().toList();
        List<Integer> started = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Integer> out = Parallel.sequentially(() -> Parallel.map(items, i -> {
            started.add(i);
            return -i;
        }, i -> i % 7));
        assertThat(out).isEqualTo(items.stream().map(i -> -i).toList());
        assertThat(started.subList(0, 4)).containsExactly(6, 13, 20, 27); // weight 6 first, ties in the items' order
        List<Integer> parallel = Parallel.map(items, i -> -i, i -> i % 7);
        assertThat(parallel).isEqualTo(out);
    }

    @Test
    void theFirstFailureInTheItemsOrderIsRethrown_afterEveryCallHasEnded() {
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        for (int round = 0; round < 20; round++) {
            ran.clear();
            assertThatThrownBy(() -> Parallel.map(IntStream.range(0, 40).boxed().toList(), i -> {
                busy((40 - i) * 2_000); // the later ones finish first
                ran.add(i);
                if (i == 7 || i == 30) {
                    throw new IllegalStateException("item " + i);
                }
                if (i == 20) {
                    throw new StackOverflowError("item 20");
                }
                return i;
            })).isInstanceOf(IllegalStateException.class).hasMessage("item 7");
            assertThat(ran).hasSize(40);
        }
    }

    @Test
    void nestedCallsFinish_evenWhenEveryPoolThreadWaitsOnOne() {
        List<Integer> outer = IntStream.range(0, 16).boxed().toList();
        List<Integer> sums = Parallel.map(outer, i -> Parallel.map(IntStream.range(0, 50).boxed().toList(), j -> {
            busy(1_000);
            return j;
        }).stream().mapToInt(Integer::intValue).sum() + i);
        assertThat(sums).isEqualTo(outer.stream().map(i -> 1225 + i).toList());
    }

    /** The examples' and a large generated spec's files and reports are the same bytes on one thread and on all. */
    @Test
    void synthAndChecks_areTheSameBytesOnOneThreadAndOnAll() throws Exception {
        List<SpecSource> specs = new ArrayList<>();
        for (String name : Examples.names()) {
            specs.add(Pipeline.read(Examples.spec(name), name + "/forge.yaml"));
        }
        StringBuilder big = new StringBuilder("forge: 1\napp: big\nowner: team\nenvironments: { dev: {}, staging: {}, prod: {} }\n"
                + "functions:\n");
        for (int i = 0; i < 60; i++) {
            big.append("  f").append(i).append(": { runtime: python3.12, handler: app.handler, source: src, uses: [\"table:t")
                    .append(i).append(" (read-write)\", \"bucket:b").append(i).append(" (read)\"] }\n");
        }
        big.append("tables:\n");
        for (int i = 0; i < 60; i++) {
            big.append("  t").append(i).append(": { key: { partition: pk } }\n");
        }
        big.append("buckets:\n");
        for (int i = 0; i < 60; i++) {
            big.append("  b").append(i).append(": {}\n");
        }
        specs.add(SpecSource.of("big.yaml", big.toString()));
        for (SpecSource source : specs) {
            Outcome all = outcome(source);
            Outcome one = Parallel.sequentially(() -> outcome(source));
            assertThat(all.paths()).as(source.name()).isEqualTo(one.paths());
            for (int i = 0; i < all.artifacts().size(); i++) {
                assertThat(all.artifacts().get(i).bytes()).as(all.artifacts().get(i).path()).isEqualTo(one.artifacts().get(i).bytes());
            }
            assertThat(all.report()).as(source.name()).isEqualTo(one.report());
        }
    }

    private record Outcome(List<Artifact> artifacts, List<String> paths, String report) {
    }

    private static Outcome outcome(SpecSource source) {
        ResolvedSpec spec = Pipeline.resolve(source);
        List<ResolvedEnv> envs = spec.environments();
        List<Target> targets = Pipeline.targets(List.of(), spec);
        LocalDate day = LocalDate.of(2026, 11, 30);
        List<Artifact> artifacts = Pipeline.synth(spec, targets, envs);
        CheckReport report = Pipeline.check(spec, envs, List.of(), day, targets)
                .plus(Pipeline.checkArtifacts(spec, envs, List.of(), artifacts, day, targets));
        String text = report.findings().toString() + report.passed() + report.notApplicable();
        return new Outcome(artifacts, artifacts.stream().map(Artifact::path).toList(), text);
    }

    private static void busy(int n) {
        double x = 0;
        for (int i = 0; i < n; i++) {
            x += Math.sqrt(i);
        }
        if (x < 0) {
            throw new AssertionError();
        }
    }
}
