package dev.forge.model;

/** Multi-factor sign-in of a user pool. */
public enum MfaMode implements SpecEnum {
    NONE("none"),
    OPTIONAL("optional"),
    REQUIRED("required");

    private final String spelling;

    MfaMode(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
