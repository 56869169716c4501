package dev.forge.resolve;

import dev.forge.model.Access;
import dev.forge.model.Ref;
import java.util.Comparator;

/**
 * One edge of the access graph: {@code principal} (a function or service) may do {@code access} to
 * {@code resource}. Targets turn each grant into exact permissions, connection variables and network rules.
 *
 * @param via why the grant exists: {@code uses} or {@code env:VAR} (a variable read from a secret or parameter)
 */
public record Grant(Ref principal, Ref resource, Access access, String via) {

    public static final Comparator<Grant> ORDER = Comparator.comparing(Grant::principal)
            .thenComparing(Grant::resource).thenComparing(Grant::access);

    /** What {@link #via} says of a grant a trigger implies ({@code trigger:queue}, {@code trigger:table}). */
    public static final String TRIGGER = "trigger:";

    /** Whether a trigger implies this grant (a queue consumed, a stream read) rather than a {@code uses:} entry. */
    public boolean isTrigger() {
        return via.startsWith(TRIGGER);
    }
}
