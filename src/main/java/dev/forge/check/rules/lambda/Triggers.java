package dev.forge.check.rules.lambda;

import dev.forge.bind.SourceMap;
import dev.forge.check.Result;
import dev.forge.check.Subject;
import dev.forge.check.Violation;
import dev.forge.model.FunctionSpec;
import dev.forge.model.TriggerSpec;
import java.util.ArrayList;
import java.util.List;

/** What the rules about one trigger at a time share: the walk over a function's triggers of some kinds. */
final class Triggers {

    private Triggers() {
    }

    /** A check of one trigger: its violation (at a field of {@code triggers[index]}), or null when it complies. */
    interface Check {
        Violation of(String at, TriggerSpec trigger);
    }

    /**
     * {@code check} on each of the function's triggers that {@code which} selects, with the path of each entry
     * ({@code triggers[2]}); not applicable when it selects none.
     */
    static Result each(Subject<FunctionSpec> r, java.util.function.Predicate<TriggerSpec> which, Check check) {
        List<TriggerSpec> triggers = r.spec().triggers();
        boolean applies = false;
        List<Violation> out = new ArrayList<>();
        for (int i = 0; triggers != null && i < triggers.size(); i++) {
            TriggerSpec t = triggers.get(i);
            if (t == null || !which.test(t)) {
                continue;
            }
            applies = true;
            Violation v = check.of(SourceMap.item("triggers", i), t);
            if (v != null) {
                out.add(v);
            }
        }
        return applies ? Result.of(out) : Result.notApplicable();
    }
}
