package dev.forge.targets.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void printsLongFormIntrinsicsPoliciesAndSuppressionsInCloudFormationsOrder() {
        Template t = new Template("demo");
        t.parameter("CodeBucket", YamlMap.of("Type", "String"));
        t.condition("IsProd", Fn.equalsTo(Fn.ref("CodeBucket"), "x"));
        t.add("TableMessages", "AWS::DynamoDB::Table", YamlMap.of("TableName", "demo-messages"))
                .keep(Resource.Policy.Retain).suppressGuard("DYNAMODB_TABLE_ENCRYPTED_KMS", "AWS-owned key by choice")
                .dependsOn("B").dependsOn("A");
        t.output("TableArn", "the table", Fn.getAtt("TableMessages", "Arn"), Fn.sub("${AWS::StackName}-table"));
        String yaml = t.print(List.of("header"));
        assertThat(yaml).startsWith("# header\nAWSTemplateFormatVersion: \"2010-09-09\"\nDescription: demo\nParameters:");
        assertThat(yaml).contains("    DependsOn:\n      - A\n      - B\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n");
        assertThat(yaml).contains("guard:\n        SuppressedRules:\n          - DYNAMODB_TABLE_ENCRYPTED_KMS");
        assertThat(yaml).contains("Fn::GetAtt:\n        - TableMessages\n        - Arn");
        assertThat(yaml.indexOf("Conditions:")).isLessThan(yaml.indexOf("Resources:"));
        assertThat(yaml.indexOf("Resources:")).isLessThan(yaml.indexOf("Outputs:"));
    }

    @Test
    void listsEveryLogicalIdItRefersTo() {
        Template t = new Template("demo");
        t.add("Fn1", "AWS::Lambda::Function", YamlMap.of(
                "Role", Fn.getAtt("Fn1Role", "Arn"),
                "Environment", YamlMap.of("Variables", YamlMap.of(
                        "A", Fn.ref("Queue1"),
                        "B", Fn.sub("arn:${AWS::Partition}:s3:::${Bucket1}/*"),
                        "C", Fn.sub("${Own}-${Table1.Arn}-${!Literal}", Map.of("Own", Fn.ref("Param1"))),
                        "D", Fn.ref("AWS::Region")))))
                .dependsOn("Fn1LogGroup").condition("IsProd");
        assertThat(t.references()).containsExactly("Bucket1", "Fn1LogGroup", "Fn1Role", "IsProd", "Param1", "Queue1",
                "Table1");
    }

    @Test
    void refusesABadOrRepeatedLogicalIdAndAnEmptyTemplate() {
        Template t = new Template("demo");
        t.add("A", "AWS::SQS::Queue", new YamlMap());
        assertThatThrownBy(() -> t.add("A", "AWS::SQS::Queue", new YamlMap())).hasMessageContaining("already");
        assertThatThrownBy(() -> t.add("a-b", "AWS::SQS::Queue", new YamlMap())).hasMessageContaining("logical ID");
        assertThatThrownBy(() -> t.add("B", "SQS::Queue", new YamlMap())).hasMessageContaining("resource type");
        assertThatThrownBy(() -> new Template("x").print(List.of())).hasMessageContaining("at least one resource");
    }

    @Test
    void logicalIdsAreTheKindAndTheNameInCamelCase() {
        assertThat(Stack.logicalId(new Ref(Kind.TABLE, "chat-messages"))).isEqualTo("TableChatMessages");
        assertThat(Stack.logicalId(new Ref(Kind.FUNCTION, "api"), "Role")).isEqualTo("FunctionApiRole");
        assertThat(Fn.secretsManager("arn:x", "password")).isEqualTo("{{resolve:secretsmanager:arn:x:SecretString:password}}");
        assertThat(Fn.ssm("/app/key", true)).isEqualTo("{{resolve:ssm-secure:/app/key}}");
    }
}
