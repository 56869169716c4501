package dev.forge.api;

import dev.forge.model.AuthSpec;
import dev.forge.model.AuthType;
import java.util.Arrays;
import java.util.function.Consumer;

/** Builds an {@link AuthSpec}: how callers of an API authenticate. */
public final class AuthBuilder extends SpecBuilder<AuthSpec, AuthBuilder> {

    AuthBuilder() {
        super(AuthSpec.class);
    }

    /** none, jwt or cognito (default none). */
    public AuthBuilder type(AuthType type) {
        return set("type", type);
    }

    /** JWT issuer URL (jwt only). */
    public AuthBuilder issuer(String issuer) {
        return set("issuer", issuer);
    }

    /** Adds accepted JWT audiences (jwt only). */
    public AuthBuilder audience(String... audience) {
        return add("audience", audience == null ? null : Arrays.asList(audience));
    }

    /** Adds required OAuth scopes. */
    public AuthBuilder scopes(String... scopes) {
        return add("scopes", scopes == null ? null : Arrays.asList(scopes));
    }

    /** Why the API is open to anyone (required by policy when the type is none). */
    public AuthBuilder reason(String reason) {
        return set("reason", reason);
    }

    /** A user pool Forge creates (cognito only); without one the pool's ARN is an input. */
    public AuthBuilder userPool(Consumer<UserPoolBuilder> edit) {
        return nested("userPool", UserPoolBuilder::new, edit);
    }
}
