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
                "PolicyDocument", vpcCondition(stack, f, IamRender.document(stack, IamPolicies.function(stack.env(), name)))));
    }

    /**
     * In a brought VPC ({@code network.vpc: existing}) the private subnets are a list parameter, which a template
     * cannot turn into ARNs: the statement on subnets names any subnet of that VPC, held to it by the condition
     * {@code ec2:Vpc} (terraform-aws lists the subnets themselves).
     */
    private static YamlMap vpcCondition(Stack stack, FunctionSpec f, YamlMap document) {
        if (!Boolean.TRUE.equals(f.vpc()) || !NetworkPart.existing(stack.env().spec())) {
            return document;
        }
        for (Object s : ((YamlList) document.get("Statement")).items()) {
            YamlMap st = (YamlMap) s;
            if ("UsePrivateSubnets".equals(st.get("Sid"))) {
                st.put("Condition", YamlMap.of("StringEquals", YamlMap.of("ec2:Vpc",
                        Fn.sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:vpc/${VpcId}"))));
            }
        }
        return document;
    }

}
