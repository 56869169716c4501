package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.ApiSpec;
import dev.forge.model.Kind;
import dev.forge.model.UserPoolSpec;
import dev.forge.platform.aws.ApiRoutes;
import dev.forge.platform.aws.AwsDefaults;
import java.util.List;
import java.util.TreeMap;

/**
 * The Cognito user pools Forge creates ({@code auth: { type: cognito, user-pool: {...} }}), one per API, as
 * terraform-aws's cognito_user_pool module: {@code Api<Name>UserPool} (e-mail sign-in and recovery, every character
 * class in passwords of the spec's length, TOTP multi-factor sign-in off, optional or required, deletion protection
 * in production), the public app client {@code Api<Name>UserPoolClient} (no secret, SRP sign-in, the OAuth
 * authorization-code flow when callback URLs are given) and the hosted sign-in domain {@code Api<Name>UserPoolDomain}.
 * The API's authorizer trusts the pool (REST) or its issuer and client (HTTP); an API signing in with a pool it does
 * not create takes the pool as parameters (see {@link RestApisPart}, {@link HttpApisPart}).
 */
final class UserPoolsPart implements Part {

    /** What the created app client grants with the authorization-code flow. */
    static final List<String> OAUTH_SCOPES = List.of("openid", "email", "profile");

    @Override
    public void build(Stack stack) {
        new TreeMap<>(stack.env().spec().apis()).forEach((name, a) -> {
            if (ApiRoutes.createsUserPool(a)) {
                pool(stack, name, a);
            }
        });
    }

    /** The issuer of a created pool's tokens (what an HTTP API's JWT authorizer trusts). */
    static Object issuer(String api) {
        return Fn.sub("https://${" + Stack.logicalId(Kind.API, api) + "UserPool.ProviderURL}");
    }

    private static void pool(Stack stack, String name, ApiSpec a) {
        Template t = stack.template();
        UserPoolSpec p = a.auth().userPool();
        String id = Stack.logicalId(Kind.API, name) + "UserPool";
        String base = stack.env().naming().base(name);
        String mfa = switch (p.mfa()) {
            case NONE -> "OFF";
            case OPTIONAL -> "OPTIONAL";
            case REQUIRED -> "ON";
        };
        YamlMap props = YamlMap.of("UserPoolName", base, "UsernameAttributes", YamlList.of("email"),
                "AutoVerifiedAttributes", YamlList.of("email"),
                // production user pools hold the users: deleting one loses them all
                "DeletionProtection", AwsDefaults.of(stack.env()).userPoolDeletionProtection() ? "ACTIVE" : "INACTIVE",
                "MfaConfiguration", mfa);
        if (!mfa.equals("OFF")) {
            props.put("EnabledMfas", YamlList.of("SOFTWARE_TOKEN_MFA"));
        }
        // Strong passwords: length from the spec, every character class required.
        props.put("Policies", YamlMap.of("PasswordPolicy", YamlMap.of("MinimumLength", p.passwordLength(),
                "RequireLowercase", true, "RequireUppercase", true, "RequireNumbers", true, "RequireSymbols", true,
                "TemporaryPasswordValidityDays", 3)));
        props.put("AccountRecoverySetting", YamlMap.of("RecoveryMechanisms",
                YamlList.of(YamlMap.of("Name", "verified_email", "Priority", 1))));
        Data.keep(stack, t.add(id, "AWS::Cognito::UserPool", props));
        boolean oauth = p.callbackUrls() != null && !p.callbackUrls().isEmpty();
        // A public client (browser or mobile app): no secret, SRP sign-in so passwords never leave the device, and no
        // user-existence leaks.
        YamlMap client = YamlMap.of("ClientName", base, "UserPoolId", Fn.ref(id), "GenerateSecret", false,
                "ExplicitAuthFlows", YamlList.of("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"),
                "PreventUserExistenceErrors", "ENABLED", "EnableTokenRevocation", true,
                "SupportedIdentityProviders", YamlList.of("COGNITO"), "AllowedOAuthFlowsUserPoolClient", oauth);
        if (oauth) {
            client.put("AllowedOAuthFlows", YamlList.of("code"));
            client.put("AllowedOAuthScopes", YamlList.copyOf(OAUTH_SCOPES));
            client.put("CallbackURLs", YamlList.copyOf(p.callbackUrls()));
        }
        if (p.logoutUrls() != null && !p.logoutUrls().isEmpty()) {
            client.put("LogoutURLs", YamlList.copyOf(p.logoutUrls()));
        }
        t.add(id + "Client", "AWS::Cognito::UserPoolClient", client);
        String prefix = p.domain() != null ? p.domain() : base;
        t.add(id + "Domain", "AWS::Cognito::UserPoolDomain", YamlMap.of("Domain", prefix, "UserPoolId", Fn.ref(id)));
        if (a.auth().scopes() != null && !a.auth().scopes().isEmpty()) {
            stack.note("API `" + name + "`: its authorizer requires the scopes " + a.auth().scopes() + ", which the created"
                    + " user pool's app client does not grant (it grants " + String.join(", ", OAUTH_SCOPES) + "); add a"
                    + " resource server with those scopes to the pool, or drop `auth.scopes`.");
        }
        t.output(id + "Id", "ID of the Cognito user pool of API " + name, Fn.ref(id), null);
        t.output(id + "ClientId", "App client ID of that pool (configure it in the front end)", Fn.ref(id + "Client"), null);
        t.output(id + "SignInDomain", "Hosted sign-in domain of that pool",
                Fn.sub(prefix + ".auth.${AWS::Region}.amazoncognito.com"), null);
    }
}
