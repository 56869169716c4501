package dev.forge.model;

/** How callers of an API authenticate. */
public enum AuthType implements SpecEnum {
    NONE("none"),
    JWT("jwt"),
    COGNITO("cognito");

    private final String spelling;

    AuthType(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
