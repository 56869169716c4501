package dev.forge.targets.kubernetes;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.platform.kubernetes.KubeObjects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the objects of several environments into a Kustomize base and per-environment differences. Before the
 * split every object is put in its environment-neutral form ({@link Neutral}): no namespace (the overlay's
 * {@code namespace:} sets it) and built images under their base name (the overlay's {@code images:} sets the
 * repository). The base holds the objects every environment has, each with the keys every environment has
 * (a scalar or list that differs takes the first environment's value); an environment's patch is then exactly
 * the difference between the base object and its own, and objects only some environments have are overlay
 * resources.
 */
final class Layers {

    /** The base objects, in {@link KubeObjects#ORDER}. */
    final List<YamlMap> base = new ArrayList<>();
    /** Per environment: the patch of each base object that differs (by object id), and its own extra objects. */
    final Map<String, Map<String, List<Map<String, Object>>>> patches = new LinkedHashMap<>();
    /** The base objects by id. */
    final Map<String, YamlMap> baseById = new LinkedHashMap<>();
    final Map<String, List<YamlMap>> extra = new LinkedHashMap<>();

    /** {@code neutral} maps each environment (in order) to its objects in neutral form. */
    Layers(Map<String, List<YamlMap>> neutral) {
        List<Map<String, YamlMap>> byEnv = new ArrayList<>();
        neutral.values().forEach(objects -> {
            Map<String, YamlMap> m = new LinkedHashMap<>();
            objects.forEach(o -> m.put(KubeObjects.id(o), o));
            byEnv.add(m);
        });
        Map<String, YamlMap> first = byEnv.get(0);
        for (String id : first.keySet()) {
            if (byEnv.stream().allMatch(m -> m.containsKey(id))) {
                base.add(commonObject(byEnv.stream().map(m -> m.get(id)).toList()));
            }
        }
        base.sort(KubeObjects.ORDER);
        base.forEach(o -> baseById.put(KubeObjects.id(o), o));
        // each environment's differences on whichever core is free, gathered in the environments' order
        List<String> envs = new ArrayList<>(neutral.keySet());
        List<Integer> indexes = java.util.stream.IntStream.range(0, envs.size()).boxed().toList();
        List<Map.Entry<Map<String, List<Map<String, Object>>>, List<YamlMap>>> layers = dev.forge.util.Parallel.map(indexes, i -> {
            Map<String, List<Map<String, Object>>> envPatches = new LinkedHashMap<>();
            List<YamlMap> envExtra = new ArrayList<>();
            for (YamlMap o : byEnv.get(i).values()) {
                String id = KubeObjects.id(o);
                YamlMap b = baseById.get(id);
                if (b == null) {
                    envExtra.add(o);
                    continue;
                }
                List<Map<String, Object>> ops = JsonPatch.diff(b, o);
                if (!ops.isEmpty()) {
                    envPatches.put(id, ops);
                }
            }
            return Map.entry(envPatches, envExtra);
        });
        for (int i = 0; i < envs.size(); i++) {
            patches.put(envs.get(i), layers.get(i).getKey());
            extra.put(envs.get(i), layers.get(i).getValue());
        }
    }

    /**
     * What the trees have in common: shared keys; differing scalars and lists from the first tree. One walk over the
     * trees (comparing whole subtrees first at every level made it quadratic in their depth); the result is a new
     * tree, sharing nothing mutable with the inputs.
     */
    static Object common(List<?> values) {
        Object first = values.get(0);
        if (first instanceof YamlMap fm && values.stream().allMatch(v -> v instanceof YamlMap)) {
            YamlMap out = new YamlMap();
            for (Map.Entry<String, Object> e : fm.entries().entrySet()) {
                List<Object> children = new ArrayList<>(values.size());
                for (Object v : values) {
                    Object child = ((YamlMap) v).get(e.getKey());
                    if (child == null) {
                        break;
                    }
                    children.add(child);
                }
                if (children.size() == values.size()) {
                    out.put(e.getKey(), common(children));
                }
            }
            return out;
        }
        return first instanceof YamlMap m ? m.copy() : first instanceof YamlList l ? l.copy() : first;
    }

    private static YamlMap commonObject(List<YamlMap> objects) {
        return (YamlMap) common((List<?>) objects);
    }
}
