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

    Repo(SynthContext context) {
        this.out = context.layout().map(l -> relative(l.specDir(), l.outDir())).orElse(DEFAULT_OUT);
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
