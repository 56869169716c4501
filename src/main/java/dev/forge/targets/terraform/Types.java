package dev.forge.targets.terraform;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;

/** Terraform type constraints, as expressions. */
final class Types {

    static final Expr STRING = Hcl.ref("string");
    static final Expr NUMBER = Hcl.ref("number");
    static final Expr BOOL = Hcl.ref("bool");
    static final Expr STRINGS = list(STRING);
    static final Expr STRING_MAP = map(STRING);

    private Types() {
    }

    static Expr list(Expr of) {
        return Hcl.call("list", of);
    }

    static Expr map(Expr of) {
        return Hcl.call("map", of);
    }

    /** {@code object({ k = type, ... })} from alternating names and types. */
    static Expr object(Object... namesAndTypes) {
        Hcl.Obj o = Hcl.obj();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            o.put((String) namesAndTypes[i], (Expr) namesAndTypes[i + 1]);
        }
        return Hcl.call("object", o.build());
    }

    static Expr optional(Expr type) {
        return Hcl.call("optional", type);
    }

    static Expr optional(Expr type, Expr defaultValue) {
        return Hcl.call("optional", type, defaultValue);
    }
}
