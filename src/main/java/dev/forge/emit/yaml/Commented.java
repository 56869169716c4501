package dev.forge.emit.yaml;

import java.util.Objects;

/**
 * A string scalar printed with a comment after it on the same line: {@code uses: owner/action@<sha> # v4.2.2}.
 * The comment is for readers only (every parser drops it); it may not hold a line break.
 *
 * @param value   the scalar
 * @param comment the text after {@code # }
 */
public record Commented(String value, String comment) {

    public Commented {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(comment, "comment");
        if (value.indexOf('\n') >= 0 || comment.indexOf('\n') >= 0 || comment.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a commented scalar and its comment are one line each");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
