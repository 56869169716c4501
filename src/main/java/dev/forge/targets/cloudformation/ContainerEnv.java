package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.ApiSpec;
import dev.forge.model.ApiType;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.SecretStore;
import dev.forge.model.Spec;
import dev.forge.resolve.Connection;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A container's environment on ECS from the env contract, as terraform-aws's {@code EcsEnv} renders it: plain values
 * in {@code Environment}; every value read from a store (secrets, parameters, the database's user name and password)
 * in {@code Secrets} by ARN, injected by ECS at start, so no value is ever in the template (the execution role's
 * statements that injection needs are {@link dev.forge.platform.aws.IamPolicies#ecsExecution}).
 */
final class ContainerEnv {

    /** Plain variables, sorted by name. */
    final Map<String, Object> environment = new TreeMap<>();
    /** Variables injected from a store: name to ARN (a JSON key of a secret: {@code ARN:key::}). */
    final Map<String, Object> secrets = new TreeMap<>();

    private ContainerEnv() {
    }

    static ContainerEnv of(Stack stack, Ref principal) {
        ContainerEnv e = new ContainerEnv();
        Spec s = stack.env().spec();
        for (EnvVar v : EnvContract.of(stack.env(), principal)) {
            v.render(new EnvVar.Renderer<Void>() {
                @Override
                public Void text(String text) {
                    e.environment.put(v.name(), text);
                    return null;
                }

                @Override
                public Void environmentName() {
                    e.environment.put(v.name(), stack.env().name());
                    return null;
                }

                @Override
                public Void storeValue(Ref ref) {
                    e.secrets.put(v.name(), storeArn(stack, ref));
                    return null;
                }

                @Override
                public Void attribute(Ref resource, Connection.Attribute attribute, boolean fromUses) {
                    if (attribute == Connection.Attribute.USERNAME || attribute == Connection.Attribute.PASSWORD) {
                        // the RDS-managed credentials secret holds JSON keys username and password
                        YamlMap arn = Fn.getAtt(Stack.logicalId(resource), "MasterUserSecret.SecretArn");
                        e.secrets.put(v.name(), Fn.join("", List.of(arn, attribute == Connection.Attribute.USERNAME
                                ? ":username::" : ":password::")));
                    } else {
                        e.environment.put(v.name(), value(stack, v.name(), resource, attribute));
                    }
                    return null;
                }
            });
        }
        return e;
    }

    /** The task definition's {@code Environment}. */
    YamlList environmentList() {
        YamlList out = new YamlList();
        environment.forEach((k, v) -> out.add(YamlMap.of("Name", k, "Value", v)));
        return out;
    }

    /** The task definition's {@code Secrets}. */
    YamlList secretsList() {
        YamlList out = new YamlList();
        secrets.forEach((k, v) -> out.add(YamlMap.of("Name", k, "ValueFrom", v)));
        return out;
    }

    /** The ARN of a secret or parameter (an SSM-stored secret lives outside the stack, under its store path). */
    static Object storeArn(Stack stack, Ref r) {
        Spec s = stack.env().spec();
        if (r.kind() == Kind.SECRET && s.secrets().get(r.name()).store() == SecretStore.SECRETS_MANAGER) {
            return Fn.ref(Stack.logicalId(r)); // Ref of AWS::SecretsManager::Secret is its ARN
        }
        return Fn.sub("arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter"
                + stack.env().naming().storePath(r.name()));
    }

    /** A connection variable's value. */
    static Object value(Stack stack, String variable, Ref r, Connection.Attribute attribute) {
        Spec s = stack.env().spec();
        String id = Stack.logicalId(r);
        return switch (attribute) {
            case NAME -> switch (r.kind()) {
                case TABLE, BUCKET -> Fn.ref(id);
                // qualified with the alias: the caller may invoke the alias live only
                case FUNCTION -> Fn.join(":", List.of(Fn.ref(id), "live"));
                default -> throw new IllegalStateException("no name connection for " + r);
            };
            case URL -> r.kind() == Kind.QUEUE ? Fn.ref(id) : r.kind() == Kind.API ? apiUrl(stack, r) : serviceUrl(stack, variable, r);
            case SECRET_ARN -> storeArn(stack, r);
            case PARAMETER_NAME -> r.kind() == Kind.PARAMETER ? Fn.ref(id) : stack.env().naming().storePath(r.name());
            case MODEL_ID -> s.models().get(r.name()).id();
            case HOST -> Fn.getAtt(id, r.kind() == Kind.CACHE ? "PrimaryEndPoint.Address" : "Endpoint.Address");
            case PORT -> Fn.getAtt(id, r.kind() == Kind.CACHE ? "PrimaryEndPoint.Port" : "Endpoint.Port");
            case DATABASE_NAME -> DatabasesPart.databaseName(r.name(), s.databases().get(r.name()));
            case CREDENTIALS_SECRET_ARN -> Fn.getAtt(id, "MasterUserSecret.SecretArn");
            case TOPIC_ARN -> Fn.ref(id);
            case USERNAME, PASSWORD -> throw new IllegalStateException(attribute + " is injected, not a plain value");
        };
    }

    /** An API's base URL: its custom domain when it has one, a load balancer's DNS name, an API Gateway's endpoint. */
    private static Object apiUrl(Stack stack, Ref r) {
        ApiSpec a = stack.env().spec().apis().get(r.name());
        if (a.domain() != null) {
            return "https://" + a.domain();
        }
        String id = Stack.logicalId(r);
        if (a.type() == ApiType.LOADBALANCER) {
            return Fn.sub("https://${" + id + ".DNSName}");
        }
        return Fn.sub("https://${" + id + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}");
    }

    /** A value the stack does not know (another system's URL): a parameter named after the variable. */
    private static Object input(Stack stack, String variable, String description) {
        String id = Stack.camel(variable.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
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
