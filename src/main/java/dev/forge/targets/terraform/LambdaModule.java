package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.bool;
import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.terraform.TfModule.check;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import dev.forge.platform.aws.AwsDefaults;

/** {@code modules/lambda}: one function (zip or image), its log group, DLQ, alias {@code live}, VPC placement. */
final class LambdaModule {

    static final String NAME = "lambda";
    /** Retention values CloudWatch Logs accepts. */
    static final long[] RETENTIONS = AwsDefaults.LOG_RETENTIONS;

    private LambdaModule() {
    }

    /** @param ciDeploysCode CI publishes new code: Terraform then ignores image_uri and the alias' version */
    static TfModule build(boolean ciDeploysCode) {
        TfModule m = new TfModule(NAME, "An AWS Lambda function packaged as a zip (from a source directory through"
                + " `archive_file`) or a container image, with its CloudWatch log group, X-Ray tracing, an SQS dead-letter"
                + " queue for failed asynchronous invocations, reserved and provisioned concurrency, optional VPC"
                + " placement (private subnets and security groups given), and the alias `live` (published versions)."
                + (ciDeploysCode ? " For a function whose image CI builds (`ci_deploys_code`), CI deploys new code:"
                + " Terraform ignores later changes of `image_uri` and of that alias' version; for every other function"
                + " Terraform moves `live` to each version it publishes." : ""));
        m.provider(Versions.ARCHIVE);
        Expr zip = op(var("package_type"), "==", str("Zip"));
        Expr inVpc = op(call("length", var("subnet_ids")), ">", num(0));
        variables(m);
        m.data("archive_file", "this", b -> b
                .attr("count", cond(zip, num(1), num(0))).blank()
                .attr("type", "zip")
                .attr("source_dir", var("source_dir"))
                .attr("output_path", tmpl(ref("path.module"), "/.build/", var("function_name"), ".zip")));
        m.resource("aws_cloudwatch_log_group", "this", b -> b
                .attr("name", tmpl("/aws/lambda/", var("function_name")))
                .attr("retention_in_days", var("log_retention_in_days"))
                .attr("tags", var("tags")));
        m.resource("aws_sqs_queue", "dead_letter", b -> b
                .attr("count", cond(var("create_dead_letter_queue"), num(1), num(0))).blank()
                .attr("name", tmpl(var("function_name"), "-dlq"))
                .attr("message_retention_seconds", AwsDefaults.DEAD_LETTER_RETENTION_SECONDS)
                .comment("Encrypted at rest with SQS-managed keys (FORGE rule: queues encrypted).")
                .attr("sqs_managed_sse_enabled", true)
                .attr("tags", var("tags")));
        m.resource("aws_lambda_function", "this", b -> {
            b.attr("function_name", var("function_name"))
                    .attr("description", var("description"))
                    .attr("role", var("role_arn"))
                    .attr("package_type", var("package_type"))
                    .attr("runtime", cond(zip, var("runtime"), nul()))
                    .attr("handler", cond(zip, var("handler"), nul()))
                    .attr("filename", call("one", ref("data.archive_file.this[*].output_path")))
                    .attr("source_code_hash", call("one", ref("data.archive_file.this[*].output_base64sha256")))
                    .attr("image_uri", cond(zip, nul(), var("image_uri")))
                    .attr("architectures", list(var("architecture")))
                    .attr("memory_size", var("memory_size"))
                    .attr("timeout", var("timeout"))
                    .attr("reserved_concurrent_executions", var("reserved_concurrency"))
                    .attr("publish", true)
                    .attr("tags", var("tags"))
                    .dynamic("environment", cond(op(call("length", var("environment_variables")), ">", num(0)),
                            list(num(1)), list()), c -> c.attr("variables", var("environment_variables")))
                    .comment("X-Ray tracing (FORGE rule: functions traced).")
                    .block("tracing_config", t -> t.attr("mode", cond(var("tracing"), str("Active"), str("PassThrough"))))
                    .block("logging_config", l -> l.attr("log_format", "JSON").attr("log_group", ref("aws_cloudwatch_log_group.this.name")))
                    .dynamic("dead_letter_config", ref("aws_sqs_queue.dead_letter[*].arn"),
                            c -> c.attr("target_arn", ref("dead_letter_config.value")))
                    .dynamic("vpc_config", cond(inVpc, list(num(1)), list()), c -> c
                            .attr("subnet_ids", var("subnet_ids"))
                            .attr("security_group_ids", var("security_group_ids")));
            if (ciDeploysCode) {
                b.comment("CI deploys new images (UpdateFunctionCode); Terraform owns the configuration only.")
                        .block("lifecycle", l -> l.attr("ignore_changes", list(ref("image_uri"))));
            }
        });
        if (ciDeploysCode) {
            // Ignoring changes cannot depend on a variable, so a function whose code CI deploys gets its own alias
            // resource: Terraform moves `live` for every other function (zip code it packages), never for these.
            m.optional("ci_deploys_code", Types.BOOL, "CI deploys this function's code and moves its alias `live`;"
                    + " Terraform then ignores the alias' version.", Hcl.bool(false));
            alias(m, "live", cond(var("ci_deploys_code"), num(0), num(1)), false);
            alias(m, "live_ci", cond(var("ci_deploys_code"), num(1), num(0)), true);
            m.locals(l -> l.attr("alias", call("one", call("concat", ref("aws_lambda_alias.live"),
                    ref("aws_lambda_alias.live_ci")))));
        } else {
            alias(m, "live", null, false);
        }
        String alias = ciDeploysCode ? "local.alias" : "aws_lambda_alias.live";
        m.resource("aws_lambda_provisioned_concurrency_config", "live", b -> b
                .attr("count", cond(op(var("provisioned_concurrency"), ">", num(0)), num(1), num(0))).blank()
                .attr("function_name", ref(alias + ".function_name"))
                .attr("qualifier", ref(alias + ".name"))
                .attr("provisioned_concurrent_executions", var("provisioned_concurrency")));
        outputs(m, alias);
        return m;
    }

    private static void alias(TfModule m, String label, Expr count, boolean ciMovesIt) {
        m.resource("aws_lambda_alias", label, b -> {
            if (count != null) {
                b.attr("count", count).blank();
            }
            b.attr("name", "live")
                    .attr("description", "The version that serves traffic")
                    .attr("function_name", ref("aws_lambda_function.this.function_name"))
                    .attr("function_version", ref("aws_lambda_function.this.version"));
            if (ciMovesIt) {
                // CI moves it, or CodeDeploy shifts its traffic in weighted steps (a function's `deployment`): an apply in
                // between leaves both alone
                b.block("lifecycle", l -> l.attr("ignore_changes", list(ref("function_version"), ref("routing_config"))));
            }
        });
    }

    private static void variables(TfModule m) {
        m.required("function_name", Types.STRING, "Name of the function (also names its log group, DLQ and security group).",
                check(call("can", call("regex", str("^[A-Za-z0-9_-]{1,60}$"), var("function_name"))),
                        "function_name must be 1-60 letters, digits, hyphens or underscores (the DLQ adds -dlq)."));
        m.optional("description", Types.STRING, "What the function does.", str(""));
        m.required("role_arn", Types.STRING, "ARN of the execution role (module iam).");
        m.optional("package_type", Types.STRING, "Zip (source_dir) or Image (image_uri).", str("Zip"),
                check(call("contains", Hcl.strings(java.util.List.of("Zip", "Image")), var("package_type")),
                        "package_type must be Zip or Image."));
        m.optional("runtime", Types.STRING, "Runtime of a zip function, e.g. python3.12.", nul());
        m.optional("handler", Types.STRING, "Handler of a zip function, e.g. app.handler.", nul());
        m.optional("source_dir", Types.STRING, "Directory zipped into the function's package (Zip only).", nul());
        m.optional("image_uri", Types.STRING, "ECR image URI (Image only).", nul());
        m.optional("architecture", Types.STRING, "Instruction set: arm64 (cheaper per millisecond) or x86_64.", str("arm64"),
                check(call("contains", Hcl.strings(java.util.List.of("arm64", "x86_64")), var("architecture")),
                        "architecture must be arm64 or x86_64."));
        m.optional("memory_size", Types.NUMBER, "Memory in MiB (128-10240).", num(512),
                check(op(op(var("memory_size"), ">=", num(128)), "&&", op(var("memory_size"), "<=", num(10240))),
                        "memory_size must be between 128 and 10240 MiB."));
        m.optional("timeout", Types.NUMBER, "Timeout in seconds (1-900).", num(30),
                check(op(op(var("timeout"), ">=", num(1)), "&&", op(var("timeout"), "<=", num(900))),
                        "timeout must be between 1 and 900 seconds."));
        m.optional("environment_variables", Types.STRING_MAP, "Environment variables (never secret values: pass names or ARNs).",
                Hcl.obj().build());
        m.optional("log_retention_in_days", Types.NUMBER, "Days CloudWatch keeps the function's logs.", num(30),
                check(call("contains", list(java.util.Arrays.stream(RETENTIONS).mapToObj(Hcl::num).toList()),
                        var("log_retention_in_days")), "log_retention_in_days must be a retention CloudWatch Logs offers."));
        m.optional("tracing", Types.BOOL, "Active X-Ray tracing.", bool(true));
        m.optional("create_dead_letter_queue", Types.BOOL, "Send failed asynchronous invocations to an SQS dead-letter queue.",
                bool(true));
        m.optional("reserved_concurrency", Types.NUMBER, "Concurrency reserved for (and capping) the function; null for unreserved.",
                nul());
        m.optional("provisioned_concurrency", Types.NUMBER, "Pre-warmed instances on the alias live (0 for none).", num(0),
                check(op(var("provisioned_concurrency"), ">=", num(0)), "provisioned_concurrency must not be negative."));
        m.optional("subnet_ids", Types.STRINGS, "Private subnets to run in (empty: no VPC).", list());
        m.optional("security_group_ids", Types.STRINGS, "Security groups of the function in the VPC (module network's,"
                + " whose rules come from `uses:`).", list());
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", Hcl.obj().build());
    }

    private static void outputs(TfModule m, String alias) {
        m.output("function_name", "Name of the function.", ref("aws_lambda_function.this.function_name"));
        m.output("function_arn", "ARN of the function (unqualified).", ref("aws_lambda_function.this.arn"));
        m.output("alias_name", "Name of the alias that serves traffic.", ref(alias + ".name"));
        m.output("alias_arn", "ARN of the alias live (grant invoke on this).", ref(alias + ".arn"));
        m.output("alias_invoke_arn", "Invoke ARN of the alias live (for API Gateway integrations).",
                ref(alias + ".invoke_arn"));
        m.output("log_group_name", "Name of the function's log group.", ref("aws_cloudwatch_log_group.this.name"));
        m.output("log_group_arn", "ARN of the function's log group.", ref("aws_cloudwatch_log_group.this.arn"));
        m.output("dead_letter_queue_arn", "ARN of the dead-letter queue (null without one).",
                call("one", ref("aws_sqs_queue.dead_letter[*].arn")));
        m.output("dead_letter_queue_name", "Name of the dead-letter queue (null without one).",
                call("one", ref("aws_sqs_queue.dead_letter[*].name")));
    }
}
