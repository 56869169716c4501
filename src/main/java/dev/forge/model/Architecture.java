package dev.forge.model;

/** CPU architecture of a function. */
public enum Architecture implements SpecEnum {
    ARM64("arm64"),
    X86_64("x86_64");

    private final String spelling;

    Architecture(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
