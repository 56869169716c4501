package dev.forge.model;

/** A scalar could not be parsed as a model value. The binder turns it into a located diagnostic. */
public final class BadValueException extends IllegalArgumentException {

    private final String fix;

    public BadValueException(String message, String fix) {
        super(message);
        this.fix = fix;
    }

    public String fix() {
        return fix;
    }
}
