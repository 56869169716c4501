package dev.forge.platform.aws;

import dev.forge.model.Spec;
import java.util.List;

/**
 * Who may assume an environment's deploy role through GitHub's OIDC provider, for both AWS targets: a token issued
 * by {@value #ISSUER} for the audience {@value #AUDIENCE} AND (never or) whose subject is one of {@link #subjects}:
 * the spec's repository's GitHub environment of the same name, and, only where no person approves the environment's
 * deployments, also its branch (FORGE-CI-002: trusting the branch where a person approves would let any job on it
 * skip the approval gate, which GitHub holds on the environment).
 */
public final class GithubOidc {

    /** GitHub's OIDC issuer (the provider's URL without https://, the prefix of its condition keys). */
    public static final String ISSUER = "token.actions.githubusercontent.com";
    /** The audience GitHub's aws-actions/configure-aws-credentials asks tokens for. */
    public static final String AUDIENCE = "sts.amazonaws.com";

    private GithubOidc() {
    }

    /** Whether CI deploys with a role assumed through OIDC ({@code ci.oidc}, true by default). */
    public static boolean enabled(Spec s) {
        return s.ci() != null && s.ci().github() != null && Boolean.TRUE.equals(s.ci().oidc());
    }

    /**
     * Whether CI has code to deploy with the role: a function (its code, versions and alias), a service it rolls out
     * ({@link EcsRollouts}) or a chart it installs on an environment's EKS cluster ({@link EksDeploys}). terraform-aws creates its deploy role only then, and github-actions writes deploy.yml only
     * then; cloudformation's deploy role exists with {@link #enabled} alone (it also runs the stack's change sets).
     */
    public static boolean deploysCode(Spec s) {
        return !s.functions().isEmpty() || !EcsRollouts.of(s).isEmpty() || EksDeploys.any(s);
    }

    /**
     * Whether a person approves this environment's deployments ({@code ci.approvals}, else the environment's own
     * {@code approval}): then only jobs bound to its GitHub environment may assume the role.
     */
    public static boolean onlyEnvironment(Spec s, String env, boolean envApproval) {
        List<String> approvals = s.ci() == null ? null : s.ci().approvals();
        return approvals != null ? approvals.contains(env) : envApproval;
    }

    /**
     * Whether this environment's stack creates GitHub's OIDC provider: the provider is one per account, so only the
     * first environment of each account creates it (environments with no account pinned count as one account).
     */
    public static boolean createsProvider(dev.forge.resolve.ResolvedSpec spec, dev.forge.resolve.ResolvedEnv env) {
        for (dev.forge.resolve.ResolvedEnv e : spec.environments()) {
            if (java.util.Objects.equals(e.environment().account(), env.environment().account())) {
                return e.name().equals(env.name());
            }
        }
        return true;
    }

    /**
     * Whether the AWS targets write the cost report role: {@code ci.schedules} asks for a {@code cost-report} (with OIDC).
     * Its trust is the deploy role's shape (the audience AND the subject) for exactly the GitHub environment of the
     * report's job ({@link #costReportSubjects}), its only right {@link IamActions#COST_REPORT} on "*".
     */
    public static boolean costReport(Spec s) {
        return enabled(s) && s.ci().schedules() != null && s.ci().schedules().stream()
                .anyMatch(x -> x.kind() == dev.forge.model.ScheduledKind.COST_REPORT);
    }

    /**
     * The subject the cost report role trusts: the report's job is always bound to its GitHub environment, so only that
     * environment's (never the branch, whichever the approvals).
     */
    public static List<String> costReportSubjects(String repository, String githubEnvironment) {
        return List.of("repo:" + repository + ":environment:" + githubEnvironment);
    }

    /** The token subjects the role trusts (any one of them, and the audience too). */
    public static List<String> subjects(String repository, String branch, String githubEnvironment, boolean onlyEnvironment) {
        String environment = "repo:" + repository + ":environment:" + githubEnvironment;
        return onlyEnvironment ? List.of(environment) : List.of("repo:" + repository + ":ref:refs/heads/" + branch, environment);
    }
}
