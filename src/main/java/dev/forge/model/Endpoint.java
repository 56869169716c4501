package dev.forge.model;

/** Private endpoints in the app's network, so traffic to these services never leaves it. */
public enum Endpoint implements SpecEnum {
    S3("s3"),
    DYNAMODB("dynamodb"),
    BEDROCK_RUNTIME("bedrock-runtime"),
    ECR("ecr"),
    SECRETSMANAGER("secretsmanager"),
    SSM("ssm"),
    LOGS("logs"),
    SQS("sqs"),
    STS("sts");

    private final String spelling;

    Endpoint(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
