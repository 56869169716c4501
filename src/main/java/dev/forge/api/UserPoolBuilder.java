package dev.forge.api;

import dev.forge.model.MfaMode;
import dev.forge.model.UserPoolSpec;
import java.util.Arrays;

/** Builds a {@link UserPoolSpec}: a Cognito user pool Forge creates for an API. */
public final class UserPoolBuilder extends SpecBuilder<UserPoolSpec, UserPoolBuilder> {

    UserPoolBuilder() {
        super(UserPoolSpec.class);
    }

    /** Minimum password length (default 12). */
    public UserPoolBuilder passwordLength(Integer length) {
        return set("passwordLength", length);
    }

    /** Multi-factor sign-in: none, optional (the default) or required (the production default). */
    public UserPoolBuilder mfa(MfaMode mfa) {
        return set("mfa", mfa);
    }

    /** Prefix of the hosted sign-in domain (default {@code <app>-<api>-<env>}). */
    public UserPoolBuilder domain(String prefix) {
        return set("domain", prefix);
    }

    /** Adds URLs the hosted sign-in may return users to. */
    public UserPoolBuilder callbackUrls(String... urls) {
        return add("callbackUrls", urls == null ? null : Arrays.asList(urls));
    }

    /** Adds URLs the hosted sign-out may return users to. */
    public UserPoolBuilder logoutUrls(String... urls) {
        return add("logoutUrls", urls == null ? null : Arrays.asList(urls));
    }
}
