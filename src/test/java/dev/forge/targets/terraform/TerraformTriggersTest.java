package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 on terraform-aws: every kind of trigger becomes exactly the resources and permissions it needs, invoking the
 * alias {@code live}; topics become an SNS module with function and queue subscriptions; publishers get sns:Publish.
 */
class TerraformTriggersTest {

    private static final String SPEC = """
            forge: 1
            app: trig-demo
            environments: { dev: {} }
            queues:
              jobs: {}
              failures: {}
              audit: {}
              slow: { visibility-timeout: 2m }
              vault: { encryption: customer-kms }
            tables:
              orders:
                key: id
                stream: new-image
            buckets:
              uploads: {}
            topics:
              events:
                subscriptions:
                  - { queue: audit, filter: { type: [order-created] } }
            functions:
              worker:
                runtime: python3.12
                handler: app.handler
                source: src
                timeout: 60s
                triggers:
                  - { queue: jobs, batch-size: 5, max-concurrency: 4, batching-window: 10s }
                  - { queue: slow }
                  - { table: orders, start: trim-horizon, dead-letter-queue: failures }
                  - { bucket: uploads, prefix: incoming/, suffix: .csv }
              reporter:
                runtime: python3.12
                handler: app.handler
                source: src
                uses: [topic:events (publish)]
                triggers:
                  - { schedule: "0 3 * * *", timezone: Europe/Berlin, payload: '{"task": "nightly"}' }
                  - { bucket: uploads, events: [removed] }
                  - { schedule: "rate(1 hour)", dead-letter-queue: vault }
                  - { topic: events, filter: { type: [order-created] } }
            """;

    @TempDir
    static Path dir;

    private static String main;
    private static String monitoring;

    @BeforeAll
    static void synth() throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/app.py"), "def handler(event, context):\n    return None\n");
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, SPEC);
        Cli.Result r = Cli.run("synth", spec.toString(), "--target", "terraform-aws", "--out", dir.resolve("out").toString());
        assertThat(r.exit()).as(r.all()).isZero();
        main = Files.readString(dir.resolve("out/terraform-aws/environments/dev/main.tf"));
        monitoring = Files.readString(dir.resolve("out/terraform-aws/modules/monitoring/main.tf"));
    }

    /** The block {@code <kind> "<type>" "<label>" { ... }} (resources) or {@code module "<label>"} of the root. */
    private static String block(String head) {
        int start = main.indexOf(head + " {\n");
        assertThat(start).as("%s in\n%s", head, main).isNotNegative();
        int end = main.indexOf("\n}\n", start);
        return main.substring(start, end + 2);
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void queueTrigger_isAnEventSourceMappingOnTheAlias_reportingBatchItemFailures() {
        String esm = block("resource \"aws_lambda_event_source_mapping\" \"worker_queue_jobs\"");

        assertThat(esm).containsPattern("function_name\\s+= module\\.function_worker\\.alias_arn\n")
                .containsPattern("event_source_arn\\s+= module\\.queue_jobs\\.queue_arn\n")
                .containsPattern("batch_size\\s+= 5\n")
                .containsPattern("maximum_batching_window_in_seconds = 10\n")
                .containsPattern("function_response_types\\s+= \\[\"ReportBatchItemFailures\"\\]")
                .containsPattern("scaling_config \\{\\s+maximum_concurrency = 4\\s+}");
        // defaults: a batch of 10, partial failures on
        assertThat(block("resource \"aws_lambda_event_source_mapping\" \"worker_queue_slow\""))
                .containsPattern("batch_size\\s+= 10\n").contains("ReportBatchItemFailures").doesNotContain("scaling_config");
        // the consumer's role may do what Lambda's poller does on that queue, nothing more (no GetQueueUrl: the
        // function is handed its messages)
        assertThat(block("module \"role_worker\"")).containsPattern("sid\\s+= \"ConsumeJobs\"\\s+actions\\s+= "
                + "\\[\"sqs:ChangeMessageVisibility\", \"sqs:DeleteMessage\", \"sqs:GetQueueAttributes\", \"sqs:ReceiveMessage\"\\]");
    }

    @Test
    void queueVisibility_derivedFromItsConsumer_saysSo_andAWrittenOneDoesNot() {
        assertThat(block("module \"queue_jobs\"")).contains("# Derived, not written: 6 x the timeout of function worker")
                .containsPattern("visibility_timeout_seconds = 360\n");
        assertThat(block("module \"queue_slow\"")).doesNotContain("Derived").containsPattern("visibility_timeout_seconds = 120\n");
    }

    @Test
    void tableTrigger_readsTheStream_withItsFailureQueue_andOnlyStreamActionsOnTheStreamArn() {
        String esm = block("resource \"aws_lambda_event_source_mapping\" \"worker_table_orders\"");

        assertThat(esm).containsPattern("event_source_arn\\s+= module\\.table_orders\\.table_stream_arn\n")
                .containsPattern("starting_position\\s+= \"TRIM_HORIZON\"")
                .containsPattern("batch_size\\s+= 100\n")
                .containsPattern("bisect_batch_on_function_error = true")
                .containsPattern("maximum_retry_attempts\\s+= 3\n")
                .containsPattern("maximum_record_age_in_seconds\\s+= 3600\n")
                .contains("ReportBatchItemFailures")
                .containsPattern("on_failure \\{\\s+destination_arn = module\\.queue_failures\\.queue_arn\\s+}");
        String role = block("module \"role_worker\"");
        assertThat(role).containsPattern("sid = \"ReadStreamOrders\"\\s+actions = \\[\\s+\"dynamodb:DescribeStream\",\\s+"
                        + "\"dynamodb:GetRecords\",\\s+\"dynamodb:GetShardIterator\",\\s+\"dynamodb:ListStreams\",\\s+]\\s+"
                        + "resources = \\[module\\.table_orders\\.table_stream_arn]")
                .containsPattern("sid\\s+= \"SendStreamFailuresOrders\"\\s+actions\\s+= \\[\"sqs:SendMessage\"]\\s+"
                        + "resources = \\[module\\.queue_failures\\.queue_arn]")
                // the stream is not the table: no table action, and nothing on the table's ARN
                .doesNotContain("table_orders.table_arn").doesNotContain("dynamodb:GetItem");
        assertThat(block("module \"table_orders\"")).containsPattern("stream_view_type\\s+= \"NEW_IMAGE\"");
    }

    @Test
    void scheduleTrigger_invokesTheAlias_withItsOwnRole_trustedByTheSchedulerOfThisAccountOnly() {
        String schedule = block("resource \"aws_scheduler_schedule\" \"reporter_schedule_1\"");
        assertThat(schedule).contains("schedule_expression          = \"cron(0 3 * * ? *)\"")
                .contains("schedule_expression_timezone = \"Europe/Berlin\"")
                .containsPattern("flexible_time_window \\{\\s+mode = \"OFF\"\\s+}")
                .containsPattern("arn\\s+= module\\.function_reporter\\.alias_arn\n")
                .containsPattern("role_arn = aws_iam_role\\.reporter_schedule_1\\.arn\n")
                .contains("input    = \"{\\\"task\\\": \\\"nightly\\\"}\"")
                .containsPattern("maximum_retry_attempts\\s+= 2\n")
                .containsPattern("maximum_event_age_in_seconds = 3600\n")
                .containsPattern("dead_letter_config \\{\\s+arn = aws_sqs_queue\\.reporter_schedule_1_dlq\\.arn\\s+}")
                .contains("depends_on = [aws_iam_role_policy.reporter_schedule_1]");
        assertThat(block("resource \"aws_iam_role\" \"reporter_schedule_1\"")).contains("Service = \"scheduler.amazonaws.com\"")
                .containsPattern("StringEquals = \\{\\s+\"aws:SourceAccount\" = data\\.aws_caller_identity\\.current\\.account_id");
        String policy = block("resource \"aws_iam_role_policy\" \"reporter_schedule_1\"");
        assertThat(policy).containsPattern("Action\\s+= \\[\"lambda:InvokeFunction\"]\\s+Resource = \\[module\\.function_reporter\\.alias_arn]")
                .containsPattern("Action\\s+= \\[\"sqs:SendMessage\"]\\s+Resource = \\[aws_sqs_queue\\.reporter_schedule_1_dlq\\.arn]");
        assertThat(count(policy, "Action")).isEqualTo(2);
        assertThat(block("resource \"aws_sqs_queue\" \"reporter_schedule_1_dlq\"")).contains("message_retention_seconds = 1209600")
                .contains("sqs_managed_sse_enabled = true");
        assertThat(main).startsWith("data \"aws_caller_identity\" \"current\" {");
        // a second schedule sending its failures to a spec queue under a customer key: encrypts through SQS only
        assertThat(block("resource \"aws_scheduler_schedule\" \"reporter_schedule_2\""))
                .contains("schedule_expression_timezone = \"UTC\"").contains("\"rate(1 hour)\"")
                .containsPattern("dead_letter_config \\{\\s+arn = module\\.queue_vault\\.queue_arn\\s+}");
        assertThat(block("resource \"aws_iam_role_policy\" \"reporter_schedule_2\""))
                .containsPattern("Action\\s+= \\[\"kms:GenerateDataKey\"]\\s+Resource = \\[module\\.queue_vault\\.queue_kms_key_arn]")
                .containsPattern("\"kms:ViaService\" = \"sqs\\.[a-z0-9-]+\\.amazonaws\\.com\"");
        assertThat(main).doesNotContain("aws_sqs_queue\" \"reporter_schedule_2_dlq\"");
    }

    @Test
    void bucketTriggers_areOneNotificationPerBucket_afterAPermissionPerFunction_limitedToThatBucketAndAccount() {
        assertThat(count(main, "resource \"aws_s3_bucket_notification\"")).isEqualTo(1);
        String n = block("resource \"aws_s3_bucket_notification\" \"bucket_uploads\"");
        assertThat(count(n, "lambda_function {")).isEqualTo(2);
        assertThat(n).contains("bucket = module.bucket_uploads.bucket_name")
                .containsPattern("lambda_function_arn = module\\.function_reporter\\.alias_arn\\s+events\\s+= \\[\"s3:ObjectRemoved:\\*\"]")
                .containsPattern("lambda_function_arn = module\\.function_worker\\.alias_arn\\s+events\\s+= \\[\"s3:ObjectCreated:\\*\"]"
                        + "\\s+filter_prefix\\s+= \"incoming/\"\\s+filter_suffix\\s+= \".csv\"")
                .contains("depends_on = [aws_lambda_permission.reporter_bucket_uploads, aws_lambda_permission.worker_bucket_uploads]");
        assertThat(block("resource \"aws_lambda_permission\" \"worker_bucket_uploads\""))
                .contains("action         = \"lambda:InvokeFunction\"")
                .contains("function_name  = module.function_worker.function_name")
                .contains("qualifier      = module.function_worker.alias_name")
                .contains("principal      = \"s3.amazonaws.com\"")
                .contains("source_arn     = module.bucket_uploads.bucket_arn")
                .contains("source_account = data.aws_caller_identity.current.account_id");
    }

    @Test
    void topics_areAnSnsModule_withFunctionAndQueueSubscriptions_andPublishersMayPublishOnly() {
        assertThat(block("module \"topic_events\"")).contains("source = \"../../modules/sns\"").contains("encryption = \"kms\"");
        assertThat(block("resource \"aws_sns_topic_subscription\" \"reporter_topic_events\""))
                .contains("protocol  = \"lambda\"").contains("endpoint  = module.function_reporter.alias_arn")
                .containsPattern("filter_policy = jsonencode\\(\\{\\s+type = \\[\"order-created\"]")
                .contains("depends_on = [aws_lambda_permission.reporter_topic_events]");
        assertThat(block("resource \"aws_lambda_permission\" \"reporter_topic_events\""))
                .contains("principal     = \"sns.amazonaws.com\"").contains("source_arn    = module.topic_events.topic_arn")
                .contains("qualifier     = module.function_reporter.alias_name");
        assertThat(block("resource \"aws_sns_topic_subscription\" \"topic_events_queue_audit\""))
                .contains("protocol             = \"sqs\"").contains("raw_message_delivery = true")
                .contains("endpoint             = module.queue_audit.queue_arn");
        assertThat(block("resource \"aws_sqs_queue_policy\" \"queue_audit\"")).contains("Service = \"sns.amazonaws.com\"")
                .contains("Action   = \"sqs:SendMessage\"")
                .containsPattern("ArnEquals = \\{\\s+\"aws:SourceArn\" = \\[module\\.topic_events\\.topic_arn]");
        assertThat(block("module \"role_reporter\"")).containsPattern("sid\\s+= \"PublishTopicEvents\"\\s+actions\\s+= "
                + "\\[\"sns:Publish\"]\\s+resources = \\[module\\.topic_events\\.topic_arn]");
        assertThat(main).containsPattern("EVENTS_TOPIC_ARN\\s+= module\\.topic_events\\.topic_arn\n");
    }

    @Test
    void monitoring_watchesTriggerDeadLetterQueues_streamIteratorAge_andScheduleErrors() {
        String m = block("module \"monitoring\"");
        assertThat(m).contains("trigger-reporter-schedule-1 = aws_sqs_queue.reporter_schedule_1_dlq.name")
                .contains("trigger-worker-table-orders = module.queue_failures.queue_name")
                .containsPattern("stream_functions = \\{\\s+worker = module\\.function_worker\\.function_name\\s+}")
                .containsPattern("schedule_groups = \\{\\s+default = \"default\"\\s+}");
        assertThat(monitoring).contains("metric_name         = \"IteratorAge\"").contains("namespace           = \"AWS/Scheduler\"")
                .contains("metric_name         = \"TargetErrorCount\"");
    }

    @Test
    void derivedNames_fitTheServicesLimits_stayingDistinctAndStable() {
        String shortName = "app-worker-dev-schedule-1";
        String a = "a-very-long-application-name-indeed-with-a-very-long-function-name-dev-schedule-1";
        String b = "a-very-long-application-name-indeed-with-a-very-long-function-name-dev-schedule-2";

        assertThat(RootTriggers.fit(shortName, 64)).isEqualTo(shortName);
        assertThat(RootTriggers.fit(a, 64)).hasSize(64).startsWith("a-very-long-application-name-indeed-with-a-very-long-fu-")
                .matches(".*-[0-9a-f]{8}").isEqualTo(RootTriggers.fit(a, 64)).isNotEqualTo(RootTriggers.fit(b, 64));
    }

    /** Terraform itself accepts every kind at once: init, validate and plan offline (issue 11). */
    @Test
    void everyTriggerKind_passesTerraformInitValidateAndPlan() throws Exception {
        dev.forge.verify.RootVerifier verifier = new dev.forge.verify.RootVerifier(
                dev.forge.verify.OfflineTerraform.prepare(dir.resolve("terraform")));

        dev.forge.verify.RootResult r = verifier.verify(dir.resolve("out/terraform-aws"), "dev", dir.resolve("run"));

        assertThat(r.validateOk()).as("%s", r.problems()).isTrue();
        assertThat(r.planOk()).as("%s", r.problems()).isTrue();
        assertThat(r.addresses()).contains("aws_scheduler_schedule.reporter_schedule_1", "aws_scheduler_schedule.reporter_schedule_2",
                "aws_lambda_event_source_mapping.worker_queue_jobs", "aws_lambda_event_source_mapping.worker_table_orders",
                "aws_s3_bucket_notification.bucket_uploads", "aws_sns_topic_subscription.reporter_topic_events",
                "aws_sns_topic_subscription.topic_events_queue_audit", "aws_sqs_queue_policy.queue_audit",
                "module.topic_events.aws_sns_topic.this", "module.monitoring.aws_cloudwatch_metric_alarm.function_iterator_age[\"worker\"]",
                "module.monitoring.aws_cloudwatch_metric_alarm.schedule_target_errors[\"default\"]");
    }
}
