package dev.forge.model;

/** Where a secret lives: SSM Parameter Store (SecureString) or Secrets Manager. */
public enum SecretStore implements SpecEnum {
    SECRETS_MANAGER("secrets-manager"),
    SSM("ssm");

    private final String spelling;

    SecretStore(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
