package dev.forge.model;

/** Whether Forge creates the network or uses one that exists (bring your own VPC). */
public enum VpcSource implements SpecEnum {
    CREATE("create"),
    EXISTING("existing");

    private final String spelling;

    VpcSource(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
