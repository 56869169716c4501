package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Kind;
import dev.forge.model.ParameterSpec;
import dev.forge.model.Ref;
import dev.forge.model.SecretSpec;
import dev.forge.model.SecretStore;
import java.util.TreeMap;

/**
 * Secrets and parameters under {@code /<app>/<env>/<name>}. A Secrets Manager secret is an
 * {@code AWS::SecretsManager::Secret} created empty (its value is set by whoever owns it, never by the template);
 * an SSM secret has no resource, because CloudFormation cannot create SecureString parameters: it is created outside
 * the stack (the README says how) and the template refers to it by name. A parameter is an
 * {@code AWS::SSM::Parameter}; one without a value in the spec takes it from the stack parameter
 * {@code <id>Value}, which the parameters file leaves for the operator to fill.
 */
final class StoresPart implements Part {

    @Override
    public void build(Stack stack) {
        new TreeMap<>(stack.env().spec().secrets()).forEach((name, s) -> secret(stack, name, s));
        new TreeMap<>(stack.env().spec().parameters()).forEach((name, p) -> parameter(stack, name, p));
    }

    private static void secret(Stack stack, String name, SecretSpec s) {
        String path = stack.env().naming().storePath(name);
        String description = s.description() == null ? "Secret " + name : s.description();
        if (s.store() == SecretStore.SSM) {
            stack.note("Secret `" + name + "` is an SSM SecureString, which CloudFormation cannot create: create it"
                    + " before deploying with `aws ssm put-parameter --type SecureString --name " + path
                    + " --value \"$VALUE\"` (" + description + ").");
            return;
        }
        String id = Stack.logicalId(new Ref(Kind.SECRET, name));
        Data.keep(stack, stack.template().add(id, "AWS::SecretsManager::Secret", YamlMap.of(
                "Name", path, "Description", description)));
        stack.template().output(id + "Arn", "ARN of secret " + name + " (its value is set outside the template)",
                Fn.ref(id), null);
    }

    private static void parameter(Stack stack, String name, ParameterSpec p) {
        String id = Stack.logicalId(new Ref(Kind.PARAMETER, name));
        Object value = p.value();
        if (value == null) {
            String input = id + "Value";
            stack.template().parameter(input, YamlMap.of("Type", "String", "MinLength", 1,
                    "Description", "Value of parameter " + name + " (the spec sets none: set it in parameters.json)"));
            value = Fn.ref(input);
        }
        stack.template().add(id, "AWS::SSM::Parameter", YamlMap.of("Name", stack.env().naming().storePath(name),
                "Description", p.description() == null ? "Parameter " + name : p.description(),
                "Type", "String", "Value", value));
    }
}
