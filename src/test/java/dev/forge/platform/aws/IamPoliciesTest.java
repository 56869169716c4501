package dev.forge.platform.aws;

import static dev.forge.platform.aws.IamValue.Pseudo.ACCOUNT;
import static dev.forge.platform.aws.IamValue.Pseudo.PARTITION;
import static dev.forge.platform.aws.IamValue.Pseudo.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.pipeline.Pipeline;

import dev.forge.platform.aws.IamValue.Attribute;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.SpecSource;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The target-neutral IAM statements of a principal: exact actions on abstract resources, the same for every target. */
class IamPoliciesTest {

    private static final String SPEC = """
            forge: 1
            app: shop
            owner: platform-team
            region: eu-west-1
            environments:
              prod: { alerts: { email: ops@example.com } }
            tables:
              orders: { key: id, stream: new-image }
            buckets:
              uploads: { encryption: customer-kms }
            queues:
              jobs: {}
              failures: { encryption: customer-kms }
            databases:
              main: { iam-auth: true }
            functions:
              order-worker:
                runtime: python3.12
                handler: app.handler
                image: { ref: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/w@sha256:%s" }
                vpc: true
                tracing: true
                uses: [table:orders (read-write), bucket:uploads (read), queue:jobs (consume), database:main]
                triggers:
                  - { table: orders, dead-letter-queue: failures }
                  - { table: orders }
            """.formatted("a".repeat(64));

    private static final Ref WORKER = new Ref(Kind.FUNCTION, "order-worker");
    private static final Ref ORDERS = new Ref(Kind.TABLE, "orders");

    private static ResolvedEnv prod() {
        ResolvedSpec s = Pipeline.resolve(SpecSource.of("forge.yaml", SPEC));
        return s.environments().get(0);
    }

    private static Map<String, IamStatement> bySid(List<IamStatement> statements) {
        return statements.stream().collect(Collectors.toMap(IamStatement::sid, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    @Test
    void givenAFunctionWithGrants_whenDerived_thenOwnStatementsComeFirstThenTheGrantsInSpecOrder() {
        List<IamStatement> statements = IamPolicies.function(prod(), "order-worker");

        // prod: dead-letter queue on by default; grants in the order the spec declares them
        assertThat(statements).extracting(IamStatement::sid).containsExactly("WriteOwnLogs", "WriteTraces",
                "SendToOwnDeadLetterQueue", "DescribeNetwork", "ManageNetworkInterfaces", "UsePrivateSubnets",
                "ReadTableOrders", "WriteTableOrders", "ReadStreamOrders", "SendStreamFailuresOrders",
                "UseKeyStreamFailuresFailures",
                "ListBucketUploads", "ReadObjectsUploads", "UseKeyBucketUploads",
                "ConsumeJobs",
                "ReadDatabaseCredentialsMain", "UseKeyDatabaseCredentialsMain", "ConnectDatabaseMain");
    }

    @Test
    void givenATableGrant_whenDerived_thenReadCoversTheTableAndItsIndexesAndWriteOnlyTheTable() {
        Map<String, IamStatement> s = bySid(IamPolicies.function(prod(), "order-worker"));

        assertThat(s.get("ReadTableOrders").actions()).isEqualTo(IamActions.TABLE_READ);
        assertThat(s.get("ReadTableOrders").resources()).containsExactly(new IamValue.Attr(ORDERS, Attribute.ARN),
                new IamValue.Attr(ORDERS, Attribute.INDEX_ARNS));
        assertThat(s.get("WriteTableOrders").resources()).containsExactly(new IamValue.Attr(ORDERS, Attribute.ARN));
        assertThat(s.get("ReadStreamOrders").resources()).containsExactly(new IamValue.Attr(ORDERS, Attribute.STREAM_ARN));
        // the first trigger names its dead-letter queue, the second gets Forge's own (trigger number 1)
        assertThat(s.get("SendStreamFailuresOrders").resources()).containsExactly(
                new IamValue.Attr(new Ref(Kind.QUEUE, "failures"), Attribute.ARN), new IamValue.FailureQueue("order-worker", 1));
        assertThat(s.get("UseKeyStreamFailuresFailures").actions()).containsExactly("kms:GenerateDataKey");
    }

    @Test
    void givenABucketUnderACustomerKey_whenRead_thenObjectsAreTheBucketArnSlashStarAndTheKeyIsUsedViaS3Only() {
        Map<String, IamStatement> s = bySid(IamPolicies.function(prod(), "order-worker"));
        Ref uploads = new Ref(Kind.BUCKET, "uploads");

        assertThat(s.get("ListBucketUploads").resources()).containsExactly(new IamValue.Attr(uploads, Attribute.ARN));
        assertThat(s.get("ReadObjectsUploads").resources()).containsExactly(
                new IamValue.Join(List.of(new IamValue.Attr(uploads, Attribute.ARN), new IamValue.Literal("/*"))));
        assertThat(s.get("ReadObjectsUploads").actions()).doesNotContain("s3:PutObject", "s3:DeleteObject");
        IamStatement key = s.get("UseKeyBucketUploads");
        assertThat(key.actions()).containsExactly("kms:Decrypt");
        assertThat(key.resources()).containsExactly(new IamValue.Attr(uploads, Attribute.KMS_KEY_ARN));
        assertThat(key.conditions()).containsExactly(new IamStatement.Condition("StringEquals", "kms:ViaService",
                List.of(new IamValue.Literal("s3.eu-west-1.amazonaws.com"))));
    }

    @Test
    void givenAQueueConsumer_whenDerived_thenConsumeActionsWithoutPurge() {
        IamStatement consume = bySid(IamPolicies.function(prod(), "order-worker")).get("ConsumeJobs");

        assertThat(consume.actions()).isEqualTo(IamActions.QUEUE_CONSUME).doesNotContain("sqs:PurgeQueue");
        assertThat(consume.resources()).containsExactly(new IamValue.Attr(new Ref(Kind.QUEUE, "jobs"), Attribute.ARN));
    }

    @Test
    void givenADatabaseWithIamAuth_whenDerived_thenConnectAsThePrincipalsUserOnTheResourceId() {
        Map<String, IamStatement> s = bySid(IamPolicies.function(prod(), "order-worker"));
        Ref main = new Ref(Kind.DATABASE, "main");

        assertThat(s.get("ReadDatabaseCredentialsMain").resources()).containsExactly(
                new IamValue.Attr(main, Attribute.MASTER_SECRET_ARN));
        assertThat(s.get("ConnectDatabaseMain").resources()).containsExactly(new IamValue.Join(List.of(
                new IamValue.Literal("arn:"), PARTITION, new IamValue.Literal(":rds-db:"), REGION, new IamValue.Literal(":"),
                ACCOUNT, new IamValue.Literal(":dbuser:"), new IamValue.Attr(main, Attribute.RESOURCE_ID),
                new IamValue.Literal("/order_worker"))));
    }

    @Test
    void givenAVpcFunction_whenDerived_thenNetworkInterfacesOnItsOwnSecurityGroupAndThePrivateSubnets() {
        Map<String, IamStatement> s = bySid(IamPolicies.function(prod(), "order-worker"));

        assertThat(s.get("ManageNetworkInterfaces").resources()).contains(IamValue.arn("ec2", "security-group/",
                new IamValue.Attr(WORKER, Attribute.SECURITY_GROUP_ID)));
        assertThat(s.get("UsePrivateSubnets").resources()).containsExactly(new IamValue.PrivateSubnetArns());
        assertThat(s.get("DescribeNetwork").actions()).allMatch(IamActions.STAR_RESOURCE::containsKey);
    }

    @Test
    void everyStarResource_isOnlyForActionsThatAwsAuthorisesOnStarOnly() {
        for (IamStatement st : IamPolicies.function(prod(), "order-worker")) {
            if (st.resources().contains(new IamValue.Literal("*"))) {
                assertThat(st.actions()).as(st.sid()).allMatch(IamActions.STAR_RESOURCE::containsKey);
            }
        }
    }

    @Test
    void aJoin_mergesAdjacentLiterals_andRefusesAListInside() {
        assertThat(IamValue.join("a", "b", PARTITION, "c")).isEqualTo(new IamValue.Join(List.of(
                new IamValue.Literal("ab"), PARTITION, new IamValue.Literal("c"))));
        assertThatThrownBy(() -> IamValue.join(new IamValue.Attr(ORDERS, Attribute.INDEX_ARNS)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
