package dev.forge.targets.azure;

import dev.forge.synth.Rendering;

/**
 * What the azure target renders of a spec, field by field (proven against the output by FieldCoverageTest).
 * Everything else (functions, tables, APIs' routing rules, models as resources ...) is listed by synth as not rendered.
 */
final class AzureRendering {

    static final Rendering DECLARED = Rendering.of(
            "app", "tags", "region", "environments.*.region", "environments.*.production", "environments.*.tags",
            "environments.*.subscription", "environments.*.alerts.email");

    private AzureRendering() {
    }
}
