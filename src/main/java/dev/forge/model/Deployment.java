package dev.forge.model;

/** How a new version of a service replaces the old one. */
public enum Deployment implements SpecEnum {
    /** Replace tasks a few at a time, never below the desired count; roll back when the new ones fail. */
    ROLLING("rolling"),
    /** Start the new version beside the old one and move the traffic over at once (ECS: its own blue/green strategy, platform.aws.EcsBlueGreen). */
    BLUE_GREEN("blue-green");

    private final String spelling;

    Deployment(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
