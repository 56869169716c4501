package dev.forge.model;

import java.util.List;

/** Where alarms go. */
@Doc("Where alarms are sent.")
public record AlertsSpec(
        @Format(regex = Names.EMAIL, hint = Names.EMAIL_HINT) @Example("[ops@example.com]")
        @Doc("E-mail addresses subscribed to the environment's alarm topic (one address may be written alone).")
        List<String> email) {
}
