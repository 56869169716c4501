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
              orders: { key: id, stream: new-image }
              events: { key: id, stream: new-image, pitr: false, deletion-protection: true }
            buckets:
              uploads: {}
              archive: { versioning: true, deletion-protection: true }
            queues:
              jobs: {}
            databases:
              main: {}
            functions:
              worker:
                runtime: python3.12
                handler: app.handler
                source: src
                triggers:
                  - { queue: jobs }
                  - { table: orders }
                  - { schedule: "rate(1 hour)" }
                  - { table: events, start: trim-horizon, retries: 5, bisect: false, partial-failures: false }
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

    @Test
    void givenTriggersWithoutSettings_thenEachTypesDefaults_andTheSpecOverridesThem() {
        var triggers = env("dev").spec().functions().get("worker").triggers();

        assertThat(AwsDefaults.trigger(triggers.get(0)))
                .isEqualTo(new AwsDefaults.TriggerSettings(10, true, null, null, null, null, null));
        assertThat(AwsDefaults.trigger(triggers.get(1)))
                .isEqualTo(new AwsDefaults.TriggerSettings(100, true, true, 3, 3600L, "LATEST", null));
        assertThat(AwsDefaults.trigger(triggers.get(2)))
                .isEqualTo(new AwsDefaults.TriggerSettings(null, false, null, 2, 3600L, null, "UTC"));
        assertThat(AwsDefaults.trigger(triggers.get(3)))
                .isEqualTo(new AwsDefaults.TriggerSettings(100, false, false, 5, 3600L, "TRIM_HORIZON", null));
    }
}
