package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.index;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;
import dev.forge.model.Ref;
import dev.forge.model.SecretStore;
import dev.forge.model.Spec;
import dev.forge.resolve.Connection;
import java.util.Locale;

/** How the environment root refers to each resource's attributes (module outputs or root inputs). */
final class Refs {

    private Refs() {
    }

    static String moduleLabel(Ref r) {
        return r.kind().spelling() + "_" + Root.label(r.name());
    }

    static Expr out(Ref r, String output) {
        return ref("module." + moduleLabel(r) + "." + output);
    }

    /** Root input named after a connection variable: ORDERS_DATABASE_HOST becomes var.orders_database_host. */
    static String inputName(String connectionVariable) {
        return connectionVariable.toLowerCase(Locale.ROOT);
    }

    static Expr storeName(Spec s, Ref r) {
        if (r.kind() == dev.forge.model.Kind.SECRET && s.secrets().get(r.name()).store() == SecretStore.SECRETS_MANAGER) {
            return index(ref("module.secrets.secret_arns"), str(r.name()));
        }
        return index(ref("module.ssm.parameter_names"), str(r.name()));
    }

    static Expr storeArn(Spec s, Ref r) {
        if (r.kind() == dev.forge.model.Kind.SECRET && s.secrets().get(r.name()).store() == SecretStore.SECRETS_MANAGER) {
            return index(ref("module.secrets.secret_arns"), str(r.name()));
        }
        return index(ref("module.ssm.parameter_arns"), str(r.name()));
    }

    /** The value of a connection variable. */
    static Expr connection(Root root, Connection c) {
        Spec s = root.env.spec();
        Ref r = c.resource();
        return switch (c.attribute()) {
            case NAME -> switch (r.kind()) {
                case TABLE -> out(r, "table_name");
                case BUCKET -> out(r, "bucket_name");
                // Qualified with the alias: the caller may invoke the alias live only.
                case FUNCTION -> tmpl(out(r, "function_name"), ":", out(r, "alias_name"));
                default -> throw new IllegalStateException("no name connection for " + r);
            };
            case URL -> r.kind() == dev.forge.model.Kind.QUEUE ? out(r, "queue_url")
                    : r.kind() == dev.forge.model.Kind.API ? apiUrl(root, c) : serviceUrl(root, c);
            case SECRET_ARN, PARAMETER_NAME -> storeName(s, r);
            case MODEL_ID -> str(s.models().get(r.name()).id());
            // Databases and caches are this configuration's own modules (rds_postgres, elasticache).
            case HOST -> out(r, r.kind() == dev.forge.model.Kind.CACHE ? "primary_endpoint_address" : "address");
            case PORT -> out(r, "port");
            case DATABASE_NAME -> out(r, "database_name");
            case CREDENTIALS_SECRET_ARN -> out(r, "master_user_secret_arn");
            case TOPIC_ARN -> out(r, "topic_arn");
            case USERNAME, PASSWORD -> throw new IllegalStateException(c.attribute() + " is injected from the"
                    + " database's secret (EcsEnv), never a plain value");
        };
    }

    /**
     * An API's base URL: its custom domain when it has one (a constant, so a function behind the API may read it
     * without a dependency cycle), else its base URL built from the API's ID (not the
     * stage's invoke URL, which depends on the integrations and so on the functions behind it); a load balancer's from
     * its module (which depends on no service: the services depend on its target groups).
     */
    private static Expr apiUrl(Root root, Connection c) {
        dev.forge.model.ApiSpec a = root.env.spec().apis().get(c.resource().name());
        if (a.domain() != null) {
            return str("https://" + a.domain());
        }
        return out(c.resource(), "base_url"); // a load balancer's too (module load_balancer)
    }


    /**
     * A service's URL: its name in the environment's Cloud Map namespace (a constant, so no dependency on the service),
     * or, for a blue-green one, an input (platform.aws.ServiceDiscovery).
     */
    private static Expr serviceUrl(Root root, Connection c) {
        String url = dev.forge.platform.aws.ServiceDiscovery.url(root.env, root.registeredServices(),
                c.resource().name());
        return url != null ? str(url) : input(root, c, "Base URL of " + c.resource() + ": "
                + dev.forge.platform.aws.ServiceDiscovery.inputReason(c.resource().name()));
    }

    private static Expr input(Root root, Connection c, String description) {
        String name = inputName(c.variable());
        root.variable(name, c.attribute() == Connection.Attribute.PORT ? Types.NUMBER : Types.STRING, description, null);
        return var(name);
    }
}
