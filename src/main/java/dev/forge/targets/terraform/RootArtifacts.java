package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.cond;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.num;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.op;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;
import dev.forge.platform.aws.FunctionArtifacts;

/**
 * The artifact bucket of an environment root ({@link FunctionArtifacts}): where CI uploads the zips of the functions it
 * deploys. The s3 module's private bucket (public access blocked, owner-enforced, TLS only, SSE-S3, versioned), named
 * {@code <app>-<env>-ci-artifacts-<account>}, with one lifecycle rule expiring old builds, unless the root's input
 * {@value #VARIABLE} names an existing bucket to reuse.
 */
final class RootArtifacts {

    static final String VARIABLE = "function_artifact_bucket";
    static final String MODULE = "ci_artifacts";
    /** The root output naming the bucket (the GitHub environment's FUNCTION_ARTIFACT_BUCKET). */
    static final String OUTPUT = "function_artifact_bucket";

    private RootArtifacts() {
    }

    /** Whether the root has zip functions CI deploys (then the s3 module is needed). */
    static boolean needed(dev.forge.model.Spec s) {
        return Modules.oidc(s) && !FunctionArtifacts.zipFunctions(s).isEmpty();
    }

    /** Adds the bucket (or the input reusing one) and its output; the bucket's name, or null without zip functions. */
    static Expr add(Root root) {
        if (!needed(root.env.spec())) {
            return null;
        }
        root.variable(VARIABLE, Types.STRING, "An existing S3 bucket (in this region) for the zips CI uploads (under "
                + FunctionArtifacts.PREFIX + "); null creates " + FunctionArtifacts.bucketStem(root.env) + "-<account>.", nul());
        Expr given = op(var(VARIABLE), "!=", nul());
        Expr account = root.data("aws_caller_identity", "account_id");
        root.module(MODULE, S3Module.NAME, b -> b
                .attr("count", cond(given, num(0), num(1)))
                .attr("providers", obj().putKey(ref("aws"), ref("aws")).putKey(ref("aws.replica"), ref("aws")).build()).blank()
                .attr("bucket_name", tmpl(FunctionArtifacts.bucketStem(root.env) + "-", account))
                .attr("versioning", true)
                .attr("encryption", "managed")
                .comment("Old builds expire: Lambda keeps its own copy of each published version's code.")
                .attr("lifecycle_rules", list(obj()
                        .put("id", FunctionArtifacts.LIFECYCLE_RULE)
                        .put("prefix", FunctionArtifacts.PREFIX)
                        .put("expiration_days", num(FunctionArtifacts.EXPIRE_DAYS))
                        .put("noncurrent_expiration_days", num(FunctionArtifacts.EXPIRE_DAYS))
                        .put("abort_incomplete_upload_days", num(FunctionArtifacts.ABORT_UPLOAD_DAYS)).build())));
        Expr name = cond(given, var(VARIABLE), call("one", ref("module." + MODULE + "[*].bucket_name")));
        root.output(OUTPUT, "S3 bucket CI uploads the functions' zips to (the GitHub environment's"
                + " FUNCTION_ARTIFACT_BUCKET).", name);
        return name;
    }
}
