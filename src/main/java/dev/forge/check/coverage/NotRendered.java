package dev.forge.check.coverage;

import dev.forge.diag.Code;
import dev.forge.diag.Diagnostic;
import dev.forge.diag.Location;
import dev.forge.diag.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * FORGE-W401, one diagnostic per noun of the spec (services, apis, network ...), at the first field it names:
 * {@code services 'api', 'ui' (9 fields) are not rendered by terraform-aws}. A warning; an error with
 * {@code --strict}.
 */
public final class NotRendered {

    private NotRendered() {
    }

    public static List<Diagnostic> diagnostics(Coverage coverage, boolean strict) {
        Map<String, List<Coverage.Unrendered>> bySection = new LinkedHashMap<>();
        coverage.unrendered().forEach(u -> bySection.computeIfAbsent(u.section(), k -> new ArrayList<>()).add(u));
        String by = coverage.targets().isEmpty() ? "by any selected target (none of them deploys: `model` only writes"
                + " the resolved model as JSON)" : "by " + String.join(", ", coverage.targets());
        List<Diagnostic> out = new ArrayList<>();
        bySection.forEach((section, list) -> out.add(new Diagnostic(where(list.get(0), coverage), Code.W401.id(),
                strict ? Severity.ERROR : Severity.WARNING, subject(section, list, coverage)
                + (list.size() > 1 ? " (" + list.size() + " fields) are" : " is") + " not rendered " + by,
                Code.W401.fix())));
        out.sort(Diagnostic.ORDER);
        return out;
    }

    /** The first field, or the resource itself when no field of it is rendered. */
    private static Location where(Coverage.Unrendered first, Coverage coverage) {
        if (first.resource() != null && !coverage.renderedAtAll(first.section(), first.resource())) {
            return coverage.location(first.section() + "." + first.resource());
        }
        return first.location();
    }

    /**
     * {@code services 'api', 'ui'}, {@code apis 'edge'; 'admin': auth.scopes; 'public': domain, waf},
     * {@code network: cidr, nat}: whole resources by name, then the fields of the others, grouped.
     */
    private static String subject(String section, List<Coverage.Unrendered> list, Coverage coverage) {
        if (list.get(0).resource() == null) {
            Set<String> fields = new TreeSet<>();
            list.forEach(u -> fields.add(u.field().equals(section) ? section : u.field().substring(section.length() + 1)));
            return fields.equals(Set.of(section)) ? section : section + ": " + String.join(", ", fields);
        }
        Map<String, Set<String>> byResource = new TreeMap<>();
        list.forEach(u -> {
            Set<String> fields = byResource.computeIfAbsent(u.resource(), k -> new TreeSet<>());
            if (u.field().length() > section.length() + 2) {
                fields.add(u.path().substring(section.length() + u.resource().length() + 2));
            }
        });
        List<String> whole = new ArrayList<>();
        Map<String, List<String>> byFields = new LinkedHashMap<>();
        byResource.forEach((name, fs) -> {
            if (coverage.renderedAtAll(section, name) && !fs.isEmpty()) {
                byFields.computeIfAbsent(String.join(", ", fs), k -> new ArrayList<>()).add("'" + name + "'");
            } else {
                whole.add("'" + name + "'");
            }
        });
        List<String> parts = new ArrayList<>();
        if (!whole.isEmpty()) {
            parts.add(String.join(", ", whole));
        }
        byFields.forEach((fields, names) -> parts.add(String.join(", ", names) + ": " + fields));
        return section + " " + String.join("; ", parts);
    }
}
