package dev.forge.emit.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written traversal reader of {@link Expr.Ref} accepts exactly what the regular expression it replaced did. */
class TraversalTest {

    private static final Pattern FORM = Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_-]*(?:\\.[A-Za-z_][A-Za-z0-9_-]*|\\[(?:[0-9]+|\\*)])*");

    @Test
    void knownCases() {
        for (String ok : new String[] {"var.x", "module.function_f7.role_arn", "aws_s3_bucket.this[0].id", "a[*].b", "x",
                "_a-b.c_d", "data.aws_iam_policy_document.x.json", "a[12][3]"}) {
            assertThat(Expr.Ref.isTraversal(ok)).as(ok).isTrue();
        }
        for (String bad : new String[] {"", ".", "a.", ".a", "a..b", "1a", "a[]", "a[x]", "a[1", "a]", "a b", "a.1b",
                "a[*", "é", "a.é", "a-", "-a", "a[-1]", "a[1]b"}) {
            assertThat(Expr.Ref.isTraversal(bad)).as(bad).isEqualTo(FORM.matcher(bad).matches());
        }
        assertThat(Expr.Ref.isTraversal("a-")).isTrue(); // a name may end in '-', as the expression allowed
    }

    @Test
    void agreesWithTheExpressionOnRandomStrings() {
        Random r = new Random(7);
        String alphabet = "ab_Z9-.[]*0é ";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(9);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(Expr.Ref.isTraversal(s)).as("'%s'", s).isEqualTo(FORM.matcher(s).matches());
        }
    }
}
