package dev.forge.platform.aws;

import dev.forge.model.FunctionSpec;
import dev.forge.model.Spec;
import dev.forge.resolve.ResolvedEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Where CI puts the zips of the functions it deploys, for both AWS targets and github-actions' deploy.yml (seed 000's
 * way: package, upload to the artifact bucket, update the function's code from it). One private bucket per environment
 * (terraform-aws creates it with its s3 module, or is handed an existing one; cloudformation's is the bucket of its
 * {@code CodeBucket} parameter), each build under its own key {@link #key} below {@link #PREFIX}. The deploy role may
 * write and read exactly that prefix ({@link IamActions#DEPLOY_CODE_UPLOAD}, statement {@link #STATEMENT}); nothing
 * may delete: the lifecycle rule expires builds after {@link #EXPIRE_DAYS} days (Lambda keeps its own copy of every
 * published version's code, so an expired zip never breaks a function or its rollback to an older version).
 */
public final class FunctionArtifacts {

    /** The prefix of every function's zip in the bucket (the deploy role's statement is on it only). */
    public static final String PREFIX = "functions/";
    /** The Sid of the deploy role's statement on the bucket, in both targets. */
    public static final String STATEMENT = "UploadFunctionCode";
    /** Days a build's zip is kept (current and noncurrent versions alike): a month of rollbacks to rebuild from. */
    public static final int EXPIRE_DAYS = 30;
    /** Days an unfinished multipart upload (a zip over the CLI's 8 MB threshold, interrupted) is kept. */
    public static final int ABORT_UPLOAD_DAYS = 1;
    /** The lifecycle rule's id. */
    public static final String LIFECYCLE_RULE = "expire-old-builds";

    private FunctionArtifacts() {
    }

    /** The functions CI deploys as a zip (a {@code source} folder, no image), sorted. */
    public static List<String> zipFunctions(Spec s) {
        List<String> out = new ArrayList<>();
        new TreeMap<>(s.functions()).forEach((n, f) -> {
            if (zip(f)) {
                out.add(n);
            }
        });
        return out;
    }

    /** Whether a function is deployed as a zip of its source folder. */
    public static boolean zip(FunctionSpec f) {
        return f.image() == null && f.source() != null;
    }

    /** The key of one build of a function: {@code functions/<function>/<commit>.zip}. */
    public static String key(String function, String commit) {
        return PREFIX + function + "/" + commit + ".zip";
    }

    /**
     * The bucket's name without its account suffix: {@code <app>-<env>-ci-artifacts} (never the name of a spec's
     * bucket, {@code <app>-<bucket>-<env>}), cut to 50 characters with a hash so {@code -<12-digit account id>} fits
     * S3's 63 (bucket names are global: the account makes them unique).
     */
    public static String bucketStem(ResolvedEnv env) {
        String name = env.naming().prefix() + "-ci-artifacts";
        if (name.length() <= 50) {
            return name;
        }
        String hex = dev.forge.util.Hashing.sha256(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 8);
        return name.substring(0, 50 - 9).replaceAll("-+$", "") + "-" + hex;
    }
}
