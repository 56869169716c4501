package dev.forge.coverage;

import dev.forge.model.Cpu;
import dev.forge.model.Duration;
import dev.forge.model.FieldPaths;
import dev.forge.model.Introspection;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Size;
import dev.forge.model.Spec;
import dev.forge.model.Use;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Other values for one written field (same type, within its format and range), and the spec with one replaced. */
final class Mutations {

    /** String fields that name a resource of a kind (not {@link Ref}s): their other values are the other names. */
    private static final Map<String, Kind> NAMES = Map.of(
            "functions.*.triggers[].queue", Kind.QUEUE,
            "functions.*.triggers[].bucket", Kind.BUCKET,
            "functions.*.triggers[].table", Kind.TABLE,
            "functions.*.triggers[].topic", Kind.TOPIC,
            "functions.*.triggers[].dead-letter-queue", Kind.QUEUE,
            "topics.*.subscriptions[].queue", Kind.QUEUE);

    /** Other schedules, in each form ({@code rate(...)}, EventBridge cron, five-field cron). */
    private static final List<String> SCHEDULES = List.of("rate(5 minutes)", "cron(30 4 * * ? *)", "30 4 * * *");

    private Mutations() {
    }

    /** Candidate replacements for {@code w}, most telling first; null (unset) last when the field is optional. */
    static List<Object> of(FieldPaths.Written w, Spec spec) {
        Object v = w.value();
        List<Object> out = new ArrayList<>();
        if (v instanceof Boolean b) {
            out.add(!b);
        } else if (v instanceof Integer i) {
            out.add(i + 1);
            out.add(i - 1);
        } else if (v instanceof String s) {
            Kind named = NAMES.get(w.pattern());
            if (named != null && spec.section(named) != null) {
                spec.section(named).keySet().stream().filter(n -> !n.equals(s)).sorted().forEach(out::add);
            }
            if (w.pattern().endsWith(".schedule")) {
                out.addAll(SCHEDULES);
            }
            strings(s).forEach(out::add);
        } else if (v instanceof Enum<?> e) {
            for (Object c : e.getDeclaringClass().getEnumConstants()) {
                if (c != e) {
                    out.add(c);
                }
            }
        } else if (v instanceof Duration d) {
            out.add(Duration.ofSeconds(d.seconds() + 86400));
            out.add(Duration.ofSeconds(Math.max(1, d.seconds() / 2)));
            out.add(Duration.ofSeconds(d.seconds() + 1));
        } else if (v instanceof Size z) {
            out.add(Size.ofMebibytes(z.mebibytes() * 2));
            out.add(Size.ofMebibytes(z.mebibytes() + 1));
        } else if (v instanceof Cpu c) {
            out.add(Cpu.parse((c.millicores() * 2) + "m"));
        } else if (v instanceof Ref r) {
            spec.section(r.kind()).keySet().stream().filter(n -> !n.equals(r.name())).sorted()
                    .forEach(n -> out.add(new Ref(r.kind(), n)));
        } else if (v instanceof List<?> l) {
            if (l.size() > 1) {
                out.add(List.copyOf(l.subList(0, l.size() - 1)));
            }
            if (!l.isEmpty() && l.get(0) instanceof String s) {
                strings(s).forEach(m -> out.add(List.of(m)));
            }
            if (!l.isEmpty() && l.get(0) instanceof Use u && l.size() == 1) {
                out.add(List.of());
            }
        } else if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            Map<Object, Object> changed = new LinkedHashMap<>(m);
            Object first = m.keySet().iterator().next();
            Object value = m.get(first);
            if (value instanceof String text) {
                changed.put(first, text + "2");
                out.add(changed);
            } else if (value instanceof Enum<?> e) {
                Object[] all = e.getDeclaringClass().getEnumConstants();
                changed.put(first, all[(e.ordinal() + 1) % all.length]);
                out.add(changed);
            }
            Map<Object, Object> renamed = new LinkedHashMap<>(m);
            renamed.put(first + "2", renamed.remove(first));
            out.add(renamed);
        }
        out.removeIf(o -> !valid(w.field(), o));
        if (!w.field().required()) {
            out.add(null);
        }
        return out;
    }

    private static List<String> strings(String s) {
        List<String> out = new ArrayList<>();
        out.add(s + "2");
        out.add(s.substring(0, s.length() - 1) + (s.endsWith("1") ? "2" : "1"));
        out.add(s.replaceFirst("^(\\S*?)([a-z])", "$1x"));
        out.add("2" + s);
        return out;
    }

    private static boolean valid(Introspection.Field f, Object o) {
        if (o instanceof String s) {
            return f.matchesFormat(s);
        }
        if (o instanceof List<?> l) {
            return l.stream().allMatch(e -> !(e instanceof String s) || f.matchesFormat(s));
        }
        return f.inRange(o);
    }

    /** {@code spec} with the value at {@code path} (a concrete path of {@link FieldPaths#written}) replaced. */
    static Spec replace(Spec spec, String path, Object value) {
        return (Spec) replace(spec, "", path, value);
    }

    private static Object replace(Object node, String at, String path, Object value) {
        if (node instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                String p = FieldPaths.child(at, String.valueOf(k));
                out.put(k, path.equals(p) ? value : within(p, path) ? replace(v, p, path, value) : v);
            });
            return out;
        }
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                String p = at + "[" + i + "]";
                out.add(path.equals(p) ? value : within(p, path) ? replace(l.get(i), p, path, value) : l.get(i));
            }
            return out;
        }
        Object out = node;
        for (Introspection.Field f : Introspection.fields(node.getClass())) {
            String p = FieldPaths.child(at, f.key());
            if (path.equals(p)) {
                out = Introspection.with(out, f.javaName(), value);
            } else if (within(p, path) && f.get(node) != null) {
                out = Introspection.with(out, f.javaName(), replace(f.get(node), p, path, value));
            }
        }
        return out;
    }

    private static boolean within(String prefix, String path) {
        return path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
    }
}
