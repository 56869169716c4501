package dev.forge.check.rules.containers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.artifact.ParsedArtifact;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile rules read instructions as Docker does: a backslash continues an instruction on the next line, and
 * a comment is no instruction. Before, FORGE-DKR-001 read line by line and took `USER \` (continued on the next line
 * with `root`) for a user named "\".
 */
class DockerfileInstructionsTest {

    private static final String FROM = "FROM node:22-bookworm-slim@sha256:"
            + "43ac6c60b8f89723f746e8a92ce91abd5017e627ce1ddfe4238355d3a30b772c\n";

    private static boolean compliant(String text) {
        return new DockerfileUser().check(new ParsedArtifact("docker/api/Dockerfile", text)).status()
                == dev.forge.check.Result.Status.COMPLIANT;
    }

    @Test
    void aUserContinuedOnTheNextLine_isReadWhole() {
        assertThat(compliant(FROM + "USER \\\n    root\n")).isFalse();
        assertThat(compliant(FROM + "USER \\\n    10001:10001\n")).isTrue();
    }

    @Test
    void aCommentedUser_isNoUser_andTheLastStageCounts() {
        assertThat(compliant(FROM + "# USER 10001\n")).isFalse();
        assertThat(compliant(FROM + "USER 10001\n" + FROM + "RUN true\n")).isFalse();
        assertThat(compliant("FROM a AS b\nUSER root\n" + FROM + "USER 10001\n")).isTrue();
    }

    @Test
    void theInstructions_areReadOnce_perFile() {
        ParsedArtifact a = new ParsedArtifact("docker/api/Dockerfile", FROM + "USER 10001\n");
        assertThat(Dockerfiles.instructions(a)).isSameAs(Dockerfiles.instructions(a)).hasSize(2);
    }
}
