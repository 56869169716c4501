package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import java.util.List;
import java.util.Map;

/**
 * CloudFormation's intrinsic functions and pseudo parameters, as values of the template tree (the long form,
 * {@code Ref:} / {@code Fn::GetAtt:}, which YAML and JSON templates read the same way and which needs no YAML
 * tags). Every reference to a logical ID goes through here, so {@link Template#references} can list them.
 */
public final class Fn {

    /** {@code AWS::Region} and friends. */
    public static final YamlMap REGION = ref("AWS::Region");
    public static final YamlMap ACCOUNT = ref("AWS::AccountId");
    public static final YamlMap PARTITION = ref("AWS::Partition");
    public static final YamlMap STACK_NAME = ref("AWS::StackName");
    public static final YamlMap URL_SUFFIX = ref("AWS::URLSuffix");
    public static final YamlMap NO_VALUE = ref("AWS::NoValue");

    private Fn() {
    }

    /** {@code Ref}: a parameter, a resource's primary identifier, or a pseudo parameter. */
    public static YamlMap ref(String logicalId) {
        return YamlMap.of("Ref", logicalId);
    }

    /** {@code Fn::GetAtt} of a resource's attribute. */
    public static YamlMap getAtt(String logicalId, String attribute) {
        return YamlMap.of("Fn::GetAtt", YamlList.of(logicalId, attribute));
    }

    /** {@code Fn::Sub} with {@code ${Name}} placeholders resolved from the template (parameters, resources, pseudo). */
    public static YamlMap sub(String template) {
        return YamlMap.of("Fn::Sub", template);
    }

    /** {@code Fn::Sub} with its own variables (each a value of the tree), in the given order. */
    public static YamlMap sub(String template, Map<String, Object> variables) {
        YamlMap vars = new YamlMap();
        variables.forEach(vars::put);
        return YamlMap.of("Fn::Sub", YamlList.of(template, vars));
    }

    /** {@code Fn::Join}. */
    public static YamlMap join(String separator, List<?> parts) {
        return YamlMap.of("Fn::Join", YamlList.of(separator, YamlList.copyOf(parts)));
    }

    /** {@code Fn::If} on a condition of the template. */
    public static YamlMap ifThen(String condition, Object then, Object otherwise) {
        return YamlMap.of("Fn::If", YamlList.of(condition, then, otherwise));
    }

    /** {@code Fn::Equals}, for a condition. */
    public static YamlMap equalsTo(Object a, Object b) {
        return YamlMap.of("Fn::Equals", YamlList.of(a, b));
    }

    /** {@code Fn::Not}, for a condition. */
    public static YamlMap not(Object condition) {
        return YamlMap.of("Fn::Not", YamlList.of(condition));
    }

    /** {@code Fn::Select} of a list item. */
    public static YamlMap select(int index, Object list) {
        return YamlMap.of("Fn::Select", YamlList.of(index, list));
    }

    /** {@code Fn::GetAZs} of the stack's region. */
    public static YamlMap azs() {
        return YamlMap.of("Fn::GetAZs", "");
    }

    /**
     * A dynamic reference to a Secrets Manager secret's value (resolved by CloudFormation at deploy time, never
     * stored in the template): {@code {{resolve:secretsmanager:<id>:SecretString:<key>}}}. {@code secretId} is a
     * name or an ARN; use {@link #sub} around it when it holds placeholders.
     */
    public static String secretsManager(String secretId, String jsonKey) {
        return "{{resolve:secretsmanager:" + secretId + ":SecretString" + (jsonKey == null ? "" : ":" + jsonKey) + "}}";
    }

    /** A dynamic reference to an SSM parameter ({@code ssm} plain, {@code ssm-secure} for SecureString). */
    public static String ssm(String name, boolean secure) {
        return "{{resolve:" + (secure ? "ssm-secure" : "ssm") + ":" + name + "}}";
    }
}
