package dev.forge.model;

/** In-memory cache engines. */
public enum CacheEngine implements SpecEnum {
    REDIS("redis"),
    VALKEY("valkey");

    private final String spelling;

    CacheEngine(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
