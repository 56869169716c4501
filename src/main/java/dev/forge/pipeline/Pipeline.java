package dev.forge.pipeline;

import dev.forge.bind.Binder;
import dev.forge.check.CheckReport;
import dev.forge.check.Checker;
import dev.forge.check.Pack;
import dev.forge.check.Packs;
import dev.forge.check.coverage.Coverage;
import dev.forge.bind.Bound;
import dev.forge.bind.SourceMap;
import dev.forge.diag.Code;
import dev.forge.diag.Diagnostic;
import dev.forge.diag.Location;
import dev.forge.diag.SpecException;
import dev.forge.model.Spec;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.resolve.Resolver;
import dev.forge.spec.MapNode;
import dev.forge.spec.SpecSource;
import dev.forge.spec.YamlLoader;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import dev.forge.synth.Synthesizer;
import dev.forge.synth.Target;
import dev.forge.targets.BuiltinTargets;
import dev.forge.util.Suggest;
import dev.forge.write.OutputWriter;
import dev.forge.write.WriteResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The phases in their fixed order: load, bind, resolve, check, synth, (check of the emitted files), write. Nothing is written until
 * every earlier phase has passed. Library users call this; the CLI is a thin layer over it.
 */
public final class Pipeline {

    private Pipeline() {
    }

    /**
     * Reads a spec file, reporting it under {@code displayName}. Only a regular file is read (a device, pipe or
     * FIFO is refused before it is opened, so nothing can hang or stream without end), and never more than
     * the size limit plus one byte, whatever the file system says its size is.
     */
    public static SpecSource read(Path file, String displayName) {
        try {
            java.nio.file.attribute.BasicFileAttributes attrs = Files.readAttributes(file,
                    java.nio.file.attribute.BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                throw new SpecException(Diagnostic.error(Location.file(displayName), Code.E001,
                        "'" + displayName + "' is a directory, not a spec file", "Name the forge.yaml inside it."));
            }
            if (!attrs.isRegularFile()) {
                throw new SpecException(Diagnostic.error(Location.file(displayName), Code.E011,
                        "'" + displayName + "' is not a regular file (a device, pipe or FIFO)", Code.E011.fix()));
            }
            if (attrs.size() > YamlLoader.MAX_BYTES) {
                throw new SpecException(Diagnostic.error(Location.file(displayName), Code.E007, "spec file is "
                        + attrs.size() + " bytes, over the limit of " + YamlLoader.MAX_BYTES + " bytes", Code.E007.fix()));
            }
            byte[] bytes;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(YamlLoader.MAX_BYTES + 1);
            }
            if (bytes.length > YamlLoader.MAX_BYTES) {
                throw new SpecException(Diagnostic.error(Location.file(displayName), Code.E007, "spec file is over the"
                        + " limit of " + YamlLoader.MAX_BYTES + " bytes (it grew while being read)", Code.E007.fix()));
            }
            return new SpecSource(displayName, bytes);
        } catch (NoSuchFileException e) {
            throw new SpecException(Diagnostic.error(Location.file(displayName), Code.E001,
                    "spec file '" + displayName + "' does not exist", Code.E001.fix()));
        } catch (IOException e) {
            throw new SpecException(Diagnostic.error(Location.file(displayName), Code.E001,
                    "cannot read '" + displayName + "': " + e.getMessage(), Code.E001.fix()));
        }
    }

    /** load, bind, resolve. Throws {@link SpecException} with every error of the first failing phase. */
    public static ResolvedSpec resolve(SpecSource source) {
        MapNode tree = new YamlLoader().load(source);
        Binder.Partial partial = Binder.bindPartial(tree);
        if (!partial.errors().isEmpty()) {
            throwFieldAndReferenceErrors(tree, partial);
        }
        return Resolver.resolve(partial.bound(), reservedNames());
    }

    /**
     * Field errors and reference errors in one run: the references of what did bind are checked against the names
     * the file declares, and reported with the field errors, sorted by location.
     */
    private static void throwFieldAndReferenceErrors(MapNode tree, Binder.Partial partial) {
        dev.forge.diag.Diagnostics all = new dev.forge.diag.Diagnostics();
        partial.errors().forEach(all::add);
        java.util.Map<String, java.util.Set<String>> declared = new java.util.HashMap<>();
        for (MapNode.Entry e : tree.entries()) {
            if (e.value() instanceof MapNode m) {
                declared.put(e.name(), new java.util.HashSet<>(m.entries().stream().map(MapNode.Entry::name).toList()));
            }
        }
        java.util.Set<Diagnostic> seen = new java.util.HashSet<>(partial.errors());
        Resolver.referenceErrors(partial.bound(), declared).stream().filter(seen::add).forEach(all::add);
        all.throwIfErrors();
    }

    /**
     * resolve, for a spec built in code ({@code dev.forge.api.ForgeApp}): there is no file, so problems are
     * reported against {@code displayName} (e.g. the class that builds the spec).
     */
    public static ResolvedSpec resolve(Spec spec, String displayName) {
        return Resolver.resolve(new Bound(spec, new SourceMap(displayName)), reservedNames());
    }

    /** The names every registered target declares it cannot carry. */
    static List<dev.forge.resolve.TargetNames> reservedNames() {
        return BuiltinTargets.all().stream().flatMap(t -> t.reservedNames().stream()).toList();
    }

    /** The registered targets named (all that apply when {@code names} is empty). */
    public static List<Target> targets(List<String> names, ResolvedSpec spec) {
        if (names.isEmpty()) {
            return BuiltinTargets.all().stream().filter(t -> t.selectedByDefault(spec)).toList();
        }
        List<Target> out = new ArrayList<>();
        List<Diagnostic> bad = new ArrayList<>();
        List<String> known = BuiltinTargets.all().stream().map(Target::name).toList();
        for (String n : names) {
            BuiltinTargets.byName(n).ifPresentOrElse(t -> {
                if (!out.contains(t)) {
                    out.add(t);
                }
            }, () -> bad.add(Diagnostic.error(Location.NONE, Code.E301,
                    "unknown target '" + n + "'" + Suggest.didYouMean(n, known), "Targets: " + String.join(", ", known) + ".")));
        }
        if (!bad.isEmpty()) {
            throw new UsageException(bad);
        }
        return out;
    }

    /** The environments named (all when {@code names} is empty), in declaration order. */
    public static List<ResolvedEnv> environments(ResolvedSpec spec, List<String> names) {
        if (names.isEmpty()) {
            return spec.environments();
        }
        List<String> known = spec.environments().stream().map(ResolvedEnv::name).toList();
        List<Diagnostic> bad = new ArrayList<>();
        for (String n : names) {
            if (!known.contains(n)) {
                bad.add(Diagnostic.error(Location.NONE, Code.E302, "unknown environment '" + n + "'"
                        + Suggest.didYouMean(n, known), "Environments: " + String.join(", ", known) + "."));
            }
        }
        if (!bad.isEmpty()) {
            throw new UsageException(bad);
        }
        Set<String> wanted = Set.copyOf(names);
        return spec.environments().stream().filter(e -> wanted.contains(e.name())).toList();
    }

    /**
     * check: the rules of the packs named (the spec's {@code policy.packs} when {@code packNames} is empty)
     * over the resolved model of {@code envs}. Suppressions expire against {@code today}.
     */
    /**
     * Errors of the rules about one target's limits ({@link dev.forge.check.ResourceRule#renderedBy}: a Fargate task
     * size that does not exist, for terraform-aws), for {@code targets}, as diagnostics at the spec's lines. {@code forge
     * validate} runs them as well as check and synth: no suppression makes a task size Fargate lacks exist.
     */
    public static List<Diagnostic> targetLimits(ResolvedSpec spec, List<Target> targets) {
        // only those rules, from the spec's packs (their levels and the spec's suppressions apply as in check)
        List<dev.forge.check.Pack> limits = packs(spec, List.of()).stream().map(p -> new dev.forge.check.Pack(p.name(),
                p.description(), p.entries().stream().filter(e -> e.rule() instanceof dev.forge.check.ResourceRule<?> r
                        && !r.renderedBy().isEmpty()).toList())).toList();
        CheckReport report = new Checker(limits, LocalDate.now(java.time.ZoneOffset.UTC),
                coverage(spec, spec.environments(), targets)).check(spec, spec.environments());
        return report.active().stream().filter(dev.forge.check.Finding::blocking)
                .map(dev.forge.check.Finding::toDiagnostic).toList();
    }

    public static CheckReport check(ResolvedSpec spec, List<ResolvedEnv> envs, List<String> packNames, LocalDate today) {
        return check(spec, envs, packNames, today, targets(List.of(), spec));
    }

    /**
     * check, knowing which targets will generate the output: a rule whose subject none of {@code targets} renders
     * is not applicable (with the reason), never passed on the model alone.
     */
    public static CheckReport check(ResolvedSpec spec, List<ResolvedEnv> envs, List<String> packNames, LocalDate today,
                                    List<Target> targets) {
        return new Checker(packs(spec, packNames), today, coverage(spec, envs, targets)).check(spec, envs);
    }

    /** check, the part about emitted files: the same packs' artifact rules over what synth produced. */
    public static CheckReport checkArtifacts(ResolvedSpec spec, List<ResolvedEnv> envs, List<String> packNames,
                                             List<Artifact> artifacts, LocalDate today) {
        return checkArtifacts(spec, envs, packNames, artifacts, today, targets(List.of(), spec));
    }

    /** check of the emitted files of {@code targets}; a rule about resources none of them renders says so. */
    public static CheckReport checkArtifacts(ResolvedSpec spec, List<ResolvedEnv> envs, List<String> packNames,
                                             List<Artifact> artifacts, LocalDate today, List<Target> targets) {
        return new Checker(packs(spec, packNames), today, coverage(spec, envs, targets)).checkArtifacts(spec, envs, artifacts);
    }

    /** The packs named, or the spec's own ({@code policy.packs}, baseline by default). */
    public static List<Pack> packs(ResolvedSpec spec, List<String> names) {
        List<String> wanted = names;
        if (wanted.isEmpty()) {
            var policy = spec.environments().isEmpty() ? null : spec.environments().get(0).spec().policy();
            wanted = policy == null || policy.packs() == null ? List.of("baseline") : policy.packs();
        }
        List<Pack> out = new ArrayList<>();
        List<Diagnostic> bad = new ArrayList<>();
        for (String n : wanted) {
            Packs.byName(n).ifPresentOrElse(out::add, () -> bad.add(Diagnostic.error(Location.NONE, Code.E303,
                    "unknown rule pack '" + n + "'" + Suggest.didYouMean(n, Packs.names()),
                    "Packs: " + String.join(", ", Packs.names()) + ".")));
        }
        if (!bad.isEmpty()) {
            throw new UsageException(bad);
        }
        return out;
    }

    /**
     * What the spec declares against what the selected targets render: synth lists what no deploying target
     * renders (FORGE-W401), and the checks call a rule about such a field not applicable instead of passed.
     */
    public static Coverage coverage(ResolvedSpec spec, List<ResolvedEnv> envs, List<Target> targets) {
        return Coverage.of(spec, envs, targets);
    }

    /** synth: every selected target in memory. */
    public static List<Artifact> synth(ResolvedSpec spec, List<Target> targets, List<ResolvedEnv> envs) {
        return Synthesizer.run(targets, new SynthContext(spec, envs));
    }

    /**
     * synth, knowing where the spec lives and where the files will be written, so that paths from the output
     * back to the spec's folder (function sources) are right at any depth.
     */
    public static List<Artifact> synth(ResolvedSpec spec, List<Target> targets, List<ResolvedEnv> envs, Path specDir,
                                       Path out) {
        return Synthesizer.run(targets, new SynthContext(spec, envs, java.util.Optional.of(new SynthContext.Layout(specDir, out))));
    }

    /** What the selected targets warn about this run's layout, each as {@code "<target>: <warning>"}. */
    public static List<String> warnings(ResolvedSpec spec, List<Target> targets, List<ResolvedEnv> envs, Path specDir,
                                        Path out) {
        SynthContext context = new SynthContext(spec, envs, java.util.Optional.of(new SynthContext.Layout(specDir, out)));
        List<String> all = new ArrayList<>();
        for (Target t : targets) {
            t.warnings(context).forEach(w -> all.add(t.name() + ": " + w));
        }
        return all;
    }

    /**
     * The files a spec points at, relative to its folder: every function's {@code source:} folder must exist.
     * Throws {@link SpecException} with one error per missing folder, at the {@code source:} line.
     */
    public static void checkFiles(ResolvedSpec spec, Path specDir) {
        List<Diagnostic> bad = new ArrayList<>();
        var functions = spec.written().functions();
        if (functions != null) {
            new java.util.TreeMap<>(functions).forEach((name, f) -> {
                if (f == null || f.source() == null) {
                    return;
                }
                Path dir = specDir.resolve(f.source()).normalize();
                if (!Files.isDirectory(dir)) {
                    bad.add(Diagnostic.error(spec.sources().at(SourceMap.child(SourceMap.child("functions", name), "source")),
                            Code.E123, "function '" + name + "': source folder '" + f.source() + "' does not exist"
                                    + (Files.exists(dir) ? " as a folder" : "") + " (relative to the spec's folder)",
                            Code.E123.fix()));
                }
            });
        }
        if (!bad.isEmpty()) {
            throw new SpecException(bad);
        }
    }

    /**
     * write: into {@code out}. A run over every environment owns the selected targets' folders (and removes
     * their stale files); a run narrowed by environment only adds and updates files.
     */
    public static WriteResult write(Path out, List<Artifact> artifacts, List<Target> targets, boolean allEnvironments,
                                    boolean force) {
        Set<String> folders = Set.copyOf(targets.stream().map(t -> t.name() + "/").toList());
        return new OutputWriter(out).write(artifacts,
                p -> allEnvironments && folders.stream().anyMatch(p::startsWith), force);
    }

    /** Usage errors: an unknown target or environment on the command line. */
    public static final class UsageException extends RuntimeException {
        private final transient List<Diagnostic> diagnostics;

        public UsageException(List<Diagnostic> diagnostics) {
            super(diagnostics.get(0).render(), null, false, false);
            this.diagnostics = List.copyOf(diagnostics);
        }

        public List<Diagnostic> diagnostics() {
            return diagnostics;
        }
    }
}
