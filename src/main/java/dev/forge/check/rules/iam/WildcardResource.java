package dev.forge.check.rules.iam;

import dev.forge.check.ArtifactRule;
import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.check.artifact.PolicyStatements;
import dev.forge.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** FORGE-IAM-002: no Resource '*' where the actions can be scoped to a resource. */
public final class WildcardResource implements ArtifactRule {

    /** Actions that AWS authorizes only on '*': a wildcard resource is the narrowest there is. */
    static final Set<String> STAR_ONLY = Set.of("xray:PutTraceSegments", "xray:PutTelemetryRecords",
            "xray:GetSamplingRules", "xray:GetSamplingTargets", "ecr:GetAuthorizationToken", "cloudwatch:PutMetricData",
            "ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DescribeSubnets", "ec2:DeleteNetworkInterface",
            "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses", "sts:GetCallerIdentity",
            // ECS authorizes reading and registering task definitions on '*' only (CI's deploy role rolls out services)
            "ecs:DescribeTaskDefinition", "ecs:RegisterTaskDefinition",
            // Cost Explorer authorizes GetCostAndUsage on '*' only (the cost report role of ci.schedules)
            "ce:GetCostAndUsage");

    static final RuleInfo INFO = new RuleInfo("FORGE-IAM-002", Levels.always(Severity.ERROR),
            "IAM policies name exact resources where the actions allow it",
            "Resource '*' lets the granted actions touch every resource of the account, including other apps'"
                    + " tables and buckets. It is only acceptable for actions AWS authorizes on '*' alone (X-Ray,"
                    + " ecr:GetAuthorizationToken, cloudwatch:PutMetricData, VPC network interfaces,"
                    + " ECS task definition reads and registrations, Cost Explorer's GetCostAndUsage).",
            "This is Forge's guarantee: report the target that emitted it. Access is declared with `uses:`.",
            List.of("checkov CKV_AWS_355", "cdk-nag AwsSolutions-IAM5"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public boolean appliesTo(String path) {
        return path.endsWith(".tf") || path.endsWith(".json");
    }

    @Override
    public Result check(ParsedArtifact a) {
        List<Violation> out = new ArrayList<>();
        for (PolicyStatements.Statement s : a.policyStatements()) {
            boolean narrowable = s.actions().stream().anyMatch(v -> !STAR_ONLY.contains(v.text()));
            if (s.effect().equalsIgnoreCase("Allow") && narrowable) {
                s.resources().stream().filter(v -> v.text().equals("*")).forEach(v -> out.add(Violation.line(v.line(),
                        v.column(), a.path(), "policy statement allows " + s.actions().stream()
                                .map(PolicyStatements.Value::text).toList() + " on every resource ('*')")));
            }
        }
        return Result.of(out);
    }
}
