package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.strings;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.terraform.TfModule.check;

import dev.forge.emit.hcl.Expr;
import java.util.List;

/**
 * {@code modules/cognito_user_pool}: a Cognito user pool an API's authorizer trusts (e-mail sign-in, a password
 * policy, TOTP multi-factor sign-in), a public app client (SRP, plus the authorization-code flow when callback URLs are
 * given) and the hosted sign-in domain.
 */
final class CognitoModule {

    static final String NAME = "cognito_user_pool";

    private CognitoModule() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "A Cognito user pool (e-mail sign-in and recovery, password policy, TOTP"
                + " multi-factor sign-in off, optional or required), a public app client without a secret (SRP sign-in; the"
                + " OAuth authorization-code flow when callback URLs are given) and a hosted sign-in domain prefix.");
        m.required("name", Types.STRING, "Name of the user pool and its app client.");
        m.required("domain_prefix", Types.STRING, "Prefix of the hosted sign-in domain (<prefix>.auth.<region>.amazoncognito.com).",
                check(op(call("length", call("regexall", str("aws|amazon|cognito"), var("domain_prefix"))), "==", num(0)),
                        "domain_prefix may not contain aws, amazon or cognito (reserved by Cognito)."));
        m.optional("password_minimum_length", Types.NUMBER, "Minimum password length (8-99).", num(12),
                check(op(op(var("password_minimum_length"), ">=", num(8)), "&&", op(var("password_minimum_length"), "<=", num(99))),
                        "password_minimum_length must be 8-99."));
        m.optional("mfa", Types.STRING, "Multi-factor sign-in: OFF, OPTIONAL or ON (required).", str("OPTIONAL"),
                check(call("contains", strings(List.of("OFF", "OPTIONAL", "ON")), var("mfa")), "mfa must be OFF, OPTIONAL or ON."));
        m.optional("callback_urls", Types.STRINGS, "Where the hosted sign-in may return users; none: no OAuth flows.", list());
        m.optional("logout_urls", Types.STRINGS, "Where the hosted sign-out may return users.", list());
        m.optional("deletion_protection", Types.BOOL, "Refuse to delete the pool (and its users).", bool(true));
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
        Expr oauth = op(call("length", var("callback_urls")), ">", num(0));
        m.data("aws_region", "current", b -> { });
        m.resource("aws_cognito_user_pool", "this", b -> b
                .attr("name", var("name"))
                .attr("username_attributes", list(str("email")))
                .attr("auto_verified_attributes", list(str("email")))
                .attr("deletion_protection", cond(var("deletion_protection"), str("ACTIVE"), str("INACTIVE")))
                .attr("mfa_configuration", var("mfa"))
                .attr("tags", var("tags"))
                .dynamic("software_token_mfa_configuration", cond(op(var("mfa"), "==", str("OFF")), list(), list(num(1))),
                        c -> c.attr("enabled", true))
                .comment("Strong passwords: length from the spec, every character class required.")
                .block("password_policy", p -> p
                        .attr("minimum_length", var("password_minimum_length"))
                        .attr("require_lowercase", true)
                        .attr("require_uppercase", true)
                        .attr("require_numbers", true)
                        .attr("require_symbols", true)
                        .attr("temporary_password_validity_days", 3))
                .block("account_recovery_setting", a -> a.block("recovery_mechanism", r -> r
                        .attr("name", "verified_email")
                        .attr("priority", 1))));
        m.resource("aws_cognito_user_pool_client", "this", b -> b
                .attr("name", var("name"))
                .attr("user_pool_id", ref("aws_cognito_user_pool.this.id"))
                .comment("A public client (browser or mobile app): no secret, SRP sign-in so passwords never leave the"
                        + " device, and no user-existence leaks.")
                .attr("generate_secret", false)
                .attr("explicit_auth_flows", strings(List.of("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")))
                .attr("prevent_user_existence_errors", "ENABLED")
                .attr("enable_token_revocation", true)
                .attr("supported_identity_providers", list(str("COGNITO")))
                .attr("allowed_oauth_flows_user_pool_client", oauth)
                .attr("allowed_oauth_flows", cond(oauth, list(str("code")), list()))
                .attr("allowed_oauth_scopes", cond(oauth, strings(List.of("openid", "email", "profile")), list()))
                .attr("callback_urls", var("callback_urls"))
                .attr("logout_urls", var("logout_urls")));
        m.resource("aws_cognito_user_pool_domain", "this", b -> b
                .attr("domain", var("domain_prefix"))
                .attr("user_pool_id", ref("aws_cognito_user_pool.this.id")));
        m.output("user_pool_id", "ID of the user pool.", ref("aws_cognito_user_pool.this.id"));
        m.output("user_pool_arn", "ARN of the user pool (what a REST API's Cognito authorizer trusts).",
                ref("aws_cognito_user_pool.this.arn"));
        m.output("client_id", "ID of the app client (the audience of its tokens).", ref("aws_cognito_user_pool_client.this.id"));
        m.output("issuer_url", "Issuer of the pool's tokens (what a JWT authorizer trusts).",
                tmpl("https://", ref("aws_cognito_user_pool.this.endpoint")));
        m.output("sign_in_domain", "Hosted sign-in domain.", tmpl(var("domain_prefix"), ".auth.",
                ref("data.aws_region.current.region"), ".amazoncognito.com"));
        return m;
    }
}
