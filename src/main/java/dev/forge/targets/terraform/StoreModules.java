package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.forMap;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;

/** {@code modules/ssm} (parameters and SecureString secrets) and {@code modules/secrets} (Secrets Manager). */
final class StoreModules {

    static final String SSM = "ssm";
    static final String SECRETS = "secrets";
    /** What a SecureString managed outside Terraform holds until someone sets it. */
    static final String PLACEHOLDER = "set-me";

    private StoreModules() {
    }

    static TfModule ssm() {
        TfModule m = new TfModule(SSM, "SSM Parameter Store: plain String parameters whose values come from the spec"
                + " (or are set by hand: those without a value get a placeholder Terraform never overwrites), and"
                + " SecureString parameters whose values come from a sensitive, ephemeral variable through the write-only"
                + " argument `value_wo`, so a secret is never in the spec, a tfvars file, a plan or the state. A secure"
                + " value is optional: Terraform writes it only when the parameter is created or its version is raised;"
                + " a null value is managed outside Terraform (the parameter is created holding `" + PLACEHOLDER + "`,"
                + " then set with `aws ssm put-parameter --overwrite`), so a plan needs no secret value and never"
                + " overwrites one.");
        Expr entry = Types.object("name", Types.STRING, "description", Types.STRING);
        m.optional("parameters", Types.map(Types.object("name", Types.STRING, "description", Types.STRING, "value",
                Types.STRING)), "Plain parameters by key: path name, description, value.", obj().build());
        m.optional("unset_parameters", Types.map(entry), "Plain parameters whose value is set by hand, by key.", obj().build());
        m.optional("secure_parameters", Types.map(entry), "SecureString parameters by key: path name, description.", obj().build());
        m.optionalSecret("secure_values", Types.STRING_MAP, "Values of the secure parameters by key (set TF_VAR_..., never a"
                + " tfvars file); a missing or null value is managed outside Terraform.", obj().build());
        m.optional("secure_value_versions", Types.map(Types.NUMBER), "Version of each secure value; raise it to write a new value.",
                obj().build());
        m.optional("kms_key_id", Types.STRING, "KMS key of the SecureStrings (null: the AWS-managed aws/ssm key).", nul());
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
        m.resource("aws_ssm_parameter", "this", b -> b
                .attr("for_each", var("parameters")).blank()
                .attr("name", ref("each.value.name"))
                .attr("description", ref("each.value.description"))
                .attr("type", "String")
                .attr("value", ref("each.value.value"))
                .attr("tags", var("tags")));
        m.resource("aws_ssm_parameter", "unset", b -> b
                .attr("for_each", var("unset_parameters")).blank()
                .attr("name", ref("each.value.name"))
                .attr("description", ref("each.value.description"))
                .attr("type", "String")
                .attr("value", "set-me")
                .attr("tags", var("tags"))
                .blank()
                .block("lifecycle", l -> l.attr("ignore_changes", list(ref("value")))));
        m.resource("aws_ssm_parameter", "secure", b -> b
                .attr("for_each", var("secure_parameters")).blank()
                .attr("name", ref("each.value.name"))
                .attr("description", ref("each.value.description"))
                .attr("type", "SecureString")
                .attr("key_id", var("kms_key_id"))
                .comment("Write-only: the value goes to AWS and is never stored in the plan or the state. It is written on")
                .comment("create and when the version is raised; null (managed outside Terraform) writes a placeholder on")
                .comment("create only, so a plan without the value never overwrites the one set by hand.")
                .attr("value_wo", call("coalesce", call("lookup", var("secure_values"), ref("each.key"), nul()),
                        str(PLACEHOLDER)))
                .attr("value_wo_version", call("lookup", var("secure_value_versions"), ref("each.key"), num(1)))
                .attr("tags", var("tags")));
        Expr all = call("merge", ref("aws_ssm_parameter.this"), ref("aws_ssm_parameter.unset"), ref("aws_ssm_parameter.secure"));
        m.output("parameter_names", "Parameter names by key.", forMap("k", "p", all, ref("k"), ref("p.name"), null));
        m.output("parameter_arns", "Parameter ARNs by key.", forMap("k", "p", all, ref("k"), ref("p.arn"), null));
        return m;
    }

    static TfModule secrets() {
        TfModule m = new TfModule(SECRETS, "Secrets Manager secrets, by name only: the module creates each secret, never a"
                + " value. Set values out of band (`aws secretsmanager put-secret-value`) or by rotation.");
        m.required("secrets", Types.map(Types.object("name", Types.STRING, "description", Types.STRING)),
                "Secrets by key: name and description.");
        m.optional("kms_key_id", Types.STRING, "KMS key (null: the AWS-managed aws/secretsmanager key).", nul());
        m.optional("recovery_window_in_days", Types.NUMBER, "Days a deleted secret can be restored (0 or 7-30).", num(30));
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
        m.resource("aws_secretsmanager_secret", "this", b -> b
                .attr("for_each", var("secrets")).blank()
                .attr("name", ref("each.value.name"))
                .attr("description", ref("each.value.description"))
                .attr("kms_key_id", var("kms_key_id"))
                .attr("recovery_window_in_days", var("recovery_window_in_days"))
                .attr("tags", var("tags")));
        m.output("secret_arns", "Secret ARNs by key.", forMap("k", "s", ref("aws_secretsmanager_secret.this"), ref("k"),
                ref("s.arn"), null));
        m.output("secret_names", "Secret names by key.", forMap("k", "s", ref("aws_secretsmanager_secret.this"), ref("k"),
                ref("s.name"), null));
        return m;
    }

    static TfModule ecr() {
        TfModule m = new TfModule("ecr", "ECR repositories, one per image: immutable tags, scan on push, encrypted, a"
                + " lifecycle policy that keeps the last `keep_images` images, and a repository policy that lets the account's"
                + " Lambda functions pull (so no deployer needs ecr:SetRepositoryPolicy).");
        m.required("repositories", Types.STRING_MAP, "Repository names by key.");
        m.optional("keep_images", Types.NUMBER, "Images kept per repository.", num(dev.forge.platform.aws.AwsDefaults.KEEP_IMAGES));
        m.optional("force_delete", Types.BOOL, "Delete repositories that still hold images.", Hcl2.FALSE);
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
        m.resource("aws_ecr_repository", "this", b -> b
                .attr("for_each", var("repositories")).blank()
                .attr("name", ref("each.value"))
                .comment("FORGE rule: image tags immutable; images scanned on push.")
                .attr("image_tag_mutability", "IMMUTABLE")
                .attr("force_delete", var("force_delete"))
                .attr("tags", var("tags"))
                .blank()
                .block("image_scanning_configuration", s -> s.attr("scan_on_push", true))
                .block("encryption_configuration", e -> e.attr("encryption_type", "AES256")));
        m.resource("aws_ecr_lifecycle_policy", "this", b -> b
                .attr("for_each", ref("aws_ecr_repository.this")).blank()
                .attr("repository", ref("each.value.name"))
                .attr("policy", call("jsonencode", obj().put("rules", list(obj()
                        .put("rulePriority", num(1))
                        .put("description", "Keep the last images")
                        .put("selection", obj()
                                .put("tagStatus", "any")
                                .put("countType", "imageCountMoreThan")
                                .put("countNumber", var("keep_images")).build())
                        .put("action", obj().put("type", "expire").build()).build())).build())));
        m.data("aws_caller_identity", "current", b -> { });
        m.data("aws_partition", "current", b -> { });
        m.data("aws_region", "current", b -> { });
        // Lambda pulls images with its service principal; granting it here, limited to this account's functions,
        // is what otherwise makes Lambda ask the deployer for ecr:SetRepositoryPolicy (FORGE-IAM least privilege).
        m.resource("aws_ecr_repository_policy", "lambda_pull", b -> b
                .attr("for_each", ref("aws_ecr_repository.this")).blank()
                .attr("repository", ref("each.value.name"))
                .attr("policy", call("jsonencode", obj().put("Version", "2012-10-17").put("Statement", list(obj()
                        .put("Sid", "LambdaPull")
                        .put("Effect", "Allow")
                        .put("Principal", obj().put("Service", "lambda.amazonaws.com").build())
                        .put("Action", dev.forge.emit.hcl.Hcl.strings(java.util.List.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer")))
                        .put("Condition", obj().put("StringLike", obj().put("aws:sourceArn", dev.forge.emit.hcl.Hcl.tmpl("arn:",
                                ref("data.aws_partition.current.partition"), ":lambda:", ref("data.aws_region.current.region"), ":",
                                ref("data.aws_caller_identity.current.account_id"), ":function:*")).build()).build())
                        .build())).build())));
        m.output("repository_urls", "Repository URLs by key.", forMap("k", "r", ref("aws_ecr_repository.this"), ref("k"),
                ref("r.repository_url"), null));
        m.output("repository_arns", "Repository ARNs by key.", forMap("k", "r", ref("aws_ecr_repository.this"), ref("k"),
                ref("r.arn"), null));
        return m;
    }

    /** Small helpers not worth a place in the HCL library. */
    static final class Hcl2 {
        static final Expr FALSE = dev.forge.emit.hcl.Hcl.bool(false);

        static Expr idx(Expr target, Expr key) {
            return dev.forge.emit.hcl.Hcl.index(target, key);
        }

        private Hcl2() {
        }
    }
}
