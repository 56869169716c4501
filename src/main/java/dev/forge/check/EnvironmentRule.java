package dev.forge.check;

import dev.forge.resolve.ResolvedEnv;

/**
 * A rule over a whole environment (its tags, alerting, CI settings, access graph). Violation paths are
 * spec paths from the top ({@code ci.oidc}, {@code environments.prod.alerts}).
 */
public non-sealed interface EnvironmentRule extends Rule {

    Result check(ResolvedEnv env);
}
