package dev.forge.targets.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Scripts are built from words: literals quoted unless plainly safe, variables always double-quoted. */
class ShellTest {

    @Test
    void givenWords_whenBuilt_thenLiteralsAreQuotedAndVariablesReferencedQuoted() {
        String script = new Shell()
                .cmd("docker", "buildx", "build", "--file", "out/docker/my app/Dockerfile", "it's", new Shell.Var("FORGE_JAR"))
                .cmd("echo", "hello", Shell.TO_FILE, "x.txt")
                .script();

        assertThat(script).isEqualTo("docker buildx build --file 'out/docker/my app/Dockerfile' 'it'\\''s' \"${FORGE_JAR}\"\n"
                + "echo hello > x.txt\n");
    }

    @Test
    void givenAJoinedWord_whenBuilt_thenItIsOneDoubleQuotedWordWithItsLiteralsEscapedAndItsVariablesExpandedByBash() {
        String script = new Shell()
                .cmd("aws", "s3", "cp", "x", Shell.Join.of("s3://", new Shell.Var("BUCKET"), "/a \"b\" $c `d` \\e"))
                .assign("CHANGE_SET", Shell.Join.of("forge-", new Shell.Var("GITHUB_RUN_ID")))
                .script();

        assertThat(script).isEqualTo("aws s3 cp x \"s3://${BUCKET}/a \\\"b\\\" \\$c \\`d\\` \\\\e\"\n"
                + "CHANGE_SET=\"forge-${GITHUB_RUN_ID}\"\n");
        assertThatThrownBy(() -> Shell.Join.of("${{ github.head_ref }}")).hasMessageContaining("pass it through env:");
    }

    @Test
    void givenAnExpressionAsAWord_thenItIsRefused_becauseGithubSubstitutesItBeforeTheShellQuotesAnything() {
        assertThatThrownBy(() -> new Shell().cmd("echo", "${{ github.event.pull_request.title }}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pass it through env:");
    }

    @Test
    void givenAVariableNameThatIsNotOne_thenItIsRefused() {
        assertThatThrownBy(() -> new Shell.Var("x; rm -rf /")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenACapture_whenBuilt_thenTheCommandsWordsAreQuotedInsideTheSubstitutionAndTheOutputReadsTheVariable() {
        String script = new Shell()
                .capture("VERSION", "aws", "lambda", "publish-version", "--function-name", "my fn", "--query", "Version")
                .output("version", "VERSION")
                .script();

        assertThat(script).isEqualTo("VERSION=\"$(aws lambda publish-version --function-name 'my fn' --query Version)\"\n"
                + "echo \"version=${VERSION}\" >> \"${GITHUB_OUTPUT}\"\n");
    }

    @Test
    void givenACaptureOrOutputWithABadName_thenItIsRefused() {
        assertThatThrownBy(() -> new Shell().capture("x=1; rm", "true")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Shell().output("k\"; rm -rf /", "VERSION")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Shell().capture("V", "echo", "${{ github.head_ref }}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
