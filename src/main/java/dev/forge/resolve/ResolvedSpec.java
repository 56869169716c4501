package dev.forge.resolve;

import dev.forge.bind.SourceMap;
import dev.forge.model.Spec;
import java.util.List;

/**
 * The result of the resolve phase.
 *
 * @param written the spec as written (no defaults), for tools that want the author's intent
 * @param environments one resolved view per environment, in declaration order
 * @param sources where each part of the spec was written
 */
public record ResolvedSpec(Spec written, List<ResolvedEnv> environments, SourceMap sources) {

    public String app() {
        return written.app();
    }

    /** Where {@code path} (e.g. {@code services.api.image.build}) is written, for layers that cannot see the binder. */
    public dev.forge.diag.Location at(String path) {
        return sources.at(path);
    }
}
