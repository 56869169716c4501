package dev.forge.check.coverage;

import dev.forge.diag.Code;
import dev.forge.diag.Diagnostic;
import dev.forge.diag.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
        bySection.forEach((section, list) -> out.add(new Diagnostic(list.get(0).location(), Code.W401.id(),
                strict ? Severity.ERROR : Severity.WARNING, message(section, list, coverage) + " not rendered " + by,
                Code.W401.fix())));
        out.sort(Diagnostic.ORDER);
        return out;
    }

    private static String message(String section, List<Coverage.Unrendered> list, Coverage coverage) {
        String count = " (" + list.size() + (list.size() == 1 ? " field)" : " fields)");
        if (list.get(0).resource() == null) {
            Set<String> fields = new TreeSet<>();
            list.forEach(u -> fields.add(u.field().substring(section.length() + 1)));
            return section + ": " + String.join(", ", fields) + count + (fields.size() == 1 ? " is" : " are");
        }
        Map<String, Set<String>> byResource = new TreeMap<>();
        list.forEach(u -> byResource.computeIfAbsent(u.resource(), k -> new LinkedHashSet<>())
                .add(u.field().substring(section.length() + 3)));
        List<String> whole = new ArrayList<>();
        Set<String> fields = new TreeSet<>();
        byResource.forEach((name, fs) -> {
            if (coverage.renderedAtAll(section, name)) {
                fields.addAll(fs);
            } else {
                whole.add("'" + name + "'");
            }
        });
        List<String> parts = new ArrayList<>();
        if (!whole.isEmpty()) {
            parts.add(section + " " + String.join(", ", whole) + (whole.size() == 1 ? " is" : " are"));
        }
        if (!fields.isEmpty()) {
            List<String> named = byResource.entrySet().stream()
                    .filter(e -> coverage.renderedAtAll(section, e.getKey())).map(e -> "'" + e.getKey() + "'").toList();
            parts.add((whole.isEmpty() ? section + " " : "and of " + section + " ") + String.join(", ", named) + ": "
                    + String.join(", ", fields) + " " + (fields.size() == 1 ? "is" : "are"));
        }
        return String.join("; ", parts) + count;
    }
}
