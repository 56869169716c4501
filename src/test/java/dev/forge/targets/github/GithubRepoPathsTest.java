package dev.forge.targets.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import dev.forge.testkit.Cli;
import dev.forge.testkit.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflows name forge's output by its path from the repository's root, the spec's folder. An output folder
 * outside that folder has no such path (it was {@code ../../../../tmp/x/terraform-aws}, a place on the machine that
 * ran synth, in every workflow and the README): the workflows then use the default {@code out/} and synth warns.
 */
class GithubRepoPathsTest {

    private static final String EXAMPLE = "forge-platform";

    @Test
    void givenAnOutputFolderInsideTheSpecsFolder_thenTheWorkflowsNameItAndNothingIsWarned() {
        Path dir = Examples.repoRoot().resolve("examples").resolve(EXAMPLE);
        SynthContext context = context(dir, dir.resolve("build/infra"));

        String all = text(GithubExamples.TARGET.synth(context));
        assertThat(all).contains("build/infra/terraform-aws").doesNotContain("../");
        assertThat(GithubExamples.TARGET.warnings(context)).noneMatch(w -> w.contains("outside the spec's folder"));
    }

    @Test
    void givenAnEnvironmentNamingAnEksCluster_andRollingEcsServices_thenSynthSaysBothRun() {
        // forge-platform: api and ui are ECS services both AWS targets create, and dev and prod name EKS clusters
        Path dir = Examples.repoRoot().resolve("examples").resolve(EXAMPLE);
        List<String> warnings = GithubExamples.TARGET.warnings(context(dir, dir.resolve("out")));
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("environment dev: ").contains("api, ui")
                .contains("EKS cluster forge-dev").contains("both run"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("environment prod: ").contains("forge-prod"));
        Path trip = dir.resolveSibling("trip-assistant");
        assertThat(GithubExamples.TARGET.warnings(context("trip-assistant", trip, trip.resolve("out"))))
                .as("no cluster, no warning").isEmpty();
    }

    @Test
    void givenAnOutputFolderOutsideTheSpecsFolder_thenTheWorkflowsUseOutAndSynthWarns(@TempDir Path tmp) {
        Path dir = Examples.repoRoot().resolve("examples").resolve(EXAMPLE);
        Path elsewhere = tmp.resolve("elsewhere");
        SynthContext context = context(dir, elsewhere);

        List<Artifact> files = GithubExamples.TARGET.synth(context);
        String all = text(files);
        assertThat(all).as("no path leaves the repository").doesNotContain("../").doesNotContain(tmp.toString());
        assertThat(all).contains("out/terraform-aws");
        assertThat(GithubExamples.TARGET.synth(context(dir, dir.resolve("out")))).as("the same files as --out out")
                .extracting(Artifact::text).containsExactlyElementsOf(files.stream().map(Artifact::text).toList());
        assertThat(GithubExamples.TARGET.warnings(context)).filteredOn(w -> w.contains("outside the spec's folder"))
                .singleElement().asString().contains(elsewhere.toString()).contains("`out/`");
    }

    @Test
    void givenSynthIntoAFolderElsewhere_thenTheCliPrintsTheWarning(@TempDir Path tmp) throws IOException {
        Path spec = Examples.repoRoot().resolve("examples").resolve(EXAMPLE).resolve("forge.yaml");
        Path out = tmp.resolve("fp");

        Cli.Result r = Cli.run("synth", spec.toString(), "--out", out.toString(), "-t", "github-actions");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: github-actions: the output folder " + out);
        assertThat(Files.readString(out.resolve("github-actions/.github/workflows/ci.yml"))).doesNotContain("../");
        Cli.Result other = Cli.run("synth", spec.toString(), "--out", out.toString(), "-t", "terraform-aws");
        assertThat(other.err()).as("only the target whose files assume the root warns")
                .doesNotContain("outside the spec's folder");
    }

    private static SynthContext context(Path specDir, Path out) {
        return context(EXAMPLE, specDir, out);
    }

    private static SynthContext context(String example, Path specDir, Path out) {
        ResolvedSpec spec = GithubExamples.resolve(example);
        return new SynthContext(spec, spec.environments(), Optional.of(new SynthContext.Layout(specDir, out)));
    }

    private static String text(List<Artifact> files) {
        StringBuilder b = new StringBuilder();
        files.forEach(a -> b.append(a.text()).append('\n'));
        return b.toString();
    }
}
