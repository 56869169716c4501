package dev.forge.check;

import java.util.List;
import java.util.Objects;

/**
 * What a rule is, independent of how it is checked: a stable ID ({@code FORGE-<AREA>-<NNN>}, never reused),
 * its default severity per environment, a one-line title, the explanation, the fix, and the IDs of the
 * equivalent checks elsewhere (checkov, cdk-nag, AWS Foundational Security Best Practices, CIS,
 * Kubernetes Pod Security Standards).
 */
public record RuleInfo(String id, Levels levels, String title, String explanation, String fix, List<String> references) {

    /** {@code FORGE-<AREA>-<NNN>}. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("FORGE-[A-Z0-9]+-\\d{3}");

    public RuleInfo {
        Objects.requireNonNull(id);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule ID must look like FORGE-AREA-NNN: " + id);
        }
        references = List.copyOf(references);
    }

    /** The area part of the ID: {@code S3} of {@code FORGE-S3-001}. */
    public String area() {
        return id.substring(6, id.lastIndexOf('-'));
    }
}
