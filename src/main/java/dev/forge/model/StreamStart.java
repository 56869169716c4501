package dev.forge.model;

/** Where a new stream trigger starts reading. */
public enum StreamStart implements SpecEnum {
    LATEST("latest"),
    TRIM_HORIZON("trim-horizon");

    private final String spelling;

    StreamStart(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
