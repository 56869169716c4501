package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9: the state backend locks with S3's lock file (not the deprecated dynamodb_table), each account and region
 * gets its own state bucket (prod in af-south-1 no longer shares dev's eu-west-1 bucket), and the generated tree
 * tells git to ignore what Terraform writes locally.
 */
class TerraformStateTest {

    static List<String> examples() {
        return TerraformExamples.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void backend_usesTheS3LockFile_andABucketPerAccountAndRegion(String example) {
        ResolvedSpec spec = TerraformExamples.resolve(example);
        List<Artifact> files = TerraformExamples.synth(example);
        Map<String, String> bucketRegion = new HashMap<>();
        for (ResolvedEnv env : spec.environments()) {
            String backend = text(files, "environments/" + env.name() + "/backend.tf");
            String config = text(files, "environments/" + env.name() + "/backend.hcl");
            assertThat(backend).contains("use_lockfile = true").doesNotContain("dynamodb_table");
            assertThat(config).doesNotContain("dynamodb_table");
            Matcher m = Pattern.compile("bucket = \"([^\"]+)\"").matcher(config);
            assertThat(m.find()).isTrue();
            String bucket = m.group(1);
            assertThat(bucket).hasSizeLessThanOrEqualTo(63).endsWith(env.environment().region());
            String key = bucket;
            String region = env.environment().region() + "/" + env.environment().account();
            assertThat(bucketRegion.putIfAbsent(key, region)).as("%s shared across accounts or regions", bucket)
                    .isIn(null, region);
            assertThat(text(files, "environments/" + env.name() + "/terraform.tfvars") + "")
                    .doesNotContain("state_lock_table");
        }
    }

    @Test
    void siteBuilder_prodInAnotherRegion_hasItsOwnStateBucket() {
        List<Artifact> files = TerraformExamples.synth("site-builder");
        assertThat(text(files, "environments/dev/backend.hcl")).contains("bucket = \"site-builder-tfstate-eu-west-1\"");
        assertThat(text(files, "environments/prod/backend.hcl")).contains("bucket = \"site-builder-tfstate-af-south-1\"");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void generatedTree_ignoresTerraformsLocalFiles(String example) {
        assertThat(text(TerraformExamples.synth(example), ".gitignore")).contains(".terraform/\n", "*.tfstate\n", ".build/\n")
                .doesNotContain(".terraform.lock.hcl\n");
    }

    @Test
    void replicaBucket_keepsTheSourcesLifecycleRules() throws Exception {
        String s3 = text(TerraformExamples.synth("site-builder"), "modules/s3/main.tf");
        assertThat(s3).contains("resource \"aws_s3_bucket_lifecycle_configuration\" \"replica\" {");
        String replica = s3.substring(s3.indexOf("resource \"aws_s3_bucket_lifecycle_configuration\" \"replica\""));
        replica = replica.substring(0, replica.indexOf("\n}\n"));
        assertThat(replica).containsPattern("provider\\s+= aws.replica").contains("dynamic \"rule\"")
                .contains("noncurrent_version_expiration");
        String plan = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/resources/terraform-plan/site-builder/prod.txt"));
        assertThat(plan).contains("module.bucket_sites.aws_s3_bucket_lifecycle_configuration.replica[0]");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void rootOutputs_followOneNamingScheme_withoutStutterOrDuplicates(String example) {
        ResolvedSpec spec = TerraformExamples.resolve(example);
        List<Artifact> files = TerraformExamples.synth(example);
        java.util.Set<String> allowed = java.util.Set.of("function_names", "function_alias_arns", "function_log_groups",
                "table_names", "bucket_names", "cdn_domain_names", "cdn_distribution_ids", "queue_urls", "topic_arns", "api_urls",
                "api_domain_targets", "api_domain_zone_ids",
                "ecr_repository_urls", "deploy_role_arn", "alarm_topic_arn",
                "database_addresses", "database_secret_arns", "cache_addresses",
                "vpc_id", "public_subnet_ids", "private_subnet_ids", "data_subnet_ids", "security_group_ids",
                "budget_name", "user_pool_ids", "user_pool_client_ids", "user_pool_sign_in_domains", "web_acl_arns",
                "ecs_cluster_name", "service_names", "service_log_groups", "job_task_definitions",
                "function_artifact_bucket", "cost_report_role_arn");
        for (ResolvedEnv env : spec.environments()) {
            String outputs = text(files, "environments/" + env.name() + "/outputs.tf");
            Matcher m = Pattern.compile("output \"([a-z0-9_]+)\"").matcher(outputs);
            while (m.find()) {
                assertThat(m.group(1)).as("%s/%s output", example, env.name()).isIn(allowed);
            }
            if (text(files, "environments/" + env.name() + "/main.tf").contains("module \"function_")) {
                assertThat(outputs).contains("output \"function_log_groups\"", "output \"function_alias_arns\"");
            }
            if (text(files, "environments/" + env.name() + "/main.tf").contains("module \"api_")) {
                assertThat(outputs).contains("output \"api_urls\"");
            }
        }
    }

    @Test
    void siteBuilder_outputsItsCdnDistributionIds() {
        String outputs = text(TerraformExamples.synth("site-builder"), "environments/prod/outputs.tf");
        assertThat(outputs).contains("output \"cdn_distribution_ids\"", "module.bucket_sites.bucket_cdn_distribution_id",
                "output \"cdn_domain_names\"");
    }

    private static String text(List<Artifact> files, String path) {
        return files.stream().filter(a -> a.path().equals(path)).map(Artifact::text).findFirst().orElse(null);
    }
}
