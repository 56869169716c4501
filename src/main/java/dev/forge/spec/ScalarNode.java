package dev.forge.spec;

import dev.forge.diag.Location;

/**
 * A scalar exactly as written. Forge keeps the source text and interprets it only when binding, against
 * the type the model expects there: {@code 012} stays {@code "012"} for a string field.
 *
 * @param text the scalar's text, without quotes
 * @param plain true when written without quotes or block style (only plain scalars can be null,
 *              booleans or numbers)
 */
public record ScalarNode(String text, boolean plain, Location location) implements Node {

    /** {@code ~}, {@code null} and an empty plain value all mean "nothing here". */
    public boolean isNull() {
        return plain && (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null")
                || text.equals("NULL"));
    }

    /** Quoted as a message shows it: control characters escaped, over-long text cut. */
    @Override
    public String describe() {
        if (isNull()) {
            return "null";
        }
        return "'" + dev.forge.util.Shown.value(text) + "'";
    }
}
