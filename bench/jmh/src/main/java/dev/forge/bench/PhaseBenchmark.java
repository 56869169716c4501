package dev.forge.bench;

import dev.forge.bind.Binder;
import dev.forge.bind.Bound;
import dev.forge.check.CheckReport;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.resolve.Resolver;
import dev.forge.resolve.TargetNames;
import dev.forge.spec.MapNode;
import dev.forge.spec.SpecSource;
import dev.forge.spec.YamlLoader;
import dev.forge.synth.Artifact;
import dev.forge.synth.Target;
import dev.forge.targets.BuiltinTargets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One benchmark per pipeline phase of {@code forge synth --target terraform-aws} over the generated spec of
 * {@link SyntheticSpec} (N services, 200 by default): each measures only its phase, from the output of the
 * previous phase prepared once per trial. {@link #endToEnd} runs every phase in a row, as the CLI does, without
 * writing. Nothing here writes the output: synth renders into memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PhaseBenchmark {

    /** Number of services (function + table + bucket + route each). */
    @Param({"200"})
    public int n;

    private Path dir;
    private Path specDir;
    private Path outDir;
    private SpecSource source;
    private MapNode tree;
    private Bound bound;
    private List<TargetNames> reserved;
    private ResolvedSpec resolved;
    private List<ResolvedEnv> envs;
    private List<Target> targets;
    private LocalDate today;
    private List<Artifact> artifacts;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("forge-jmh-");
        Path file = SyntheticSpec.writeTo(dir, n);
        specDir = file.getParent();
        outDir = dir.resolve("out");   // only for the paths from the output back to the sources; never written
        source = Pipeline.read(file, file.toString());

        tree = new YamlLoader().load(source);
        Binder.Partial partial = Binder.bindPartial(tree);
        if (!partial.errors().isEmpty()) {
            throw new IllegalStateException("the generated spec does not bind: " + partial.errors());
        }
        bound = partial.bound();
        reserved = BuiltinTargets.all().stream().flatMap(t -> t.reservedNames().stream()).toList();
        resolved = Resolver.resolve(bound, reserved);
        Pipeline.checkFiles(resolved, specDir);
        envs = Pipeline.environments(resolved, List.of());
        targets = Pipeline.targets(List.of("terraform-aws"), resolved);
        today = LocalDate.now(ZoneOffset.UTC);
        artifacts = Pipeline.synth(resolved, targets, envs, specDir, outDir);
        if (envs.size() != 3 || artifacts.isEmpty()) {
            throw new IllegalStateException("expected 3 environments and some files, got " + envs.size() + " and "
                    + artifacts.size());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        SyntheticSpec.delete(dir);
    }

    /** load: YAML text to tree. */
    @Benchmark
    public MapNode load() {
        return new YamlLoader().load(source);
    }

    /** bind: tree to the typed model (as the pipeline binds: every field error collected). */
    @Benchmark
    public Binder.Partial bind() {
        return Binder.bindPartial(tree);
    }

    /** resolve: the typed model to one resolved model per environment (all three). */
    @Benchmark
    public ResolvedSpec resolve() {
        return Resolver.resolve(bound, reserved);
    }

    /** check: the spec's rule packs (baseline) over the resolved model of every environment. */
    @Benchmark
    public CheckReport check() {
        return Pipeline.check(resolved, envs, List.of(), today, targets);
    }

    /** check of the emitted files: the same packs' artifact rules over the terraform-aws files of every environment. */
    @Benchmark
    public CheckReport checkArtifacts() {
        return Pipeline.checkArtifacts(resolved, envs, List.of(), artifacts, today, targets);
    }

    /** print: the terraform-aws target renders every environment into in-memory artifacts. */
    @Benchmark
    public List<Artifact> print() {
        return Pipeline.synth(resolved, targets, envs, specDir, outDir);
    }

    /** Every phase of {@code forge synth --target terraform-aws} from the spec's bytes, except the write. */
    @Benchmark
    public CheckReport endToEnd() {
        ResolvedSpec r = Pipeline.resolve(source);
        Pipeline.checkFiles(r, specDir);
        List<Target> ts = Pipeline.targets(List.of("terraform-aws"), r);
        List<ResolvedEnv> es = Pipeline.environments(r, List.of());
        CheckReport report = Pipeline.check(r, es, List.of(), today, ts);
        List<Artifact> files = Pipeline.synth(r, ts, es, specDir, outDir);
        return report.plus(Pipeline.checkArtifacts(r, es, List.of(), files, today, ts));
    }
}
