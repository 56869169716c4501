package dev.forge.model;

/** Container registry CI pushes images to. */
public enum Registry implements SpecEnum {
    ECR("ecr"),
    GHCR("ghcr");

    private final String spelling;

    Registry(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
