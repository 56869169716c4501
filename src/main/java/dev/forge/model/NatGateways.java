package dev.forge.model;

/** How many NAT gateways the network has: one shared by every zone, or one per zone. */
public enum NatGateways implements SpecEnum {
    SINGLE("single"),
    PER_ZONE("per-zone");

    private final String spelling;

    NatGateways(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
