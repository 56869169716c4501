package dev.forge.targets.kubernetes;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 6902 JSON patch computed from two object trees: {@code add} for a key only the environment has,
 * {@code remove} for one only the base has, {@code replace} for a different scalar or list (a list is replaced
 * whole unless both hold the same named items in the same order, which are patched at their index), recursion into maps present in both.
 */
final class JsonPatch {

    private JsonPatch() {
    }

    /** The operations turning {@code base} into {@code target}, in key order; empty when they are equal. */
    static List<Map<String, Object>> diff(YamlMap base, YamlMap target) {
        List<Map<String, Object>> ops = new ArrayList<>();
        diff("", base, target, ops);
        return ops;
    }

    private static void diff(String path, YamlMap base, YamlMap target, List<Map<String, Object>> ops) {
        Map<String, Object> b = base.entries();
        Map<String, Object> t = target.entries();
        for (String k : b.keySet()) {
            if (!t.containsKey(k)) {
                ops.add(op("remove", child(path, k), null));
            }
        }
        // a key's pointer is built only for an operation or a descent: most keys are equal in base and environment
        for (Map.Entry<String, Object> e : t.entrySet()) {
            String k = e.getKey();
            Object tv = e.getValue();
            Object bv = b.get(k);
            if (bv == null && !b.containsKey(k)) {
                ops.add(op("add", child(path, k), tv));
            } else if (bv instanceof YamlMap bm && tv instanceof YamlMap tm) {
                diff(child(path, k), bm, tm, ops);
            } else if (bv instanceof YamlList bl && tv instanceof YamlList tl && sameNames(bl, tl)) {
                String p = child(path, k);
                for (int i = 0; i < bl.size(); i++) {
                    diff(p + "/" + i, (YamlMap) bl.get(i), (YamlMap) tl.get(i), ops);
                }
            } else if (!java.util.Objects.equals(bv, tv)) {
                ops.add(op("replace", child(path, k), tv));
            }
        }
    }

    private static String child(String path, String key) {
        return path + "/" + escape(key);
    }

    /**
     * Whether two lists hold maps with the same {@code name}s in the same order (containers, env variables,
     * ports): those are patched item by item at their index, which is then the same in base and environment.
     */
    private static boolean sameNames(YamlList a, YamlList b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof YamlMap x && b.get(i) instanceof YamlMap y && x.get("name") != null
                    && x.get("name").equals(y.get("name")))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> op(String op, String path, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("op", op);
        m.put("path", path);
        if (value != null) {
            m.put("value", value instanceof YamlMap ym ? ym.toPlain()
                    : value instanceof dev.forge.emit.yaml.YamlList yl ? yl.toPlain() : value);
        }
        return m;
    }

    /** A JSON pointer token: '~' as ~0, '/' as ~1 (annotation keys such as eks.amazonaws.com/role-arn). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
