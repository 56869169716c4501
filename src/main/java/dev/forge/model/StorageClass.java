package dev.forge.model;

/** Object storage classes for lifecycle transitions and replicas. */
public enum StorageClass implements SpecEnum {
    STANDARD("STANDARD"),
    STANDARD_IA("STANDARD_IA"),
    ONEZONE_IA("ONEZONE_IA"),
    INTELLIGENT_TIERING("INTELLIGENT_TIERING"),
    GLACIER_IR("GLACIER_IR"),
    GLACIER("GLACIER"),
    DEEP_ARCHIVE("DEEP_ARCHIVE");

    private final String spelling;

    StorageClass(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
