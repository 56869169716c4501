package dev.forge.targets.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.pipeline.Pipeline;
import dev.forge.platform.aws.AlarmSets;
import dev.forge.platform.aws.Dashboards;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.SynthContext;
import dev.forge.util.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform alarms and the dashboard of the monitoring part, read back from the examples' templates. */
class MonitoringPartTest {

    @Test
    void givenTheAiValidationPlatform_whenSynthesized_thenEachPlatformSubjectHasTheSharedAlarmsWithItsOwnThresholds() {
        Template t = CloudFormationExamples.templates("ai-validation-platform").get("prod");
        TreeSet<String> names = new TreeSet<>();
        t.resources().forEach((id, r) -> {
            if (r.type().equals("AWS::CloudWatch::Alarm")) {
                names.add((String) r.properties().get("AlarmName"));
            }
        });

        TreeSet<String> expected = new TreeSet<>();
        Map<AlarmSets.Subject, List<String>> keys = Map.of(AlarmSets.Subject.LOAD_BALANCER, List.of("public"),
                AlarmSets.Subject.TARGET_GROUP, List.of("public-api", "public-web"),
                AlarmSets.Subject.ECS_SERVICE, List.of("api", "orchestrator", "web"),
                AlarmSets.Subject.DATABASE, List.of("main"), AlarmSets.Subject.CACHE_NODE, List.of("queue-1", "queue-2"));
        AlarmSets.PLATFORM.forEach(a -> keys.get(a.subject()).forEach(k ->
                expected.add("ai-validation-platform-prod-" + k + "-" + a.suffix())));
        assertThat(names).isEqualTo(expected);

        YamlMap connections = t.resource("AlarmMainDbConnections").properties();
        YamlMap storage = t.resource("AlarmMainDbFreeStorage").properties();
        YamlMap node = t.resource("AlarmQueue2CacheMemory").properties();
        // db.t4g.medium: 4 GiB, LEAST(memory / 9531392, 5000) connections, 80 % of them
        assertThat(connections.get("Threshold")).isEqualTo(360L);
        assertThat(storage.get("Threshold")).isEqualTo(100L * 1024 * 1024 * 1024 / 10);
        assertThat(storage.get("ComparisonOperator")).isEqualTo("LessThanThreshold");
        assertThat(((YamlMap) ((YamlList) node.get("Dimensions")).get(0)).get("Value")).isEqualTo(Fn.sub("${CacheQueue}-002"));
        assertThat(node.get("Threshold")).isEqualTo(85);
    }

    @Test
    void givenTheForgePlatform_whenSynthesized_thenTheDashboardBodyIsTheSharedWidgetsAndEveryPlaceholderIsInTheStack() {
        for (Map.Entry<String, Template> e : CloudFormationExamples.templates("forge-platform").entrySet()) {
            Template t = e.getValue();
            YamlMap props = t.resource("Dashboard").properties();
            String body = (String) ((YamlMap) props.get("DashboardBody")).get("Fn::Sub");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> widgets = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(body)).get("widgets");
            List<String> titles = new ArrayList<>();
            widgets.forEach(w -> titles.add((String) ((Map<?, ?>) w.get("properties")).get("title")));

            // no HTTP or REST API and no table in forge-platform: those widgets are left out, the others in order
            List<String> expected = Dashboards.WIDGETS.stream().filter(w -> w.subject() != AlarmSets.Subject.HTTP_API
                    && w.subject() != AlarmSets.Subject.REST_API && w.subject() != AlarmSets.Subject.TABLE)
                    .map(Dashboards.Widget::title).toList();
            assertThat(titles).as(e.getKey()).isEqualTo(expected);
            assertThat(props.get("DashboardName")).isEqualTo("forge-platform-" + e.getKey());
            assertThat(((Map<?, ?>) widgets.get(0).get("properties")).get("region")).isEqualTo("${AWS::Region}");
            Matcher m = Pattern.compile("\\$\\{([A-Za-z0-9:]+)(?:\\.[A-Za-z]+)?}").matcher(body);
            while (m.find()) {
                assertThat(m.group(1).equals("AWS::Region") || t.resources().containsKey(m.group(1)))
                        .as(e.getKey() + ": " + m.group()).isTrue();
            }
        }
    }

    @Test
    void givenDashboardAndAlarmsOff_whenBuilt_thenTheTopicStaysWithoutAlarmsOrDashboard(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("forge.yaml");
        Files.writeString(file, """
                forge: 1
                app: quiet
                region: us-east-1
                environments:
                  dev: {}
                monitoring:
                  dashboard: false
                  alarms: { enabled: false }
                databases:
                  main: {}
                tables:
                  items:
                    key: { partition: id }
                """);
        ResolvedSpec spec = Pipeline.resolve(Pipeline.read(file, "forge.yaml"));
        ResolvedEnv env = spec.environments().get(0);
        Stack stack = new Stack(new SynthContext(spec, spec.environments(), Optional.empty()), env, new Template("test"));
        CloudFormationTarget.PARTS.forEach(p -> p.build(stack));

        assertThat(stack.template().resource("AlarmTopic")).isNotNull();
        assertThat(stack.template().resource("Dashboard")).isNull();
        assertThat(stack.template().resources().values()).noneMatch(r -> r.type().equals("AWS::CloudWatch::Alarm"));
    }
}
