package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template over CloudFormation's limit of {@value Template#MAX_RESOURCES} resources, as a parent stack of nested
 * stacks. Resources are cut into consecutive parts in dependency order (everything a resource refers to comes first),
 * so a part refers only to earlier parts and the parts form no cycle. A value one part takes from an earlier part is
 * an output there and a parameter here, under one name: the logical ID for a {@code Ref}, the logical ID and the
 * attribute for a {@code Fn::GetAtt} ({@code DatabaseMainEndpointAddress}); inside the part, the same {@code Ref}
 * then reads the parameter. The parent declares the template's parameters, passes each part what it uses, keeps the
 * template's outputs (read from the parts) and orders the parts by their references and {@code DependsOn}.
 * Conditions are copied into each part that uses them. Parts are files beside the parent ({@code TemplateURL} is a
 * relative path, uploaded by {@code aws cloudformation package}).
 */
final class Nesting {

    /** Resources per part: below the limit, leaving room for growth of one part without a new cut. */
    static final int PART_RESOURCES = 400;
    /** CloudFormation's limits of parameters and outputs per template. */
    static final int MAX_PARAMETERS = 200;
    static final int MAX_OUTPUTS = 200;

    private static final Set<String> LIST_ATTRIBUTES = Set.of("SecurityGroups", "Ipv6CidrBlocks",
            "CidrBlockAssociations", "DnsEntries", "NetworkInterfaceIds");
    private static final Set<String> ATTRIBUTE_KEYS = Set.of("Type", "Condition", "DependsOn", "DeletionPolicy",
            "UpdateReplacePolicy", "Metadata");
    private static final Pattern SUB_NAME = Pattern.compile("\\$\\{([^!}][^}]*)}");

    /** A part would be over CloudFormation's limits of parameters or outputs. */
    static final class OverLimit extends RuntimeException {
        OverLimit(String message) {
            super(message, null, false, false);
        }
    }

    /** One file: its name beside the parent and its template tree. */
    record File(String name, YamlMap template) {
    }

    private Nesting() {
    }

    /** The template as files: itself alone when within the limit, else the parent and its parts. */
    static List<File> split(YamlMap template, String name, int partResources) {
        YamlMap resources = (YamlMap) template.get("Resources");
        if (resources.size() <= Template.MAX_RESOURCES) {
            return List.of(new File(name, template));
        }
        YamlMap parameters = map(template, "Parameters");
        YamlMap conditions = map(template, "Conditions");
        List<String> order = dependencyOrder(resources);
        List<List<String>> parts = cut(order, resources, parameters, map(template, "Outputs"), partResources);
        Map<String, Integer> partOf = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            for (String id : parts.get(i)) {
                partOf.put(id, i);
            }
        }
        String stem = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
        List<String> stackIds = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            stackIds.add("Part" + (i + 1));
        }
        // what each part takes from earlier parts (and so what those must output)
        List<Map<String, Ref>> imports = new ArrayList<>();
        List<Map<String, Ref>> exports = new ArrayList<>();
        parts.forEach(p -> exports.add(new LinkedHashMap<>()));
        List<YamlMap> bodies = new ArrayList<>();
        List<Set<Integer>> after = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Map<String, Ref> in = new LinkedHashMap<>();
            Set<Integer> deps = new TreeSet<>();
            YamlMap body = new YamlMap();
            for (String id : parts.get(i)) {
                YamlMap r = ((YamlMap) resources.get(id)).copy();
                int self = i;
                YamlMap rewritten = new YamlMap();
                for (Map.Entry<String, Object> e : r.entries().entrySet()) {
                    if (e.getKey().equals("DependsOn")) {
                        YamlList kept = new YamlList();
                        for (Object d : ((YamlList) e.getValue()).items()) {
                            Integer p = partOf.get((String) d);
                            if (p == null || p == self) {
                                kept.add(d);
                            } else {
                                deps.add(p);
                            }
                        }
                        rewritten.putIfNotEmpty("DependsOn", kept);
                    } else if (ATTRIBUTE_KEYS.contains(e.getKey())) {
                        rewritten.put(e.getKey(), e.getValue());
                    } else {
                        rewritten.put(e.getKey(), rewrite(e.getValue(), id2 -> {
                            Integer p = partOf.get(id2);
                            return p != null && p != self ? p : null;
                        }, (ref, p) -> {
                            in.put(ref.key(), ref);
                            exports.get(p).put(ref.key(), ref);
                            deps.add(p);
                        }));
                    }
                }
                body.put(id, rewritten);
            }
            imports.add(in);
            bodies.add(body);
            after.add(deps);
        }
        // the template's own outputs, read from the parts that hold what they name
        YamlMap parentOutputs = new YamlMap();
        map(template, "Outputs").entries().forEach((k, v) -> {
            YamlMap o = ((YamlMap) v).copy();
            o.put("Value", rewrite(o.get("Value"), partOf::get, (ref, p) -> exports.get(p).put(ref.key(), ref),
                    (ref, p) -> Fn.getAtt(stackIds.get(p), "Outputs." + ref.key())));
            parentOutputs.put(k, o);
        });
        List<File> files = new ArrayList<>();
        YamlMap parentResources = new YamlMap();
        for (int i = 0; i < parts.size(); i++) {
            YamlMap body = bodies.get(i);
            Set<String> used = new TreeSet<>();
            collect(body, used);
            // conditions the part uses, with the conditions and parameters they use in turn
            Set<String> pending = new TreeSet<>();
            body.entries().values().forEach(r -> {
                Object c = ((YamlMap) r).get("Condition");
                if (c != null) {
                    pending.add((String) c);
                }
            });
            collectConditionNames(body, pending);
            Set<String> wanted = new TreeSet<>();
            while (!pending.isEmpty()) {
                String c = pending.iterator().next();
                pending.remove(c);
                if (conditions.containsKey(c) && wanted.add(c)) {
                    Set<String> inner = new TreeSet<>();
                    collect(conditions.get(c), inner);
                    used.addAll(inner);
                    collectConditionNames(conditions.get(c), pending);
                }
            }
            YamlMap partConditions = new YamlMap();
            conditions.entries().forEach((c, v) -> {
                if (wanted.contains(c)) {
                    partConditions.put(c, v);
                }
            });
            YamlMap partParameters = new YamlMap();
            YamlMap passed = new YamlMap();
            for (String p : parameters.entries().keySet()) {
                if (used.contains(p)) {
                    partParameters.put(p, parameters.get(p));
                    passed.put(p, Fn.ref(p));
                }
            }
            Set<Integer> sources = new TreeSet<>();
            for (Ref ref : imports.get(i).values()) {
                int from = partOf.get(ref.id());
                sources.add(from);
                partParameters.put(ref.key(), YamlMap.of("Type", ref.list() ? "CommaDelimitedList" : "String",
                        "Description", "From part " + (from + 1) + ": " + ref.describe()));
                passed.put(ref.key(), Fn.getAtt(stackIds.get(from), "Outputs." + ref.key()));
            }
            YamlMap outputs = new YamlMap();
            for (Ref ref : exports.get(i).values()) {
                outputs.put(ref.key(), YamlMap.of("Value", ref.list() ? Fn.join(",", List.of(ref.node())) : ref.node()));
            }
            if (partParameters.size() > MAX_PARAMETERS || outputs.size() > MAX_OUTPUTS) {
                throw new OverLimit("part " + (i + 1) + " would need " + partParameters.size()
                        + " parameters and " + outputs.size() + " outputs, over CloudFormation's limits of "
                        + MAX_PARAMETERS + " parameters and " + MAX_OUTPUTS + " outputs");
            }
            YamlMap part = YamlMap.of("AWSTemplateFormatVersion", "2010-09-09", "Description",
                    template.get("Description") + " (part " + (i + 1) + " of " + parts.size() + ")");
            part.putIfNotEmpty("Parameters", partParameters);
            part.putIfNotEmpty("Conditions", partConditions);
            part.put("Resources", body);
            part.putIfNotEmpty("Outputs", outputs);
            String file = stem + "-part-" + (i + 1) + ".yaml";
            files.add(new File(file, part));
            YamlMap stack = YamlMap.of("Type", "AWS::CloudFormation::Stack");
            YamlList dependsOn = new YamlList();
            // a part it takes values from is an implicit dependency; one it only waits for is written out
            after.get(i).stream().filter(p -> !sources.contains(p)).forEach(p -> dependsOn.add(stackIds.get(p)));
            stack.putIfNotEmpty("DependsOn", dependsOn);
            YamlMap props = YamlMap.of("TemplateURL", file);
            props.putIfNotEmpty("Parameters", passed);
            stack.put("Properties", props);
            parentResources.put(stackIds.get(i), stack);
        }
        YamlMap parent = YamlMap.of("AWSTemplateFormatVersion", "2010-09-09", "Description", template.get("Description"));
        parent.putIfNotEmpty("Parameters", parameters);
        parent.putIfNotEmpty("Conditions", conditions.isEmpty() ? conditions : usedConditions(conditions, parentOutputs));
        parent.put("Resources", parentResources);
        parent.putIfNotEmpty("Outputs", parentOutputs);
        List<File> all = new ArrayList<>();
        all.add(new File(name, parent));
        all.addAll(files);
        return all;
    }

    /** The conditions the parent's outputs use (an output may carry a {@code Condition}), with their own. */
    private static YamlMap usedConditions(YamlMap conditions, YamlMap outputs) {
        Set<String> pending = new TreeSet<>();
        outputs.entries().values().forEach(o -> {
            Object c = ((YamlMap) o).get("Condition");
            if (c != null) {
                pending.add((String) c);
            }
        });
        collectConditionNames(outputs, pending);
        Set<String> wanted = new TreeSet<>();
        while (!pending.isEmpty()) {
            String c = pending.iterator().next();
            pending.remove(c);
            if (conditions.containsKey(c) && wanted.add(c)) {
                collectConditionNames(conditions.get(c), pending);
            }
        }
        YamlMap out = new YamlMap();
        conditions.entries().forEach((c, v) -> {
            if (wanted.contains(c)) {
                out.put(c, v);
            }
        });
        return out;
    }

    /** A value one part takes from another: a Ref of a logical ID, or one of its attributes. */
    record Ref(String id, String attribute) {
        String key() {
            return attribute == null ? id : id + Stack.camel(attribute);
        }

        boolean list() {
            return attribute != null && LIST_ATTRIBUTES.contains(attribute);
        }

        YamlMap node() {
            return attribute == null ? Fn.ref(id) : Fn.getAtt(id, attribute);
        }

        String describe() {
            return attribute == null ? "Ref " + id : id + "." + attribute;
        }
    }

    private static Object rewrite(Object v, java.util.function.Function<String, Integer> foreign,
                                  java.util.function.BiConsumer<Ref, Integer> seen) {
        return rewrite(v, foreign, seen, (ref, p) -> Fn.ref(ref.key()));
    }

    /** {@code v} with every reference to another part's resource replaced by {@code replace}. */
    private static Object rewrite(Object v, java.util.function.Function<String, Integer> foreign,
                                  java.util.function.BiConsumer<Ref, Integer> seen,
                                  java.util.function.BiFunction<Ref, Integer, Object> replace) {
        if (v instanceof YamlMap m) {
            if (m.size() == 1 && m.get("Ref") instanceof String id && foreign.apply(id) != null) {
                Ref ref = new Ref(id, null);
                seen.accept(ref, foreign.apply(id));
                return replace.apply(ref, foreign.apply(id));
            }
            if (m.size() == 1 && m.get("Fn::GetAtt") instanceof YamlList l && l.size() == 2
                    && foreign.apply((String) l.get(0)) != null) {
                Ref ref = new Ref((String) l.get(0), (String) l.get(1));
                seen.accept(ref, foreign.apply(ref.id()));
                return replace.apply(ref, foreign.apply(ref.id()));
            }
            if (m.size() == 1 && m.containsKey("Fn::Sub")) {
                return sub(m.get("Fn::Sub"), foreign, seen, replace);
            }
            YamlMap out = new YamlMap();
            m.entries().forEach((k, x) -> out.put(k, rewrite(x, foreign, seen, replace)));
            return out;
        }
        if (v instanceof YamlList l) {
            YamlList out = new YamlList();
            l.items().forEach(x -> out.add(rewrite(x, foreign, seen, replace)));
            return out;
        }
        return v;
    }

    /** A Fn::Sub whose placeholders name another part's resources: those become variables of the Sub. */
    private static Object sub(Object arg, java.util.function.Function<String, Integer> foreign,
                              java.util.function.BiConsumer<Ref, Integer> seen,
                              java.util.function.BiFunction<Ref, Integer, Object> replace) {
        String text = arg instanceof String s ? s : (String) ((YamlList) arg).get(0);
        YamlMap vars = arg instanceof YamlList l ? (YamlMap) rewrite(l.get(1), foreign, seen, replace) : new YamlMap();
        Matcher m = SUB_NAME.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            int dot = name.indexOf('.');
            String id = dot < 0 ? name : name.substring(0, dot);
            Integer p = vars.containsKey(name) ? null : foreign.apply(id);
            if (p == null) {
                m.appendReplacement(b, Matcher.quoteReplacement(m.group()));
                continue;
            }
            Ref ref = new Ref(id, dot < 0 ? null : name.substring(dot + 1));
            seen.accept(ref, p);
            String var = ref.key();
            vars.put(var, replace.apply(ref, p));
            m.appendReplacement(b, Matcher.quoteReplacement("${" + var + "}"));
        }
        m.appendTail(b);
        return vars.isEmpty() ? Fn.sub(b.toString()) : YamlMap.of("Fn::Sub", YamlList.of(b.toString(), vars));
    }

    /** Resources in dependency order: each after everything it refers to; ties in the template's order. */
    static List<String> dependencyOrder(YamlMap resources) {
        Map<String, Set<String>> needs = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : resources.entries().entrySet()) {
            Set<String> refs = new TreeSet<>();
            collect(e.getValue(), refs);
            Object deps = ((YamlMap) e.getValue()).get("DependsOn");
            if (deps instanceof YamlList l) {
                l.items().forEach(d -> refs.add((String) d));
            }
            refs.retainAll(resources.entries().keySet());
            refs.remove(e.getKey());
            needs.put(e.getKey(), refs);
        }
        List<String> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        while (order.size() < needs.size()) {
            boolean progress = false;
            for (Map.Entry<String, Set<String>> e : needs.entrySet()) {
                if (!done.contains(e.getKey()) && done.containsAll(e.getValue())) {
                    done.add(e.getKey());
                    order.add(e.getKey());
                    progress = true;
                }
            }
            if (!progress) {
                List<String> cycle = needs.keySet().stream().filter(id -> !done.contains(id)).toList();
                throw new IllegalStateException("the template's resources refer to each other in a cycle: " + cycle);
            }
        }
        return order;
    }

    /**
     * Consecutive parts of at most {@code size} resources, each within the limits of parameters (what it takes from
     * earlier parts and the template's parameters) and of outputs (what later parts and the template's outputs take
     * from it): a part ends before the resource that would bring either over its limit (less a margin).
     */
    private static List<List<String>> cut(List<String> order, YamlMap resources, YamlMap parameters, YamlMap outputs,
                                          int size) {
        // every value taken from a resource ("Id" or "Id#Attribute"), and the last position that takes it
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        List<Set<String>> takes = new ArrayList<>();
        Map<String, Integer> lastTaken = new HashMap<>();
        Map<String, Set<String>> valuesOf = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            Set<String> refs = new TreeSet<>();
            collectKeys(resources.get(order.get(i)), refs);
            refs.removeIf(r -> !parameters.containsKey(r) && !position.containsKey(owner(r)));
            takes.add(refs);
            for (String r : refs) {
                if (position.containsKey(owner(r))) {
                    lastTaken.merge(r, i, Math::max);
                    valuesOf.computeIfAbsent(owner(r), k -> new TreeSet<>()).add(r);
                }
            }
        }
        Set<String> fromOutputs = new TreeSet<>();
        collectKeys(outputs, fromOutputs);
        for (String r : fromOutputs) {
            if (position.containsKey(owner(r))) {
                lastTaken.put(r, Integer.MAX_VALUE);
                valuesOf.computeIfAbsent(owner(r), k -> new TreeSet<>()).add(r);
            }
        }
        List<List<String>> parts = new ArrayList<>();
        List<String> current = new ArrayList<>();
        Set<String> members = new java.util.HashSet<>();
        Set<String> inputs = new TreeSet<>();
        for (int i = 0; i < order.size(); i++) {
            String id = order.get(i);
            Set<String> more = new TreeSet<>(inputs);
            takes.get(i).stream().filter(r -> !members.contains(owner(r))).forEach(more::add);
            int given = 0; // outputs of the part if it ended with this resource
            for (String m : members) {
                given += given(valuesOf.get(m), lastTaken, i);
            }
            given += given(valuesOf.get(id), lastTaken, i);
            if (!current.isEmpty() && (current.size() >= size || more.size() > MAX_PARAMETERS - 10
                    || given > MAX_OUTPUTS - 10)) {
                parts.add(List.copyOf(current));
                current.clear();
                members.clear();
                inputs.clear();
                inputs.addAll(takes.get(i));
            } else {
                inputs.addAll(more);
            }
            current.add(id);
            members.add(id);
        }
        if (!current.isEmpty()) {
            parts.add(List.copyOf(current));
        }
        return parts;
    }

    /** How many of {@code values} are taken after position {@code at}. */
    private static int given(Set<String> values, Map<String, Integer> lastTaken, int at) {
        if (values == null) {
            return 0;
        }
        int n = 0;
        for (String v : values) {
            if (lastTaken.getOrDefault(v, -1) > at) {
                n++;
            }
        }
        return n;
    }

    private static String owner(String key) {
        int hash = key.indexOf('#');
        return hash < 0 ? key : key.substring(0, hash);
    }

    /** The values a resource takes from elsewhere: {@code Id} for a Ref, {@code Id#Attribute} for a GetAtt. */
    private static void collectKeys(Object v, Set<String> out) {
        if (v instanceof YamlMap m) {
            m.entries().forEach((k, x) -> {
                if (k.equals("Ref") && x instanceof String s) {
                    out.add(s);
                } else if (k.equals("Fn::GetAtt") && x instanceof YamlList l && l.size() == 2) {
                    out.add(l.get(0) + "#" + l.get(1));
                } else if (k.equals("Fn::Sub")) {
                    String text = x instanceof String s ? s : (String) ((YamlList) x).get(0);
                    Set<String> own = x instanceof YamlList l ? ((YamlMap) l.get(1)).entries().keySet() : Set.of();
                    Matcher mt = SUB_NAME.matcher(text);
                    while (mt.find()) {
                        if (!own.contains(mt.group(1))) {
                            out.add(mt.group(1).replace('.', '#'));
                        }
                    }
                    if (x instanceof YamlList l) {
                        collectKeys(l.get(1), out);
                    }
                } else {
                    collectKeys(x, out);
                }
            });
        } else if (v instanceof YamlList l) {
            l.items().forEach(x -> collectKeys(x, out));
        }
    }

    /** Logical IDs named by Ref, Fn::GetAtt and Fn::Sub placeholders in {@code v}. */
    static void collect(Object v, Set<String> out) {
        Set<String> keys = new TreeSet<>();
        collectKeys(v, keys);
        keys.forEach(k -> out.add(k.contains("#") ? k.substring(0, k.indexOf('#')) : k));
    }

    /** Condition names used by {@code Fn::If} and {@code Condition} inside a condition expression. */
    private static void collectConditionNames(Object v, Set<String> out) {
        if (v instanceof YamlMap m) {
            m.entries().forEach((k, x) -> {
                if (k.equals("Condition") && x instanceof String s) {
                    out.add(s);
                } else if (k.equals("Fn::If") && x instanceof YamlList l && !l.isEmpty()) {
                    out.add((String) l.get(0));
                    collectConditionNames(x, out);
                } else {
                    collectConditionNames(x, out);
                }
            });
        } else if (v instanceof YamlList l) {
            l.items().forEach(x -> collectConditionNames(x, out));
        }
    }

    private static YamlMap map(YamlMap template, String key) {
        Object v = template.get(key);
        return v instanceof YamlMap m ? m : new YamlMap();
    }
}
