package dev.forge.targets.docker;

import dev.forge.model.Spec;
import dev.forge.platform.containers.Build;
import java.util.Set;

/**
 * The spec-wide facts a Dockerfile carries: the app, its owner, its repository, the descriptions of the built
 * resources, and the build folder's files (which decide a few optional COPY lines), read once per synth.
 */
record Facts(String app, String owner, String repo, Spec spec) {

    static Facts of(Spec spec) {
        String repo = spec.ci() == null || spec.ci().github() == null ? null : spec.ci().github().repo();
        return new Facts(spec.app(), spec.owner(), repo, spec);
    }

    /** The resource's description, or what it is. */
    String description(Build b) {
        String d = switch (b.kind()) {
            case SERVICE -> spec.services().get(b.name()).description();
            case JOB -> spec.jobs().get(b.name()).description();
            default -> spec.functions().get(b.name()).description();
        };
        return d != null ? d : app + " " + b.kind().spelling() + " " + b.name();
    }

    /** A function's handler (the Lambda image's CMD). */
    String handler(Build b) {
        return spec.functions().get(b.name()).handler();
    }

    /** Whether the build folder is known to hold {@code file} (false when the folder was not read). */
    static boolean has(Build b, String file) {
        Set<String> f = b.files();
        return f.contains(file);
    }
}
