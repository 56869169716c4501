package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Kind;
import dev.forge.platform.aws.IamPolicies;

/**
 * A function's execution role {@code <id>Role} (trusted by Lambda only) and its one inline policy
 * {@code <id>RolePolicy}: the statements of the shared derivation ({@link IamPolicies#function}), the same exact
 * actions on the same resources as terraform-aws's role.
 */
final class FunctionRoles {

    /** The statements about network interfaces a function in the VPC needs. */
    static final java.util.Set<String> NETWORK = java.util.Set.of("DescribeNetwork", "ManageNetworkInterfaces", "UsePrivateSubnets");

    private FunctionRoles() {
    }

    static void add(Stack stack, String name, FunctionSpec f) {
        String id = Stack.logicalId(Kind.FUNCTION, name);
        String physical = stack.physicalName(Kind.FUNCTION, name);
        stack.template().add(id + "Role", "AWS::IAM::Role", YamlMap.of(
                "RoleName", Names.fit(physical, 64),
                "Description", "Execution role of function " + name,
                "AssumeRolePolicyDocument", YamlMap.of("Version", "2012-10-17", "Statement", YamlList.of(YamlMap.of(
                        "Sid", "TrustService", "Effect", "Allow",
                        "Principal", YamlMap.of("Service", "lambda.amazonaws.com"),
                        "Action", "sts:AssumeRole")))));
        stack.template().add(id + "RolePolicy", "AWS::IAM::Policy", YamlMap.of(
                "PolicyName", physical + "-least-privilege",
                "Roles", YamlList.of(Fn.ref(id + "Role")),
                "PolicyDocument", IamRender.document(stack, statements(stack, name, f))));
    }

    /**
     * The shared statements; for a function in the VPC without those about the network, because this target does
     * not place functions in the VPC yet (the README says so, and `functions.*.vpc` is listed as not rendered).
     */
    static java.util.List<dev.forge.platform.aws.IamStatement> statements(Stack stack, String name, FunctionSpec f) {
        var all = IamPolicies.function(stack.env(), name);
        if (!Boolean.TRUE.equals(f.vpc())) {
            return all;
        }
        stack.note("Function `" + name + "` asks for `vpc: true`: it is not placed in the VPC by this template (no"
                + " subnets or security group), so it cannot reach databases or caches in private subnets yet.");
        return all.stream().filter(s -> !NETWORK.contains(s.sid())).toList();
    }
}
