package dev.forge.check;

import dev.forge.resolve.ResolvedEnv;

/**
 * A rule over a whole environment (its tags, alerting, CI settings, access graph). Violation paths are
 * spec paths from the top ({@code ci.oidc}, {@code environments.prod.alerts}).
 */
public non-sealed interface EnvironmentRule extends Rule {

    Result check(ResolvedEnv env);

    /**
     * The spec fields the rule is about, as field paths ({@code ci.approvals}, {@code environments.*.approval});
     * empty when it is about the spec itself (its secrets, its access graph). When no selected target renders one
     * of them, the checker reports the rule not applicable, with the reason, instead of passed.
     */
    default java.util.List<String> reads() {
        return java.util.List.of();
    }
}
