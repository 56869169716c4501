package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.platform.aws.LambdaDeployments;
import java.util.List;

/**
 * CodeDeploy for the functions whose {@code live} alias it shifts (platform.aws.LambdaDeployments), as terraform-aws's
 * lambda_deployments module: the application {@value #APPLICATION} (compute platform Lambda), CodeDeploy's service role
 * {@value #ROLE} (trusted by CodeDeploy for this account only, AWS's managed policy for Lambda deployments) and one
 * {@code <id>DeploymentGroup} per function: its predefined configuration, rollback on failure and when one of the
 * function's alarms ({@link MonitoringPart}) stops the deployment. CI (deploy.yml) creates the deployments.
 */
final class LambdaDeploymentsPart implements Part {

    static final String APPLICATION = "CodeDeployApplication";
    static final String ROLE = "CodeDeployServiceRole";

    @Override
    public void build(Stack stack) {
        List<String> shifted = LambdaDeployments.of(stack.env().spec());
        if (shifted.isEmpty()) {
            return;
        }
        Template t = stack.template();
        t.add(APPLICATION, "AWS::CodeDeploy::Application", YamlMap.of(
                "ApplicationName", LambdaDeployments.application(stack.env()),
                "ComputePlatform", LambdaDeployments.COMPUTE_PLATFORM));
        YamlMap trust = IamRender.serviceTrust("TrustCodeDeploy", LambdaDeployments.SERVICE);
        t.add(ROLE, "AWS::IAM::Role", YamlMap.of("RoleName", LambdaDeployments.role(stack.env()),
                "Description", "CodeDeploy shifting the functions' traffic of " + LambdaDeployments.application(stack.env()),
                "AssumeRolePolicyDocument", trust,
                // AWS's policy for CodeDeploy's Lambda deployments (platform.aws.LambdaDeployments says why)
                "ManagedPolicyArns", YamlList.of(Fn.sub("arn:${AWS::Partition}:iam::aws:policy/service-role/"
                        + LambdaDeployments.SERVICE_POLICY))));
        for (String name : shifted) {
            String id = Stack.logicalId(new Ref(Kind.FUNCTION, name));
            YamlMap p = YamlMap.of("ApplicationName", Fn.ref(APPLICATION),
                    "DeploymentGroupName", LambdaDeployments.group(stack.env(), name),
                    "DeploymentConfigName", LambdaDeployments.config(stack.env().spec().functions().get(name).deployment()),
                    "ServiceRoleArn", Fn.getAtt(ROLE, "Arn"),
                    "DeploymentStyle", YamlMap.of("DeploymentType", "BLUE_GREEN", "DeploymentOption", "WITH_TRAFFIC_CONTROL"),
                    "AutoRollbackConfiguration", YamlMap.of("Enabled", true,
                            "Events", YamlList.copyOf(LambdaDeployments.ROLLBACK_EVENTS)));
            YamlList alarms = new YamlList();
            for (String alarm : LambdaDeployments.alarms(stack.env(), name)) {
                String suffix = alarm.substring(alarm.lastIndexOf('-') + 1);
                String alarmId = "Alarm" + Stack.camel(name) + Stack.camel(suffix);
                alarms.add(YamlMap.of("Name", t.has(alarmId) ? Fn.ref(alarmId) : alarm));
            }
            if (!alarms.isEmpty()) {
                p.put("AlarmConfiguration", YamlMap.of("Enabled", true, "Alarms", alarms));
            }
            t.add(id + "DeploymentGroup", "AWS::CodeDeploy::DeploymentGroup", p);
        }
    }
}
