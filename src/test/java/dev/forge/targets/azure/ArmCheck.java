package dev.forge.targets.azure;

import dev.forge.platform.azure.ApiVersions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The structural check of an ARM template: valid JSON with {@code $schema} and {@code contentVersion}; every resource
 * with a type, an API version from the one checked table, a name, and a location where the type takes one; every
 * expression parsed ({@link ArmExpr}); every {@code resourceId()}, {@code reference()}, {@code listKeys()},
 * {@code dependsOn} and extension {@code scope} naming a resource of the template (and {@code reference}/{@code listKeys}
 * with that resource's API version); every parameter used declared, every declared one used. Returns the problems.
 */
final class ArmCheck {

    /** Types without a location: children, extension resources and subscription-level budgets. */
    static boolean takesLocation(String type) {
        return type.split("/").length == 2 && !type.startsWith("Microsoft.Authorization/")
                && !type.equals("Microsoft.Consumption/budgets");
    }

    private final List<String> problems = new ArrayList<>();
    private final Set<String> declared = new HashSet<>();
    private final Set<String> usedParameters = new TreeSet<>();
    private Map<String, Object> parameters = Map.of();

    private ArmCheck() {
    }

    static List<String> check(String json) {
        Object tree;
        try {
            tree = dev.forge.util.Json.parse(json);
        } catch (RuntimeException e) {
            return List.of("not valid JSON: " + e.getMessage());
        }
        ArmCheck c = new ArmCheck();
        c.run(tree);
        return c.problems;
    }

    @SuppressWarnings("unchecked")
    private void run(Object tree) {
        if (!(tree instanceof Map<?, ?> root)) {
            problems.add("the template is not a JSON object");
            return;
        }
        if (!Template.SCHEMA.equals(root.get("$schema"))) {
            problems.add("$schema is " + root.get("$schema"));
        }
        if (!(root.get("contentVersion") instanceof String v) || !v.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
            problems.add("contentVersion is " + root.get("contentVersion"));
        }
        parameters = root.get("parameters") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
        List<Object> resources = root.get("resources") instanceof List<?> l ? (List<Object>) l : List.of();
        if (resources.isEmpty()) {
            problems.add("no resources");
        }
        for (Object o : resources) {
            Map<String, Object> r = (Map<String, Object>) o;
            if (r.get("type") instanceof String type && r.get("name") instanceof String name && !ArmExpr.isExpression(name)) {
                declared.add(key(type, name));
                if (type.equals("Microsoft.Network/virtualNetworks") && r.get("properties") instanceof Map<?, ?> props
                        && props.get("subnets") instanceof List<?> subnets) {
                    subnets.forEach(sn -> declared.add(key(type + "/subnets", name + "/" + ((Map<?, ?>) sn).get("name"))));
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (Object o : resources) {
            Map<String, Object> r = (Map<String, Object>) o;
            if (!seen.add(r.get("type") + "|" + r.get("name") + "|" + r.get("scope"))) {
                problems.add("resource " + r.get("type") + " " + r.get("name") + " is declared twice");
            }
            resource(r);
        }
        parameters.forEach((name, spec) -> walk(spec, "parameters." + name));
        for (String p : parameters.keySet()) {
            if (!usedParameters.contains(p)) {
                problems.add("parameter '" + p + "' is declared but never used");
            }
        }
    }

    static String key(String type, String name) {
        return type.toLowerCase(java.util.Locale.ROOT) + "|" + name;
    }

    private void resource(Map<String, Object> r) {
        String where = "resource " + r.get("type") + " " + r.get("name");
        if (!(r.get("type") instanceof String type) || type.split("/").length < 2) {
            problems.add(where + ": no type");
            return;
        }
        String expected = ApiVersions.find(type).orElse(null);
        if (expected == null) {
            problems.add(where + ": type not in the API version table");
        } else if (!expected.equals(r.get("apiVersion"))) {
            problems.add(where + ": apiVersion " + r.get("apiVersion") + ", the table says " + expected);
        }
        if (!(r.get("apiVersion") instanceof String v) || !v.matches("\\d{4}-\\d{2}-\\d{2}(-preview)?")) {
            problems.add(where + ": apiVersion is not a date version");
        }
        if (!(r.get("name") instanceof String name) || name.isBlank()) {
            problems.add(where + ": no name");
        } else if (!ArmExpr.isExpression(name) && name.split("/").length != type.split("/").length - 1) {
            problems.add(where + ": a " + type + " name has " + (type.split("/").length - 1) + " segments");
        }
        if (takesLocation(type) && r.get("location") == null) {
            problems.add(where + ": no location");
        }
        if (r.get("dependsOn") instanceof List<?> deps) {
            for (Object d : deps) {
                if (!(d instanceof String ds) || !ArmExpr.isExpression(ds)
                        || !(parse(ds, where) instanceof ArmExpr.Call c) || !c.function().equals("resourceId")) {
                    problems.add(where + ": dependsOn entry is not a resourceId(): " + d);
                }
            }
        }
        if (r.get("scope") instanceof String scope) {
            String[] parts = scope.split("/");
            StringBuilder t = new StringBuilder(parts[0]);
            List<String> names = new ArrayList<>();
            for (int i = 1; i + 1 < parts.length; i += 2) {
                t.append('/').append(parts[i]);
                names.add(parts[i + 1]);
            }
            if (parts.length % 2 == 0 || !declared.contains(key(t.toString(), String.join("/", names)))) {
                problems.add(where + ": scope " + scope + " is no resource of the template");
            }
        }
        walk(r, where);
    }

    private ArmExpr.Node parse(String s, String where) {
        try {
            return ArmExpr.parse(s);
        } catch (ArmExpr.ParseError e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
    }

    private void walk(Object v, String where) {
        if (v instanceof String s && ArmExpr.isExpression(s)) {
            ArmExpr.Node n = parse(s, where);
            if (n != null) {
                node(n, where);
            }
        } else if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> {
                walk(k, where);
                walk(x, where + "." + k);
            });
        } else if (v instanceof List<?> l) {
            l.forEach(x -> walk(x, where));
        }
    }

    private void node(ArmExpr.Node n, String where) {
        if (n instanceof ArmExpr.Call c) {
            switch (c.function()) {
                case "resourceId" -> resolve(c, where);
                case "reference", "listKeys" -> {
                    if (c.args().size() != 2 || !(c.args().get(0) instanceof ArmExpr.Call id)
                            || !id.function().equals("resourceId") || !(c.args().get(1) instanceof ArmExpr.Str v)) {
                        problems.add(where + ": " + c.function() + "() takes resourceId(...) and an API version");
                    } else if (id.args().get(0) instanceof ArmExpr.Str type
                            && !v.value().equals(ApiVersions.find(type.value()).orElse(""))) {
                        problems.add(where + ": " + c.function() + "() of " + type.value() + " with API version "
                                + v.value());
                    }
                }
                case "parameters" -> {
                    if (c.args().size() != 1 || !(c.args().get(0) instanceof ArmExpr.Str p)) {
                        problems.add(where + ": parameters() takes one name");
                    } else {
                        usedParameters.add(p.value());
                        if (!parameters.containsKey(p.value())) {
                            problems.add(where + ": parameter '" + p.value() + "' is not declared");
                        }
                    }
                }
                case "subscriptionResourceId" -> {
                    if (c.args().size() != 2 || !(c.args().get(0) instanceof ArmExpr.Str t)
                            || !t.value().equals("Microsoft.Authorization/roleDefinitions")) {
                        problems.add(where + ": subscriptionResourceId() only names role definitions here");
                    }
                }
                default -> {
                }
            }
            c.args().forEach(a -> node(a, where));
        } else if (n instanceof ArmExpr.Member m) {
            node(m.target(), where);
        } else if (n instanceof ArmExpr.Index x) {
            node(x.target(), where);
            node(x.index(), where);
        }
    }

    private void resolve(ArmExpr.Call c, String where) {
        List<String> parts = new ArrayList<>();
        for (ArmExpr.Node a : c.args()) {
            if (!(a instanceof ArmExpr.Str s)) {
                problems.add(where + ": resourceId() with a computed argument cannot be checked");
                return;
            }
            parts.add(s.value());
        }
        if (parts.isEmpty()) {
            problems.add(where + ": resourceId() without a type");
            return;
        }
        String type = parts.get(0);
        List<String> names = parts.subList(1, parts.size());
        if (names.size() != type.split("/").length - 1) {
            problems.add(where + ": resourceId('" + type + "') takes " + (type.split("/").length - 1) + " names");
        } else if (!declared.contains(key(type, String.join("/", names)))) {
            problems.add(where + ": resourceId('" + type + "', " + names + ") is no resource of the template");
        }
    }
}
