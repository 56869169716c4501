package dev.forge.check;

import dev.forge.bind.SourceMap;
import dev.forge.diag.Code;
import dev.forge.diag.Diagnostics;
import dev.forge.diag.Location;
import dev.forge.model.SuppressionSpec;
import dev.forge.util.Suggest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The spec's {@code policy.suppressions}, checked (FORGE-E122: the rule must exist, the reason must be one a
 * reviewer can judge, the expiry a real date) and applied to findings. An expired suppression no longer
 * suppresses, and the finding says so.
 */
final class Suppressions {

    /** Reasons that are placeholders, not reasons. */
    private static final Set<String> PLACEHOLDERS = Set.of("todo", "tbd", "fixme", "fix me", "fix later", "later",
            "n/a", "na", "none", "no reason", "reason", "temp", "temporary", "wip", "xxx", "because", "ignore",
            "skip", "suppress", "suppressed", "ok", "test", "false positive", "accepted", "needed", "required");

    record Active(SuppressionSpec spec, Location at, LocalDate expires) {
    }

    private final List<Active> items = new ArrayList<>();
    private final LocalDate today;

    Suppressions(List<SuppressionSpec> specs, SourceMap sources, Set<String> knownRules, LocalDate today) {
        this.today = today;
        Diagnostics diags = new Diagnostics();
        for (int i = 0; specs != null && i < specs.size(); i++) {
            SuppressionSpec s = specs.get(i);
            String path = SourceMap.item("policy.suppressions", i);
            if (s == null) {
                continue;
            }
            if (!knownRules.contains(s.rule())) {
                diags.error(sources.at(SourceMap.child(path, "rule")), Code.E122, "suppression names unknown rule '"
                        + s.rule() + "'" + Suggest.didYouMean(s.rule(), knownRules), "Run `forge docs rules` for the rule IDs.");
            }
            if (!judgeable(s.reason())) {
                diags.error(sources.at(SourceMap.child(path, "reason")), Code.E122, "suppression of " + s.rule()
                        + " has no reason a reviewer can judge ('" + (s.reason() == null ? "" : s.reason().trim()) + "')",
                        "Say why the finding is acceptable here, e.g. `reason: \"public demo endpoint; abuse limited by"
                                + " throttling\"`.");
            }
            LocalDate expires = null;
            if (s.expires() != null) {
                try {
                    expires = LocalDate.parse(s.expires());
                } catch (DateTimeParseException e) {
                    diags.error(sources.at(SourceMap.child(path, "expires")), Code.E122, "suppression of " + s.rule()
                            + " expires on '" + s.expires() + "', which is not a date", "Write a date as YYYY-MM-DD.");
                }
            }
            items.add(new Active(s, sources.at(path), expires));
        }
        diags.throwIfErrors();
    }

    static boolean judgeable(String reason) {
        if (reason == null) {
            return false;
        }
        String r = reason.trim().toLowerCase(Locale.ROOT).replaceAll("[.!?]+$", "");
        return !r.isEmpty() && !PLACEHOLDERS.contains(r) && r.split("\\s+").length >= 2;
    }

    /** The finding, suppressed by the first matching suppression in force, or noting an expired one. */
    Finding apply(Finding f) {
        String expiredNote = null;
        for (Active a : items) {
            if (!a.spec().rule().equals(f.rule())
                    || a.spec().resource() != null && !a.spec().resource().toString().equals(f.resource())) {
                continue;
            }
            if (a.expires() != null && a.expires().isBefore(today)) {
                expiredNote = "the suppression at " + a.at() + " expired on " + a.expires() + " and no longer applies";
                continue;
            }
            return f.withSuppression(new Finding.Suppression(a.spec().reason().trim(), a.at(), a.spec().expires()));
        }
        return expiredNote == null ? f : f.withNote(expiredNote);
    }
}
