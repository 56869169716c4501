package dev.forge.model;

import java.util.List;

/** A Cognito user pool Forge creates for an API. */
@Doc("A Cognito user pool Forge creates for the API: password policy, multi-factor sign-in, an app client and a"
        + " hosted sign-in domain. Leave it out to bring an existing pool (its ARN becomes an input).")
public record UserPoolSpec(
        @Default("12") @Range(min = 8, max = 99)
        @Doc("Minimum password length; passwords also need lower- and upper-case letters, digits and symbols.")
        Integer passwordLength,
        @Default(value = "optional", production = "required")
        @Doc("Multi-factor sign-in with an authenticator app (TOTP): none, optional (each user chooses) or required.")
        MfaMode mfa,
        @Format(regex = "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$",
                hint = "a domain prefix of lowercase letters, digits and hyphens such as acme-login")
        @Doc("Prefix of the hosted sign-in domain (`<prefix>.auth.<region>.amazoncognito.com`); defaults to"
                + " `<app>-<api>-<env>`.") String domain,
        @Format(regex = "^https://[^\\s]+$|^http://localhost(?::\\d+)?(?:/[^\\s]*)?$", hint = "an https URL (or http://localhost)")
        @Example("[https://app.example.com/callback]")
        @Doc("Where the hosted sign-in may return users (OAuth authorization-code flow); without any the app client"
                + " signs users in with SRP only.") List<String> callbackUrls,
        @Format(regex = "^https://[^\\s]+$|^http://localhost(?::\\d+)?(?:/[^\\s]*)?$", hint = "an https URL (or http://localhost)")
        @Doc("Where the hosted sign-out may return users.") List<String> logoutUrls) {
}
