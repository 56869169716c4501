package dev.forge.model;

/** Encryption at rest: the service's own managed key, the cloud's managed KMS key, or a customer-managed KMS key Forge creates (with rotation). */
public enum Encryption implements SpecEnum {
    MANAGED("managed"),
    KMS("kms"),
    CUSTOMER_KMS("customer-kms");

    private final String spelling;

    Encryption(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
