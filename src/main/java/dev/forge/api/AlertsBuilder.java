package dev.forge.api;

import dev.forge.model.AlertsSpec;
import java.util.Arrays;

/** Builds an {@link AlertsSpec}: where an environment's alarms go. */
public final class AlertsBuilder extends SpecBuilder<AlertsSpec, AlertsBuilder> {

    AlertsBuilder() {
        super(AlertsSpec.class);
    }

    /** Adds e-mail addresses subscribed to the alarm topic. */
    public AlertsBuilder email(String... addresses) {
        return add("email", addresses == null ? null : Arrays.asList(addresses));
    }
}
