package dev.forge.coverage;

import dev.forge.bind.Bound;
import dev.forge.check.coverage.Coverage;
import dev.forge.diag.SpecException;
import dev.forge.model.FieldPaths;
import dev.forge.model.Spec;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.resolve.Resolver;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import dev.forge.synth.Target;
import dev.forge.targets.BuiltinTargets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The measurement behind the field-coverage proof: every field written in the every-field spec, mutated one at a
 * time (a few valid other values, then unset), synthesized by every target that deploys, its bytes compared with
 * the unmutated output (READMEs left out).
 */
final class FieldCoverage {

    static final Path SPEC = Path.of("src/test/resources/coverage/every-field.yaml");

    /** One written field instance and, per target, whether some valid mutation changed that target's output. */
    record Probe(FieldPaths.Written field, boolean mutable, Map<String, Boolean> changed, Map<String, Boolean> declared,
                 Map<String, Boolean> partly) {
    }

    final ResolvedSpec base;
    final List<Target> targets;
    final List<Probe> probes = new ArrayList<>();

    private FieldCoverage() {
        base = Pipeline.resolve(Pipeline.read(SPEC, "every-field.yaml"));
        targets = BuiltinTargets.all().stream().filter(t -> t.renders().deploys()).toList();
        Map<String, List<Artifact>> before = new TreeMap<>();
        targets.forEach(t -> before.put(t.name(), synth(t, base)));
        Coverage coverage = Coverage.of(base, base.environments(), targets);
        for (FieldPaths.Written w : FieldPaths.written(base.written())) {
            Map<String, Boolean> declared = new LinkedHashMap<>();
            targets.forEach(t -> declared.put(t.name(), coverage.renders(t, w)));
            Map<String, Boolean> partly = new LinkedHashMap<>();
            targets.forEach(t -> partly.put(t.name(), coverage.rendersPart(t, w)));
            Map<String, Boolean> changed = new LinkedHashMap<>();
            targets.forEach(t -> changed.put(t.name(), false));
            int tried = 0;
            for (Object candidate : Mutations.of(w, base.written())) {
                ResolvedSpec mutated;
                try {
                    Spec s = Mutations.replace(base.written(), w.path(), candidate);
                    mutated = Resolver.resolve(new Bound(s, base.sources()));
                } catch (SpecException | IllegalArgumentException | ClassCastException e) {
                    continue;
                }
                tried++;
                for (Target t : targets) {
                    if (!changed.get(t.name()) && !synth(t, mutated).equals(before.get(t.name()))) {
                        changed.put(t.name(), true);
                    }
                }
                if (tried == 3 || !changed.containsValue(false)) {
                    break;
                }
            }
            probes.add(new Probe(w, tried > 0, changed, declared, partly));
            if (Boolean.getBoolean("forge.coverage.print")) {
                System.out.println("PROBE " + w.pattern() + " " + w.path() + " tried=" + tried + " " + changed);
                changed.forEach((t, c) -> {
                    if (c) {
                        System.out.println("CHANGES " + t + " " + w.pattern());
                    }
                });
            }
        }
    }

    private static final class Holder {
        static final FieldCoverage INSTANCE = new FieldCoverage();
    }

    static FieldCoverage get() {
        return Holder.INSTANCE;
    }

    /**
     * The target's files that deploy something: its READMEs are left out, since a note that says a field is not
     * generated changes the bytes without rendering the field.
     */
    private static List<Artifact> synth(Target t, ResolvedSpec spec) {
        return t.synth(new SynthContext(spec, spec.environments())).stream().filter(a -> !a.path().endsWith(".md")).toList();
    }
}
