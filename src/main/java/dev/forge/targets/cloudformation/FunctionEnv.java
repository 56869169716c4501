package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.ApiSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.SecretStore;
import dev.forge.model.Spec;
import dev.forge.resolve.Connection;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A function's environment variables: the env contract (docs/env-contract.md), each value a reference to the
 * resource of this template that holds it (by the logical IDs of {@link Stack}), or a stack parameter when the
 * value lives outside the stack. Lambda cannot inject a secret's value: the function gets its ARN or parameter name.
 */
final class FunctionEnv {

    private FunctionEnv() {
    }

    static YamlMap of(Stack stack, Ref principal) {
        TreeMap<String, Object> vars = new TreeMap<>();
        for (EnvVar v : EnvContract.of(stack.env(), principal)) {
            vars.put(v.name(), v.render(new EnvVar.Renderer<Object>() {
                @Override
                public Object text(String text) {
                    return text;
                }

                @Override
                public Object environmentName() {
                    return stack.env().name();
                }

                @Override
                public Object storeValue(Ref ref) {
                    return storeName(stack, ref);
                }

                @Override
                public Object attribute(Ref resource, Connection.Attribute attribute, boolean fromUses) {
                    return value(stack, v.name(), resource, attribute);
                }
            }));
        }
        YamlMap m = new YamlMap();
        vars.forEach(m::put);
        return m;
    }

    /** A Secrets Manager secret's ARN, or the name of an SSM parameter (an SSM secret lives outside the stack). */
    static Object storeName(Stack stack, Ref r) {
        Spec s = stack.env().spec();
        if (r.kind() == Kind.SECRET && s.secrets().get(r.name()).store() == SecretStore.SECRETS_MANAGER
                || r.kind() == Kind.PARAMETER) {
            return Fn.ref(Stack.logicalId(r));
        }
        return stack.env().naming().storePath(r.name());
    }

    private static Object value(Stack stack, String variable, Ref r, Connection.Attribute attribute) {
        Spec s = stack.env().spec();
        String id = Stack.logicalId(r);
        return switch (attribute) {
            case NAME -> r.kind() == Kind.FUNCTION ? Fn.sub("${" + id + "}:live") : Fn.ref(id);
            case URL -> r.kind() == Kind.QUEUE ? Fn.ref(id) : r.kind() == Kind.API ? apiUrl(stack, variable, r) : serviceUrl(stack, variable, r);
            case SECRET_ARN, PARAMETER_NAME -> storeName(stack, r);
            case MODEL_ID -> s.models().get(r.name()).id();
            case HOST -> Fn.getAtt(id, r.kind() == Kind.CACHE ? "PrimaryEndPoint.Address" : "Endpoint.Address");
            case PORT -> Fn.getAtt(id, r.kind() == Kind.CACHE ? "PrimaryEndPoint.Port" : "Endpoint.Port");
            case DATABASE_NAME -> s.databases().get(r.name()).name() != null ? s.databases().get(r.name()).name()
                    : r.name().replace('-', '_');
            case CREDENTIALS_SECRET_ARN -> Fn.getAtt(id, "MasterUserSecret.SecretArn");
            case TOPIC_ARN -> Fn.ref(id);
            case USERNAME, PASSWORD -> throw new IllegalStateException(attribute + " is a container's variable, not a function's");
        };
    }

    /**
     * An API's base URL: its custom domain when it has one, else built from the API's ID (a function behind the API
     * may read it without a dependency cycle), with the stage for a REST API. A load balancer's comes in as a parameter.
     */
    private static Object apiUrl(Stack stack, String variable, Ref r) {
        ApiSpec a = stack.env().spec().apis().get(r.name());
        if (a.domain() != null) {
            return "https://" + a.domain();
        }
        if (HttpApisPart.renders(a)) {
            return Fn.sub("https://${" + Stack.logicalId(r) + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}");
        }
        if (RestApisPart.renders(a)) {
            return RestApisPart.baseUrl(r.name());
        }
        return input(stack, variable, "Base URL of " + r + " (not rendered in this template)");
    }

    /** A stack parameter named after the variable (ORDERS_URL is OrdersUrl), for a value from outside the stack. */
    private static Object input(Stack stack, String variable, String description) {
        StringBuilder b = new StringBuilder();
        for (String part : variable.toLowerCase(Locale.ROOT).split("_")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        String id = b.toString();
        if (!stack.template().has(id)) {
            stack.template().parameter(id, YamlMap.of("Type", "String", "Description", description));
        }
        return Fn.ref(id);
    }

    /**
     * A service's URL: its name in the environment's Cloud Map namespace (a constant), or, for a blue-green one behind
     * a load balancer, a parameter (platform.aws.ServiceDiscovery, the same decision as terraform-aws).
     */
    private static Object serviceUrl(Stack stack, String variable, Ref r) {
        String url = dev.forge.platform.aws.ServiceDiscovery.url(stack.env(), stack.registeredServices(), r.name());
        return url != null ? url : input(stack, variable, "Base URL of " + r + " (" + variable + "): "
                + dev.forge.platform.aws.ServiceDiscovery.inputReason(r.name()) + ".");
    }

}
