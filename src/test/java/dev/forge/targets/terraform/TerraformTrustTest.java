package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9, read from the emitted files: the deploy role of an environment with approvals trusts only jobs bound to
 * its GitHub environment (StringEquals on aud and sub, no branch OR); protected routes never fall back to NONE; the
 * deploy role may not rewrite repository policies.
 */
class TerraformTrustTest {

    static List<String> examples() {
        return TerraformExamples.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void deployRoleOfAnApprovedEnvironment_trustsOnlyItsGithubEnvironment(String example) {
        ResolvedSpec spec = TerraformExamples.resolve(example);
        List<Artifact> files = TerraformExamples.synth(example);
        String module = text(files, "modules/github_oidc/main.tf");
        if (module == null) {
            return; // no ci.github: no deploy role
        }
        assertThat(module).contains("\"token.actions.githubusercontent.com:aud\" = \"sts.amazonaws.com\"")
                .contains("\"token.actions.githubusercontent.com:sub\" = var.require_environment ? "
                        + "[\"repo:${var.repository}:environment:${var.github_environment}\"] : ")
                .doesNotContain("StringLike").doesNotContain("ForAnyValue");
        for (ResolvedEnv env : spec.environments()) {
            String root = text(files, "environments/" + env.name() + "/main.tf");
            Matcher m = Pattern.compile("require_environment\\s*=\\s*(true|false)").matcher(root);
            assertThat(m.find()).as("%s/%s passes require_environment", example, env.name()).isTrue();
            boolean approved = RootOps.approved(env.spec(), env.name(), env.environment().approval());
            assertThat(Boolean.parseBoolean(m.group(1))).as("%s/%s approved=%s", example, env.name(), approved)
                    .isEqualTo(approved);
            if (env.environment().production()) {
                assertThat(approved).as("%s/%s: production environments are approved by default", example, env.name()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void protectedRoutes_failClosed_neverFallBackToNone(String example) {
        for (Artifact a : TerraformExamples.synth(example)) {
            if (a.path().equals("modules/api_gateway_http/main.tf")) {
                assertThat(a.text()).contains("authorization_type   = each.value.authorized ? \"JWT\" : \"NONE\"")
                        .contains("condition     = (each.value.authorized == false) || (var.jwt_authorizer != null)")
                        .doesNotContain("&& (var.jwt_authorizer != null)");
            }
            if (a.path().equals("modules/api_gateway_rest/main.tf")) {
                assertThat(a.text()).contains("authorization = each.value.authorized ? \"COGNITO_USER_POOLS\" : \"NONE\"")
                        .contains("condition     = (each.value.authorized == false) || (var.cognito_user_pool_arn != null)")
                        .doesNotContain("&& (var.cognito_user_pool_arn != null)");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void deployRole_mayNotRewriteRepositoryPolicies(String example) {
        String module = text(TerraformExamples.synth(example), "modules/github_oidc/main.tf");
        if (module != null) {
            assertThat(module).doesNotContain("ecr:SetRepositoryPolicy").doesNotContain("ecr:GetRepositoryPolicy");
        }
    }

    private static String text(List<Artifact> files, String path) {
        return files.stream().filter(a -> a.path().equals(path)).map(Artifact::text).findFirst().orElse(null);
    }
}
