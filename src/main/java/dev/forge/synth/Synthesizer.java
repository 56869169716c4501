package dev.forge.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Phase 5, synth: runs the selected targets in memory and gathers their files under one folder each.
 * A target that throws fails the whole run before anything is written.
 */
public final class Synthesizer {

    private Synthesizer() {
    }

    public static List<Artifact> run(List<Target> targets, SynthContext context) {
        List<Artifact> out = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        // targets are independent: each on a core of its own, their files gathered in the targets' order
        List<List<Artifact>> all = dev.forge.util.Parallel.map(targets, t -> {
            try {
                return t.synth(context);
            } catch (dev.forge.diag.SpecException e) {
                throw e; // a problem of the spec a target found (e.g. a build folder), reported at its line
            } catch (RuntimeException | StackOverflowError e) {
                throw new SynthException(t.name(), e);
            }
        });
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            for (Artifact a : all.get(i)) {
                Artifact placed = a.under(t.name());
                if (!paths.add(placed.path())) {
                    throw new SynthException(t.name(), new IllegalStateException("two files at " + placed.path()));
                }
                out.add(placed);
            }
        }
        out.sort(Comparator.comparing(Artifact::path));
        return List.copyOf(out);
    }
}
