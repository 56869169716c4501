package dev.forge.targets.github;

import dev.forge.synth.SynthContext;
import java.nio.file.Path;

/**
 * Paths as the workflows see them: relative to the repository's root, which is taken to be the spec's folder (the
 * folder holding forge.yaml), with the output folder under it ({@code out} unless the run says otherwise). GitHub
 * reads workflows only from the root's {@code .github/workflows}: the README says to copy them there.
 */
final class Repo {

    /** The output folder when the run does not say: forge synth's default {@code --out}. */
    static final String DEFAULT_OUT = "out";

    private final String out;
    private final java.util.Optional<String> outside;

    Repo(SynthContext context) {
        String given = context.layout().map(l -> relative(l.specDir(), l.outDir())).orElse(DEFAULT_OUT);
        // An output folder outside the spec's folder is outside the root the workflows assume: a path to it
        // (../../tmp/x) would name a place on this machine, not in the repository. The workflows then take forge's
        // output to be committed at the default place, and synth says so.
        boolean above = given.equals("..") || given.startsWith("../");
        this.out = above ? DEFAULT_OUT : given;
        this.outside = above ? context.layout().map(l -> l.outDir().toString()) : java.util.Optional.empty();
    }

    /**
     * What synth should tell the user about the paths in the workflows: the output folder was outside the spec's
     * folder, so the workflows expect it committed at {@code out/} beside forge.yaml.
     */
    java.util.List<String> warnings() {
        return outside.map(dir -> java.util.List.of("the output folder " + dir + " is outside the spec's folder, which"
                + " the workflows take for the repository's root; they expect forge's output committed at `" + DEFAULT_OUT
                + "/` beside forge.yaml (to commit it elsewhere, synth with --out inside the spec's folder)"))
                .orElse(java.util.List.of());
    }

    private static String relative(Path root, Path dir) {
        String r = root.relativize(dir).toString().replace('\\', '/');
        return r.isEmpty() ? "." : r;
    }

    /** The output folder, from the root. */
    String out() {
        return out;
    }

    /** A folder of another target's output, e.g. {@code out/terraform-aws}. */
    String output(String folder) {
        return out.equals(".") ? folder : out + "/" + folder;
    }

    /** A path the spec gives relative to its folder (a build folder, a function's source), from the root. */
    static String fromSpec(String path) {
        String p = Path.of(path).normalize().toString().replace('\\', '/');
        return p.isEmpty() ? "." : p;
    }
}
