package dev.forge.api;

import dev.forge.model.NotifySpec;
import java.util.Arrays;

/** Builds a {@link NotifySpec}: deployment notifications. */
public final class NotifyBuilder extends SpecBuilder<NotifySpec, NotifyBuilder> {

    NotifyBuilder() {
        super(NotifySpec.class);
    }

    /** Name of the repository secret holding the Slack webhook URL (required). */
    public NotifyBuilder slack(String secret) {
        return set("slack", secret);
    }

    /** Adds outcomes that are posted: success, failure (default both). */
    public NotifyBuilder on(String... outcomes) {
        return add("on", outcomes == null ? null : Arrays.asList(outcomes));
    }
}
