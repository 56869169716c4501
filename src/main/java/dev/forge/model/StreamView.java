package dev.forge.model;

/** What a table's change stream carries. */
public enum StreamView implements SpecEnum {
    NONE("none"),
    KEYS_ONLY("keys-only"),
    NEW_IMAGE("new-image"),
    OLD_IMAGE("old-image"),
    NEW_AND_OLD_IMAGES("new-and-old-images");

    private final String spelling;

    StreamView(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
