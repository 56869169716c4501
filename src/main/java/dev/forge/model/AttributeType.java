package dev.forge.model;

/** Type of a table key attribute. */
public enum AttributeType implements SpecEnum {
    STRING("string"),
    NUMBER("number"),
    BINARY("binary");

    private final String spelling;

    AttributeType(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
