package dev.forge.bind;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 9: the one secret detector, by format and by name, and what it must not flag. */
public class SecretScannerTest {

    /** One of each format, with what the detector calls it. Every value is fake. */
    public static final String[][] FORMATS = {
        {"AKIAIOSFODNN7EXAMPLE", "an AWS access key"},
        {"ASIAY34FZKBOKMUTVV7A", "an AWS access key"},
        {"ghp_abcdefghijklmnopqrstuvwxyz0123456789", "a GitHub token"},
        {"gho_abcdefghijklmnopqrstuvwxyz0123456789", "a GitHub token"},
        {"ghs_abcdefghijklmnopqrstuvwxyz0123456789", "a GitHub token"},
        {"github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "a GitHub token"},
        {"xoxb-123456789012-abcdefghijkl", "a Slack token"},
        {"xoxp-123456789012-abcdefghijkl", "a Slack token"},
        {"sk_live_4eC39HqLyjWDarjtT1zdp7dc", "a Stripe key"},
        {"rk_live_4eC39HqLyjWDarjtT1zdp7dc", "a Stripe key"},
        {"sk-abcdefghijklmnopqrstuvwxyz012345", "an OpenAI API key"},
        {"sk-proj-abcdefghijklmnopqrstuvwxyz012345", "an OpenAI API key"},
        {"sk-ant-api03-abcdefghijklmnopqrstuvwxyz012345", "an Anthropic API key"},
        {"AIzaSyA1234567890abcdefghijklmnopqrstuv", "a Google API key"},
        {"npm_abcdefghijklmnopqrstuvwxyz0123456789", "an npm token"},
        {"-----BEGIN RSA PRIVATE KEY-----", "a private key"},
        {"-----BEGIN OPENSSH PRIVATE KEY-----", "a private key"},
        {"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "a JWT"},
        {"postgres://admin:S3cret@db/app", "a password in a URL"},
        {"redis://:hunter2@cache:6379/0", "a password in a URL"},
        {"https://user:pa55word@example.com/path", "a password in a URL"},
        {"Basic dXNlcjpwYXNzd29yZA==", "a Basic Authorization header value"},
        {"Authorization: Basic YWRtaW46UzNjcmV0", "a Basic Authorization header value"},
        {"Bearer 4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c", "a Bearer Authorization header value"},
    };

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> formats() {
        return java.util.Arrays.stream(FORMATS).map(f -> org.junit.jupiter.params.provider.Arguments.of(f[0], f[1]));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("formats")
    void everyFormat_isRecognised_andNamed(String value, String kind) {
        assertThat(SecretScanner.credentialKind(value)).contains(kind);
        assertThat(SecretScanner.credentialKind("prefix " + value + " suffix")).contains(kind);
        assertThat(SecretScanner.isSecretVariable("SOME_SETTING", value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"info", "https://example.com", "https://example.com/a:b@c", "postgres://db:5432/app",
        "postgres://user:${DB_PASSWORD}@db/app", "Basic authentication is off", "Bearer tokens expire",
        "Bearer", "us-east-2", "arn:aws:secretsmanager:us-east-2:123456789012:secret:x", "ghp_short",
        "sk-short", "eyJ", "skill-level", "mailto:ops@example.com", "git@github.com:acme/app.git",
        "anthropic.claude-sonnet-4-20250514-v1:0", "python3.12", "handler.handler", "AKIA-not-a-key"})
    void ordinaryValues_areNotCredentials(String value) {
        assertThat(SecretScanner.credentialKind(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DB_PASS", "DB_PASSWORD", "PASSWD", "PASSPHRASE", "GPG_PASSPHRASE", "CLIENT_SECRET",
        "SECRET", "JWT_SECRET", "GITHUB_TOKEN", "TOKEN", "AWS_CREDENTIALS", "GOOGLE_CREDENTIAL", "STRIPE_API_KEY",
        "OPENAI_APIKEY", "PRIVATE_KEY", "SSH_PRIVATE_KEY", "db-pass", "SIGNING_KEY"})
    void secretNames_areRecognised_andAnyLiteralUnderThemIsASecret(String name) {
        assertThat(SecretScanner.isSecretName(name)).isTrue();
        assertThat(SecretScanner.isSecretVariable(name, "changeme")).isTrue();
        assertThat(SecretScanner.isSecretVariable(name, "123456")).as("a number under a bare secret name").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LOG_LEVEL", "PASSENGER_COUNT", "BYPASS_CACHE", "TABLE_NAME", "SECRETARY_EMAIL",
        "TOKENIZER", "COMPASS_URL", "PORT", "STAGE", "DATABASE_URL", "API_URL", "SENTRY_DSN"})
    void ordinaryNames_areNotSecretNames(String name) {
        assertThat(SecretScanner.isSecretName(name)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"DATABASE_URL, postgres://admin:S3cret@db/app", "CACHE_URI, rediss://default:pw1234@cache:6379",
        "MYSQL_DSN, app:S3cret@tcp(db:3306)/app", "SENTRY_DSN, https://abc123:def456@o1.ingest.sentry.io/1"})
    void urlNamedVariablesHoldingAPassword_areSecrets(String name, String value) {
        assertThat(SecretScanner.isSecretVariable(name, value)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"DATABASE_URL, postgres://db:5432/app", "API_URL, https://example.com", "MYSQL_DSN, tcp(db:3306)/app",
        "DATABASE_URL, 'postgres://app:${DB_PASSWORD}@db/app'", "LOG_LEVEL, info", "SITE_URL, https://example.com/x@y"})
    void urlNamedVariablesWithoutAPassword_andOrdinaryVariables_areNotSecrets(String name, String value) {
        assertThat(SecretScanner.isSecretVariable(name, value)).isFalse();
    }

    /** Decided: a number or boolean under a secret name with a configuration qualifier is configuration. */
    @ParameterizedTest
    @CsvSource({"TOKEN_TTL, 3600", "PASSWORD_MIN_LENGTH, 12", "SESSION_TOKEN_TIMEOUT, 30", "API_KEY_REQUIRED, true",
        "SECRET_ROTATION_DAYS, 90"})
    void configurationOfASecret_isNotASecret(String name, String value) {
        assertThat(SecretScanner.isSecretVariable(name, value)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"TOKEN_TTL, abc123def", "TOKEN, 3600", "DB_PASSWORD, 123456", "PASSWORD_MIN_LENGTH, twelve12"})
    void aSecretNameWithoutAQualifier_orAQualifiedNameWithAStringValue_isStillASecret(String name, String value) {
        assertThat(SecretScanner.isSecretVariable(name, value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"secret:db-password", "parameter:db-password", "${DB_PASSWORD}"})
    void references_areNotValues(String value) {
        assertThat(SecretScanner.isSecretVariable("DB_PASSWORD", value)).isFalse();
    }

    /**
     * A token's marker counts only where the token could start: inside a word ("ecs-task-", "disk-") it is not a
     * marker, so generated files full of such words are not searched in vain, and a real token beside them is still
     * found, wherever it stands.
     */
    @ParameterizedTest
    @ValueSource(strings = {"family: ecs-task-execution-role", "disk-usage", "Ask-Me", "xAKIA", "my_eyJwt",
        "denpm_x", "ghp"})
    void aMarkerInsideAWord_isNoHintOfACredential(String value) {
        assertThat(SecretScanner.mayHoldCredential(value)).isFalse();
        assertThat(SecretScanner.credentialKind(value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "family: ecs-task-x NL key: sk-abcdefghijklmnopqrstuvwxyz012345|an OpenAI API key",
        "disk-usage=sk-ant-api03-abcdefghijklmnopqrstuvwxyz012345|an Anthropic API key",
        "task-AKIAIOSFODNN7EXAMPLE|an AWS access key",
        "(ghp_abcdefghijklmnopqrstuvwxyz0123456789)|a GitHub token",
        "ask-me;sk_live_4eC39HqLyjWDarjtT1zdp7dc|a Stripe key"})
    void aTokenBesideWordsHoldingItsMarker_isStillFound(String value, String kind) {
        assertThat(SecretScanner.mayHoldCredential(value.replace(" NL ", "\n"))).isTrue();
        assertThat(SecretScanner.credentialKind(value.replace(" NL ", "\n"))).contains(kind);
    }
}
