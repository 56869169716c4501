package dev.forge.model;

/** A secret, by name. */
@Doc("A secret, by name only. Its value is set in the store (or by CI) and never written in the spec or the output.")
public record SecretSpec(
        @Doc("What the secret is, and who sets it.") String description,
        @Default("secrets-manager") @Doc("Where the secret lives.") SecretStore store,
        @Format(regex = Names.ENV_VAR, hint = Names.ENV_VAR_HINT)
        @Doc("Environment variable naming the secret's ARN or parameter name for code that uses it;"
                + " defaults to the secret's name in upper case with '_' and a suffix (`OPENAI_API_KEY_SECRET_ARN`,"
                + " or `_PARAMETER` for ssm).") String variable) {
}
