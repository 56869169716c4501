package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.strings;

import dev.forge.emit.hcl.Expr;
import dev.forge.model.ApiSpec;
import dev.forge.model.UserPoolSpec;
import dev.forge.platform.aws.AwsDefaults;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Cognito user pools Forge creates ({@code auth: { type: cognito, user-pool: {...} }}), one per API, as
 * {@code module "user_pool_<api>"}; the API's authorizer trusts it. Without {@code user-pool} the pool's ARN
 * stays an input (RootApis).
 */
final class RootUserPools {

    private RootUserPools() {
    }

    /** Whether Forge creates a pool for this API: an API Gateway API for functions asking for a new Cognito pool. */
    static boolean creates(ApiSpec api) {
        return dev.forge.platform.aws.ApiRoutes.createsUserPool(api);
    }

    static String label(String api) {
        return "user_pool_" + Root.label(api);
    }

    /** {@code module.user_pool_<api>.<output>}. */
    static Expr out(String api, String output) {
        return ref("module." + label(api) + "." + output);
    }

    /** The JWT audience of an HTTP API trusting its created pool: the app client. */
    static Expr audience(String api) {
        return list(out(api, "client_id"));
    }

    static void add(Root root) {
        Map<String, Expr> ids = new TreeMap<>();
        Map<String, Expr> clients = new TreeMap<>();
        Map<String, Expr> domains = new TreeMap<>();
        new TreeMap<>(root.env.spec().apis()).forEach((name, api) -> {
            if (!creates(api)) {
                return;
            }
            UserPoolSpec p = api.auth().userPool();
            String base = root.env.naming().base(name);
            root.module(label(name), CognitoModule.NAME, b -> {
                b.attr("name", base)
                        .attr("domain_prefix", p.domain() != null ? p.domain() : base)
                        .attr("password_minimum_length", p.passwordLength())
                        .attr("mfa", switch (p.mfa()) {
                            case NONE -> "OFF";
                            case OPTIONAL -> "OPTIONAL";
                            case REQUIRED -> "ON";
                        });
                if (p.callbackUrls() != null && !p.callbackUrls().isEmpty()) {
                    b.attr("callback_urls", strings(p.callbackUrls()));
                }
                if (p.logoutUrls() != null && !p.logoutUrls().isEmpty()) {
                    b.attr("logout_urls", strings(p.logoutUrls()));
                }
                b.attr("deletion_protection", AwsDefaults.of(root.env).userPoolDeletionProtection());
            });
            if (api.auth().scopes() != null && !api.auth().scopes().isEmpty()) {
                root.notes.add("API `" + name + "`: its authorizer requires the scopes " + api.auth().scopes() + ", which the"
                        + " created user pool's app client does not grant (it grants openid, email and profile); add a"
                        + " resource server with those scopes to the pool, or drop `auth.scopes`.");
            }
            ids.put(name, out(name, "user_pool_id"));
            clients.put(name, out(name, "client_id"));
            domains.put(name, out(name, "sign_in_domain"));
        });
        root.output("user_pool_ids", "IDs of the Cognito user pools Forge created, by API.", ids);
        root.output("user_pool_client_ids", "App client IDs of those pools (configure them in the front end), by API.", clients);
        root.output("user_pool_sign_in_domains", "Hosted sign-in domains of those pools, by API.", domains);
    }
}
