package dev.forge.check;

import dev.forge.model.Ref;
import dev.forge.resolve.ResolvedEnv;

/** One resource as resolved for one environment: what a {@link ResourceRule} looks at. */
public record Subject<T>(Ref ref, T spec, ResolvedEnv env) {

    public boolean production() {
        return env.environment().production();
    }

    public String name() {
        return ref.name();
    }

    /** {@code table 'messages'}, for messages. */
    public String who() {
        return ref.kind().spelling() + " '" + ref.name() + "'";
    }
}
