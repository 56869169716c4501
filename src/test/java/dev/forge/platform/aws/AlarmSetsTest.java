package dev.forge.platform.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.model.AlarmsSpec;
import dev.forge.pipeline.Pipeline;
import dev.forge.platform.aws.AlarmSets.Alarm;
import dev.forge.platform.aws.AlarmSets.Subject;
import dev.forge.platform.aws.AlarmSets.Threshold;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.spec.SpecSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The alarm sets every AWS target raises: the catalogue and the thresholds it computes from the spec. */
class AlarmSetsTest {

    private static final String SPEC = """
            forge: 1
            app: shop
            owner: platform-team
            region: eu-west-1
            environments:
              prod: { alerts: { email: ops@example.com } }
            monitoring: { alarms: { errors: 7, latency: 2500ms } }
            databases:
              main: { instance: db.t4g.medium, storage: 20Gi }
            functions:
              api:
                runtime: python3.12
                handler: app.handler
                source: src
                timeout: 10s
            """;

    private static ResolvedEnv prod() {
        return Pipeline.resolve(SpecSource.of("forge.yaml", SPEC)).environments().get(0);
    }

    @Test
    void everyAlarmKind_hasAUniqueKeyAndSuffixPerSubject_andAtLeastOneDimension() {
        Set<String> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Alarm a : Stream.concat(AlarmSets.SERVERLESS.stream(), AlarmSets.PLATFORM.stream()).toList()) {
            assertThat(keys.add(a.key())).as(a.key()).isTrue();
            assertThat(names.add(a.subject() + "/" + a.suffix())).as(a.key()).isTrue();
            assertThat(a.dimensions()).as(a.key()).isNotEmpty();
            assertThat(a.comparison()).isIn(AlarmSets.ABOVE, AlarmSets.BELOW);
        }
        assertThat(keys).hasSize(23);
    }

    @Test
    void onlyFreeStorage_alarmsBelowItsThreshold() {
        assertThat(Stream.concat(AlarmSets.SERVERLESS.stream(), AlarmSets.PLATFORM.stream())
                .filter(a -> a.comparison().equals(AlarmSets.BELOW)).map(Alarm::key)).containsExactly("db_free_storage");
    }

    @Test
    void aFunction_getsErrorsThrottlesAndDuration_withThresholdsFromTheSpecAndItsTimeout() {
        ResolvedEnv env = prod();
        AlarmsSpec alarms = env.spec().monitoring().alarms();
        List<Alarm> function = AlarmSets.SERVERLESS.stream().filter(a -> a.subject() == Subject.FUNCTION).toList();

        assertThat(function).extracting(Alarm::metric).containsExactly("Errors", "Throttles", "Duration");
        assertThat(function.get(2).percentile()).isTrue();
        assertThat(AlarmSets.threshold(Threshold.ERRORS, alarms, null, null)).isEqualTo(7);
        // 90 % of the 10 s timeout, in milliseconds
        assertThat(AlarmSets.threshold(Threshold.TIMEOUT_SHARE_MS, alarms, env.spec().functions().get("api"), null))
                .isEqualTo(9000.0);
        assertThat(AlarmSets.threshold(Threshold.LATENCY_SECONDS, alarms, null, null)).isEqualTo(2.5);
    }

    @Test
    void aDatabase_alarmsOnATenthOfItsStorageFree_andOn80PercentOfItsDefaultConnections() {
        ResolvedEnv env = prod();
        var db = env.spec().databases().get("main");

        assertThat(AlarmSets.threshold(Threshold.FREE_STORAGE_BYTES, env.spec().monitoring().alarms(), null, db))
                .isEqualTo(20L * 1024 * 1024 * 1024 / 10);
        assertThat(AlarmSets.connectionsThreshold("db.t4g.medium")).isEqualTo(4L * 1073741824 / 9531392 * 8 / 10);
        assertThat(AlarmSets.connectionsThreshold("db.x2g.large")).as("unknown family").isEqualTo(4000);
        assertThat(AlarmSets.cacheNodeSuffix(2)).isEqualTo("-002");
    }
}
