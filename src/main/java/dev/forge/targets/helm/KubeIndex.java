package dev.forge.targets.helm;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.platform.kubernetes.KubeObjects;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects of {@link KubeObjects#objects} by {@code <kind>/<name>}, to read the blocks the chart keeps as values
 * (probes, security contexts, network rules ...) exactly as the kubernetes target decides them.
 */
final class KubeIndex {

    private final Map<String, YamlMap> byId = new LinkedHashMap<>();

    KubeIndex(List<YamlMap> objects) {
        objects.forEach(o -> byId.put(KubeObjects.id(o), o));
    }

    /** The object {@code kind/name}, or null. */
    YamlMap get(String kind, String name) {
        return byId.get(kind + "/" + name);
    }

    /** Every object of {@code kind}, in the model's order. */
    List<YamlMap> all(String kind) {
        return byId.values().stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    static String name(YamlMap o) {
        return (String) ((YamlMap) o.get("metadata")).get("name");
    }

    /** The value at a dotted path of maps ({@code spec.template.spec}), or null. */
    static Object at(YamlMap o, String path) {
        Object cur = o;
        for (String key : path.split("\\.")) {
            if (!(cur instanceof YamlMap m)) {
                return null;
            }
            cur = m.get(key);
        }
        return cur;
    }

    static YamlMap map(YamlMap o, String path) {
        return (YamlMap) at(o, path);
    }

    /** The first container of a pod spec. */
    static YamlMap container(YamlMap podSpec) {
        return (YamlMap) ((YamlList) podSpec.get("containers")).get(0);
    }

    /** A copy of {@code m} without {@code keys}. */
    static YamlMap without(YamlMap m, String... keys) {
        YamlMap c = m.copy();
        for (String k : keys) {
            c.remove(k);
        }
        return c;
    }
}
