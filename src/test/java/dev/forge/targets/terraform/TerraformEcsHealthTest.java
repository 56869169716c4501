package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13: ECS ignores an image's HEALTHCHECK, so every service whose image Forge builds gets the container health
 * check in its task definition, read here from the emitted roots: exec form, the service's own port and health path,
 * the spec's timing within ECS's ranges, in every environment (a service with no load balancer in front included).
 */
class TerraformEcsHealthTest {

    @ParameterizedTest
    @ValueSource(strings = {"ai-validation-platform", "forge-platform"})
    void everyBuiltService_hasItsContainerHealthCheck_inEveryEnvironment(String example) {
        ResolvedSpec spec = TerraformExamples.resolve(example);
        List<Artifact> files = TerraformExamples.synth(example);
        for (ResolvedEnv env : spec.environments()) {
            String main = files.stream().filter(a -> a.path().equals("environments/" + env.name() + "/main.tf"))
                    .findFirst().orElseThrow().text();
            env.spec().services().forEach((name, s) -> {
                String call = moduleCall(main, "service_" + name.replace('-', '_'));
                assertThat(call).as(env.name() + " service " + name).contains("health_check = {");
                String check = call.substring(call.indexOf("health_check = {"));
                check = check.substring(0, check.indexOf("\n  }") + 4);
                assertThat(check).contains("\"CMD\"").contains("http://127.0.0.1:" + s.port() + s.health().path());
                assertThat(number(check, "interval")).isEqualTo(Math.max(5, Math.min(300, s.health().interval().seconds())));
                assertThat(number(check, "timeout")).isBetween(2L, 60L);
                assertThat(number(check, "retries")).isEqualTo((long) s.health().unhealthyThreshold());
                assertThat(number(check, "startPeriod")).isEqualTo(s.health().initialDelay().seconds());
            });
        }
    }

    private static String moduleCall(String main, String label) {
        int at = main.indexOf("module \"" + label + "\" {");
        assertThat(at).as("module " + label).isNotNegative();
        return main.substring(at, main.indexOf("\n}\n", at) + 2);
    }

    private static long number(String block, String key) {
        Matcher m = Pattern.compile("(?m)^\\s+" + key + "\\s+= (\\d+)$").matcher(block);
        assertThat(m.find()).as(key + " in " + block).isTrue();
        return Long.parseLong(m.group(1));
    }
}
