package dev.forge.model;

/** Where a model is served. */
public enum ModelProvider implements SpecEnum {
    BEDROCK("bedrock");

    private final String spelling;

    ModelProvider(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
