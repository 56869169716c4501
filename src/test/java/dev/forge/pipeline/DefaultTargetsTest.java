package dev.forge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.SpecSource;
import dev.forge.synth.Target;
import dev.forge.testkit.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that names no target writes every target that applies, but another cloud's only when the spec says the app
 * runs there: gcp when an environment sets `project`, azure when one sets `subscription`. So an app on AWS is never
 * refused for a limit of Cloud Run it did not ask for, and gets no folders for clouds it does not use.
 */
class DefaultTargetsTest {

    private static final String SPEC = """
            forge: 1
            app: a-rather-long-application-name
            owner: team
            region: us-east-1
            environments:
              dev: %s
            services:
              the-service-with-a-long-name:
                image: ghcr.io/acme/x:1.0.0
                port: 8080
            """;

    private static List<String> defaults(String env) {
        ResolvedSpec spec = Pipeline.resolve(SpecSource.of("forge.yaml", SPEC.formatted(env)));
        return Pipeline.targets(List.of(), spec).stream().map(Target::name).toList();
    }

    @Test
    void anAppThatNamesNoOtherCloud_getsNeitherGcpNorAzureByDefault() {
        assertThat(defaults("{}")).contains("kubernetes", "terraform-aws").doesNotContain("gcp", "azure");
    }

    @Test
    void aProjectOrASubscription_selectsThatCloudsTarget() {
        assertThat(defaults("{ project: acme-dev-42 }")).contains("gcp").doesNotContain("azure");
        assertThat(defaults("{ subscription: 0b1f6471-1bf0-4dda-aec3-111122223333 }")).contains("azure")
                .doesNotContain("gcp");
    }

    @Test
    void aNameOverCloudRunsLimit_failsOnlyWhenGcpIsAsked(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("forge.yaml"), SPEC.formatted("{}"));
        Cli.Result plain = Cli.run("synth", spec.toString(), "--out", dir.resolve("out").toString());
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(dir.resolve("out/gcp")).doesNotExist();

        Cli.Result asked = Cli.run("synth", spec.toString(), "--out", dir.resolve("out2").toString(), "-t", "gcp");
        assertThat(asked.exit()).isNotZero();
        assertThat(asked.err()).contains("FORGE-E120").contains("longer than Cloud Run's 49 characters");
    }
}
