package dev.forge.model;

/** Object events a bucket trigger reacts to. */
public enum BucketEvent implements SpecEnum {
    CREATED("created"),
    REMOVED("removed");

    private final String spelling;

    BucketEvent(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
