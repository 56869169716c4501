package dev.forge.model;

/** Infrastructure as code CI plans and applies: the output of the terraform-aws or the cloudformation target. */
public enum Iac implements SpecEnum {
    TERRAFORM("terraform"),
    CLOUDFORMATION("cloudformation");

    private final String spelling;

    Iac(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
