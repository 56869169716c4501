package dev.forge.model;

/** Which attributes a table index copies. */
public enum Projection implements SpecEnum {
    ALL("all"),
    KEYS_ONLY("keys-only"),
    INCLUDE("include");

    private final String spelling;

    Projection(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
