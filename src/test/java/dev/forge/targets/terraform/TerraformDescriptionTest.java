package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.synth.Artifact;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 9: `forge targets` names every AWS service whose resources terraform-aws emits for the examples. */
class TerraformDescriptionTest {

    private static final Map<String, String> SERVICE = Map.ofEntries(
            Map.entry("aws_lambda", "Lambda"), Map.entry("aws_api", "API Gateway"), Map.entry("aws_apigatewayv2", "HTTP"),
            Map.entry("aws_dynamodb", "DynamoDB"), Map.entry("aws_s3", "S3"), Map.entry("aws_cloudfront", "CloudFront"),
            Map.entry("aws_sqs", "SQS"), Map.entry("aws_ssm", "SSM"), Map.entry("aws_secretsmanager", "Secrets Manager"),
            Map.entry("aws_ecr", "ECR"), Map.entry("aws_iam", "IAM"), Map.entry("aws_kms", "KMS"),
            Map.entry("aws_cloudwatch", "CloudWatch"), Map.entry("aws_sns", "SNS"), Map.entry("aws_security", "security groups"),
            Map.entry("aws_vpc", "VPC"), Map.entry("aws_wafv2", "WAF"), Map.entry("aws_scheduler", "EventBridge Scheduler"),
            Map.entry("aws_db", "RDS PostgreSQL"), Map.entry("aws_elasticache", "ElastiCache"),
            Map.entry("aws_internet", "internet gateway"), Map.entry("aws_nat", "NAT gateways"),
            Map.entry("aws_route", "route tables"), Map.entry("aws_flow", "flow logs"),
            Map.entry("aws_budgets", "Budgets"), Map.entry("aws_cognito", "Cognito"),
            Map.entry("aws_default", "default security group"), Map.entry("aws_acm", "ACM"), Map.entry("aws_ecs", "ECS"),
            Map.entry("aws_lb", "Load Balancers"), Map.entry("aws_appautoscaling", "autoscaling"),
            Map.entry("aws_codedeploy", "CodeDeploy"), Map.entry("aws_route53", "Route 53"),
            Map.entry("aws_service", "Cloud Map"), Map.entry("aws_eks", "EKS access entry"));

    @Test
    void description_namesEveryServiceTheExamplesGet() {
        TreeSet<String> prefixes = new TreeSet<>();
        Pattern resource = Pattern.compile("^resource \"(aws_[a-z0-9]+)_", Pattern.MULTILINE);
        for (String example : TerraformExamples.names()) {
            for (Artifact a : TerraformExamples.synth(example)) {
                Matcher m = resource.matcher(a.text());
                while (m.find()) {
                    prefixes.add(m.group(1));
                }
            }
        }
        assertThat(prefixes).isNotEmpty();
        String description = new TerraformTarget().description();
        for (String p : prefixes) {
            assertThat(SERVICE).as("a service name for %s", p).containsKey(p);
            assertThat(description).as("description names %s", p).contains(SERVICE.get(p));
        }
    }
}
