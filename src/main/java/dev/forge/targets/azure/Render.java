package dev.forge.targets.azure;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The two renderings of the one model: ARM (expressions) and the Container Apps YAML (literals). */
final class Render {

    private Render() {
    }

    /** A value for the ARM template: a {@link Val} or expression becomes its {@code "[...]"} text. */
    static Object arm(Object v) {
        if (v instanceof Val.Id id) {
            return Arm.render(Arm.resourceId(id.resource()));
        }
        if (v instanceof Val.Dual d) {
            return Arm.render(d.arm());
        }
        if (v instanceof Arm.Expr e) {
            return Arm.render(e);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(arm(k)), arm(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(arm(x)));
            return out;
        }
        return v;
    }

    /**
     * A value for the YAML: a resource ID in full (subscription and resource group), a {@link Val.Dual} as its literal.
     */
    static Object yaml(Object v, String subscription, String resourceGroup) {
        if (v instanceof Val.Id id) {
            return id.resource().id(subscription, resourceGroup);
        }
        if (v instanceof Val.Dual d) {
            return d.literal();
        }
        if (v instanceof Arm.Expr) {
            throw new IllegalStateException("an ARM expression has no YAML form: " + Arm.render((Arm.Expr) v));
        }
        if (v instanceof Map<?, ?> m) {
            YamlMap out = new YamlMap();
            m.forEach((k, x) -> out.put(String.valueOf(yaml(k, subscription, resourceGroup)), yaml(x, subscription, resourceGroup)));
            return out;
        }
        if (v instanceof List<?> l) {
            YamlList out = new YamlList();
            l.forEach(x -> out.add(yaml(x, subscription, resourceGroup)));
            return out;
        }
        return v;
    }
}
