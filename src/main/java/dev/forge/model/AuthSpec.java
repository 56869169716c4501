package dev.forge.model;

import java.util.List;

/** How callers of an API authenticate. */
@Shorthand("type")
@Doc("How callers of an API authenticate.")
public record AuthSpec(
        @Default("none") @Doc("none, jwt (any OIDC issuer) or cognito (a Cognito user pool).") AuthType type,
        @Format(regex = "^https://[^\\s]+$", hint = "an https URL") @Doc("JWT issuer URL (jwt only).") String issuer,
        @Doc("Accepted JWT audiences (jwt only).") List<String> audience,
        @Doc("Required OAuth scopes.") List<String> scopes,
        @Doc("Why the API is open to anyone (required by policy when type is none).") String reason,
        @Doc("A user pool Forge creates (cognito only); without it the pool's ARN is an input.") UserPoolSpec userPool) {
}
