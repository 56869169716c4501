package dev.forge.targets.azure;

import dev.forge.platform.azure.ApiVersions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ARM template expressions Forge emits, as a small AST rendered to {@code "[...]"}: string literals (quotes
 * doubled), function calls and property access. Never built by gluing text.
 */
final class Arm {

    private Arm() {
    }

    sealed interface Expr permits Str, Call, Member {
    }

    /** A string literal. */
    record Str(String value) implements Expr {
    }

    /** A function call {@code fn(args...)}. */
    record Call(String function, List<Expr> args) implements Expr {
        Call {
            args = List.copyOf(args);
        }
    }

    /** A property of an object value: {@code target.name}. */
    record Member(Expr target, String name) implements Expr {
    }

    static Str str(String s) {
        return new Str(s);
    }

    static Call call(String fn, Expr... args) {
        return new Call(fn, Arrays.asList(args));
    }

    static Member member(Expr target, String... path) {
        Expr e = target;
        for (int i = 0; i < path.length - 1; i++) {
            e = new Member(e, path[i]);
        }
        return new Member(e, path[path.length - 1]);
    }

    static Call parameter(String name) {
        return call("parameters", str(name));
    }

    /** {@code resourceId('type', 'name1', ...)} of a resource of this template. */
    static Call resourceId(Res r) {
        List<Expr> args = new ArrayList<>();
        args.add(str(r.type()));
        r.names().forEach(n -> args.add(str(n)));
        return new Call("resourceId", args);
    }

    /** {@code reference(resourceId(...), 'version')}: the resource's runtime properties. */
    static Call reference(Res r) {
        return call("reference", resourceId(r), str(ApiVersions.of(r.type())));
    }

    /** {@code concat(...)}. */
    static Call concat(Expr... parts) {
        return call("concat", parts);
    }

    /** The template text of an expression: {@code [fn('a', ...)]}. */
    static String render(Expr e) {
        StringBuilder sb = new StringBuilder("[");
        write(sb, e);
        return sb.append(']').toString();
    }

    private static void write(StringBuilder sb, Expr e) {
        if (e instanceof Str s) {
            sb.append('\'').append(s.value().replace("'", "''")).append('\'');
        } else if (e instanceof Call c) {
            sb.append(c.function()).append('(');
            for (int i = 0; i < c.args().size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                write(sb, c.args().get(i));
            }
            sb.append(')');
        } else {
            Member m = (Member) e;
            write(sb, m.target());
            sb.append('.').append(m.name());
        }
    }
}
