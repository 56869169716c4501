package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.CheckReport;
import dev.forge.check.Checker;
import dev.forge.check.Packs;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.SpecSource;
import dev.forge.synth.Artifact;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The functions' artifact bucket ({@link dev.forge.platform.aws.FunctionArtifacts}) in terraform-aws, on a spec whose
 * only bucket it is (one zip function, CI with OIDC): the root creates it with the s3 module unless
 * {@code function_artifact_bucket} names one, versioned, SSE-S3, with the lifecycle rule expiring old builds; the
 * guardrails read it from the emitted files (FORGE-S3-001 public access block, FORGE-S3-003 encryption, FORGE-S3-008
 * TLS only) and pass, FORGE-IAM-002 finds no widened resource in the deploy role; a mutant bucket without its TLS
 * policy is caught; and a spec without zip functions (an image function) gets no bucket and no statement.
 */
class TerraformArtifactBucketTest {

    private static final String SPEC = """
            forge: 1
            app: shop
            owner: platform-team
            region: us-east-1
            environments:
              dev: {}
              prod: { alerts: { email: ops@example.com } }
            functions:
              api:
                runtime: python3.12
                handler: app.handler
                source: api/
            ci: { github: { repo: acme/shop }, promote: [dev, prod] }
            """;

    @Test
    void aZipFunction_getsAPrivateVersionedBucketThatExpiresOldBuilds_andTheGuardrailsPassOnTheEmittedFiles() {
        ResolvedSpec s = Pipeline.resolve(SpecSource.of("forge.yaml", SPEC));
        List<Artifact> files = TerraformExamples.TARGET.synth(new dev.forge.synth.SynthContext(s, s.environments()));
        String root = text(files, "environments/prod/main.tf");
        assertThat(root).contains("module \"ci_artifacts\" {\n  source = \"../../modules/s3\"",
                "count = var.function_artifact_bucket != null ? 0 : 1",
                "bucket_name = \"shop-prod-ci-artifacts-${data.aws_caller_identity.current.account_id}\"",
                "versioning  = true", "encryption  = \"managed\"", "id                           = \"expire-old-builds\"",
                "prefix                       = \"functions/\"", "expiration_days              = 30",
                "noncurrent_expiration_days   = 30", "abort_incomplete_upload_days = 1",
                "artifact_bucket     = var.function_artifact_bucket != null ? var.function_artifact_bucket"
                        + " : one(module.ci_artifacts[*].bucket_name)");
        assertThat(text(files, "environments/prod/variables.tf")).contains("variable \"function_artifact_bucket\"");
        assertThat(text(files, "modules/github_oidc/main.tf")).contains("Sid      = \"UploadFunctionCode\"",
                "Action   = [\"s3:GetObject\", \"s3:PutObject\"]",
                "Resource = [\"arn:${data.aws_partition.current.partition}:s3:::${b}/functions/*\"]");

        CheckReport r = check(s, files);
        for (String rule : List.of("FORGE-S3-001", "FORGE-S3-003", "FORGE-S3-008", "FORGE-IAM-002")) {
            assertThat(r.passed()).as(rule + " read an emitted file").anyMatch(p -> p.rule().equals(rule));
            assertThat(r.findings()).as(rule).filteredOn(f -> f.rule().equals(rule)).isEmpty();
        }
        // mutant: the bucket without its TLS-only policy
        List<Artifact> noTls = files.stream().map(a -> a.path().equals("modules/s3/main.tf")
                ? Artifact.text(a.path(), a.text().replace("aws:SecureTransport", "aws:SourceIp")) : a).toList();
        assertThat(check(s, noTls).findings()).anyMatch(f -> f.rule().equals("FORGE-S3-008"));
    }

    @Test
    void aZipFunctionNamedArtifacts_hasItsOwnModule_besideTheArtifactBucketsModule() {
        // the bucket's module was first called function_artifacts: the name of the module of a function named artifacts
        ResolvedSpec s = Pipeline.resolve(SpecSource.of("forge.yaml", SPEC.replace("  api:\n", "  artifacts:\n")));
        List<Artifact> files = TerraformExamples.TARGET.synth(new dev.forge.synth.SynthContext(s, s.environments()));
        String root = text(files, "environments/prod/main.tf");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^module \"([^\"]+)\"").matcher(root);
        List<String> modules = new java.util.ArrayList<>();
        while (m.find()) {
            modules.add(m.group(1));
        }
        assertThat(modules).contains("function_artifacts", RootArtifacts.MODULE).doesNotHaveDuplicates();
    }

    @Test
    void withoutZipFunctions_thereIsNoArtifactBucketAndNoUploadStatement() {
        ResolvedSpec s = Pipeline.resolve(SpecSource.of("forge.yaml", SPEC.replace("source: api/", "image: { build: api/ }")));
        List<Artifact> files = TerraformExamples.TARGET.synth(new dev.forge.synth.SynthContext(s, s.environments()));
        assertThat(text(files, "environments/prod/main.tf")).doesNotContain("ci_artifacts", "artifact_bucket");
        assertThat(files).noneMatch(a -> a.path().startsWith("modules/s3/"));
    }

    private static CheckReport check(ResolvedSpec s, List<Artifact> files) {
        return new Checker(List.of(Packs.byName("baseline").orElseThrow()), LocalDate.of(2026, 6, 1))
                .checkArtifacts(s, s.environments(), files.stream().map(a -> Artifact.text("terraform-aws/" + a.path(), a.text())).toList());
    }

    private static String text(List<Artifact> files, String path) {
        return files.stream().filter(a -> a.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError(path)).text();
    }
}
