package dev.forge.platform.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.SpecSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an AWS target sets where the spec leaves it to the platform, per environment. */
class AwsDefaultsTest {

    private static final String SPEC = """
            forge: 1
            app: shop
            owner: platform-team
            region: eu-west-1
            environments:
              dev: {}
              prod: { alerts: { email: ops@example.com } }
            monitoring: { log-retention: 10d }
            tables:
              orders: { key: id }
              events: { key: id, pitr: false, deletion-protection: true }
            buckets:
              uploads: {}
              archive: { versioning: true, deletion-protection: true }
            databases:
              main: {}
            """;

    private static ResolvedEnv env(String name) {
        ResolvedSpec s = Pipeline.resolve(SpecSource.of("forge.yaml", SPEC));
        return s.environments().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 1", "2, 3", "10, 14", "30, 30", "366, 400", "4000, 3653"})
    void logRetention_isTheSmallestCloudWatchRetentionAtLeastTheDays(long days, long expected) {
        assertThat(AwsDefaults.logRetention(days)).isEqualTo(expected);
    }

    @Test
    void givenTenDaysInTheSpec_whenTheEnvironmentsRetentionIsAsked_thenFourteen() {
        assertThat(AwsDefaults.of(env("dev")).logRetentionDays()).isEqualTo(14);
    }

    @Test
    void givenProduction_thenProtectionsOnAndTheLongestSecretRecoveryWindow() {
        AwsDefaults prod = AwsDefaults.of(env("prod"));
        AwsDefaults dev = AwsDefaults.of(env("dev"));

        assertThat(prod.secretRecoveryWindowDays()).isEqualTo(30);
        assertThat(dev.secretRecoveryWindowDays()).isEqualTo(7);
        assertThat(prod.loadBalancerDeletionProtection()).isTrue();
        assertThat(dev.loadBalancerDeletionProtection()).isFalse();
        assertThat(prod.userPoolDeletionProtection()).isTrue();
        assertThat(prod.repositoryForceDelete()).isFalse();
        assertThat(dev.repositoryForceDelete()).isTrue();
        assertThat(prod.accessLogsForceDestroy()).isFalse();
        assertThat(prod.database(env("prod").spec().databases().get("main")).finalSnapshot()).isTrue();
        assertThat(dev.database(env("dev").spec().databases().get("main")).finalSnapshot()).isFalse();
    }

    @Test
    void givenATableWithoutSettings_thenPitrOnAndNoDeletionProtection_andTheSpecOverridesBoth() {
        ResolvedEnv dev = env("dev");

        assertThat(AwsDefaults.table(dev.spec().tables().get("orders")))
                .isEqualTo(new AwsDefaults.TableSettings(true, false));
        assertThat(AwsDefaults.table(dev.spec().tables().get("events")))
                .isEqualTo(new AwsDefaults.TableSettings(false, true));
    }

    @Test
    void givenABucket_thenEmptiedOnDeleteUnlessProtected() {
        ResolvedEnv dev = env("dev");

        assertThat(AwsDefaults.bucket(dev.spec().buckets().get("uploads")).forceDestroy()).isTrue();
        AwsDefaults.BucketSettings archive = AwsDefaults.bucket(dev.spec().buckets().get("archive"));
        assertThat(archive.forceDestroy()).isFalse();
        assertThat(archive.versioning()).isTrue();
    }
}
