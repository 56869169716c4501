package dev.forge.bind;

import dev.forge.model.Spec;

/** The result of the bind phase: the typed spec (as written, no defaults yet) and where each part came from. */
public record Bound(Spec spec, SourceMap sources) {
}
