package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.emit.yaml.YamlPrinter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CloudFormation template being built: parameters, conditions, resources and outputs under logical IDs, each
 * section in the order things were added (builders add in the spec's order, so the bytes are deterministic).
 * Adding a logical ID twice is a bug of the target and fails at once. Printed as YAML (long-form intrinsics).
 */
public final class Template {

    /** CloudFormation's limit of resources per template. */
    public static final int MAX_RESOURCES = 500;

    private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]{1,255}");
    private static final Pattern SUB_NAME = Pattern.compile("\\$\\{([^!}][^}]*)}");

    private final String description;
    private final Map<String, YamlMap> parameters = new LinkedHashMap<>();
    private final Map<String, Object> conditions = new LinkedHashMap<>();
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final Map<String, YamlMap> outputs = new LinkedHashMap<>();

    public Template(String description) {
        this.description = description;
    }

    /** A parameter: {@code spec} holds {@code Type}, {@code Description}, {@code Default}, {@code NoEcho} ... */
    public Template parameter(String id, YamlMap spec) {
        put(parameters, id, spec, "parameter");
        return this;
    }

    public Template condition(String id, Object expression) {
        put(conditions, id, expression, "condition");
        return this;
    }

    /** Adds {@code resource} under {@code id} and returns it (to chain policies, dependencies, suppressions). */
    public Resource add(String id, Resource resource) {
        put(resources, id, resource, "resource");
        return resource;
    }

    /** Adds a resource of {@code type} with {@code properties}. */
    public Resource add(String id, String type, YamlMap properties) {
        return add(id, new Resource(type, properties));
    }

    /** An output, exported under {@code export} when not null (for other stacks to import). */
    public Template output(String id, String description, Object value, Object export) {
        YamlMap o = YamlMap.of("Description", description, "Value", value);
        if (export != null) {
            o.put("Export", YamlMap.of("Name", export));
        }
        put(outputs, id, o, "output");
        return this;
    }

    public String description() {
        return description;
    }

    public boolean has(String id) {
        return resources.containsKey(id) || parameters.containsKey(id);
    }

    public Resource resource(String id) {
        return resources.get(id);
    }

    public Map<String, Resource> resources() {
        return java.util.Collections.unmodifiableMap(resources);
    }

    public Map<String, YamlMap> outputs() {
        return java.util.Collections.unmodifiableMap(outputs);
    }

    public Map<String, YamlMap> parameters() {
        return java.util.Collections.unmodifiableMap(parameters);
    }

    private <T> void put(Map<String, T> section, String id, T value, String what) {
        if (id == null || !LOGICAL_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a CloudFormation logical ID (letters and digits only): " + id);
        }
        if (resources.containsKey(id) || parameters.containsKey(id) || conditions.containsKey(id) || outputs.containsKey(id)
                && section == outputs) {
            throw new IllegalStateException("the " + what + " '" + id + "' is already in the template");
        }
        section.put(id, value);
    }

    /**
     * Every logical ID the template refers to (Ref, Fn::GetAtt, Fn::Sub placeholders, DependsOn, Condition), pseudo
     * parameters excluded. A test holds each to a parameter, a condition or a resource of the template.
     */
    public java.util.SortedSet<String> references() {
        TreeSet<String> out = new TreeSet<>();
        Object tree = toTree();
        collect(tree, out);
        resources.values().forEach(r -> {
            out.addAll(r.dependencies());
            if (r.condition() != null) {
                out.add(r.condition());
            }
        });
        out.removeIf(id -> id.startsWith("AWS::"));
        return out;
    }

    private static void collect(Object v, TreeSet<String> out) {
        if (v instanceof YamlMap m) {
            m.entries().forEach((k, x) -> {
                if (k.equals("Ref") && x instanceof String s) {
                    out.add(s);
                } else if (k.equals("Fn::GetAtt") && x instanceof YamlList l && l.size() == 2) {
                    out.add((String) l.get(0));
                } else if (k.equals("Fn::Sub")) {
                    String text = x instanceof String s ? s : (String) ((YamlList) x).get(0);
                    java.util.Set<String> own = x instanceof YamlList l ? ((YamlMap) l.get(1)).entries().keySet() : java.util.Set.of();
                    Matcher mt = SUB_NAME.matcher(text);
                    while (mt.find()) {
                        String name = mt.group(1);
                        String id = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                        if (!own.contains(name)) {
                            out.add(id);
                        }
                    }
                    if (x instanceof YamlList l) {
                        collect(l.get(1), out);
                    }
                    return;
                }
                collect(x, out);
            });
        } else if (v instanceof YamlList l) {
            l.items().forEach(x -> collect(x, out));
        }
    }

    /** The template as a tree, sections in CloudFormation's usual order. */
    public YamlMap toTree() {
        YamlMap t = YamlMap.of("AWSTemplateFormatVersion", "2010-09-09", "Description", description);
        YamlMap ps = new YamlMap();
        parameters.forEach(ps::put);
        t.putIfNotEmpty("Parameters", ps);
        YamlMap cs = new YamlMap();
        conditions.forEach(cs::put);
        t.putIfNotEmpty("Conditions", cs);
        YamlMap rs = new YamlMap();
        resources.forEach((id, r) -> rs.put(id, r.toTree()));
        t.put("Resources", rs);
        YamlMap os = new YamlMap();
        outputs.forEach(os::put);
        t.putIfNotEmpty("Outputs", os);
        return t;
    }

    /** The template as YAML after {@code header} comment lines. */
    public String print(List<String> header) {
        if (resources.isEmpty()) {
            throw new IllegalStateException("a template needs at least one resource");
        }
        return YamlPrinter.print(toTree(), header);
    }
}
