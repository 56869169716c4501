package dev.forge.targets.gcp.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.pipeline.Pipeline;
import dev.forge.platform.gcp.GcpNames;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guardrails and derivations of the gcp Terraform, one rule per test, read from what is emitted. */
class GcpTerraformRulesTest {

    static Map<String, String> files(String example) {
        return GcpTf.synth(example).stream().collect(Collectors.toMap(Artifact::path, Artifact::text));
    }

    static Map<String, String> files(Path dir, String yaml) throws Exception {
        Path spec = dir.resolve("forge.yaml");
        Files.writeString(spec, yaml);
        ResolvedSpec s = Pipeline.resolve(Pipeline.read(spec, "forge.yaml"));
        return GcpTerraform.artifacts(new SynthContext(s, s.environments())).stream()
                .collect(Collectors.toMap(Artifact::path, Artifact::text));
    }

    static final String ROOT = "terraform/environments/";

    @Test
    void cloudSql_isPrivateIpOnly_tlsOnly_withBackupsAndPitr_andItsPasswordIsEphemeralAndWriteOnly() {
        String m = files("ai-validation-platform").get("terraform/modules/cloudsql/main.tf");
        assertThat(m).contains("ipv4_enabled    = false", "ssl_mode        = \"ENCRYPTED_ONLY\"",
                "point_in_time_recovery_enabled = true", "ephemeral \"random_password\" \"this\"",
                "password_wo         = ephemeral.random_password.this.result",
                "secret_data_wo         = ephemeral.random_password.this.result");
        assertThat(m).doesNotContainPattern("(?m)^\\s+password\\s+=").doesNotContainPattern("(?m)^\\s+secret_data\\s+=");
    }

    @Test
    void deletionProtection_isOnInProduction_andOffInDev() {
        Map<String, String> f = files("ai-validation-platform");
        assertThat(f.get(ROOT + "prod/main.tf")).contains("deletion_protection         = true", "availability_type           = \"REGIONAL\"");
        assertThat(f.get(ROOT + "dev/main.tf")).contains("deletion_protection         = false", "availability_type           = \"ZONAL\"");
    }

    @Test
    void buckets_haveUniformAccess_publicAccessPreventionEnforced_andVersioning() {
        String m = files("ai-validation-platform").get("terraform/modules/bucket/main.tf");
        assertThat(m).contains("uniform_bucket_level_access = true", "public_access_prevention    = \"enforced\"",
                "enabled = var.versioning");
    }

    @Test
    void bucketRead_grantsObjectViewerOnly_readWrite_addsObjectCreator_neverARoleThatDeletes() {
        String prod = files("ai-validation-platform").get(ROOT + "prod/main.tf");
        String api = prod.substring(prod.indexOf("module \"sa_service_api\""), prod.indexOf("module \"sa_service_orchestrator\""));
        String orchestrator = prod.substring(prod.indexOf("module \"sa_service_orchestrator\""), prod.indexOf("module \"sa_service_web\""));
        assertThat(api).contains("roles/storage.objectViewer").doesNotContain("roles/storage.objectCreator");
        assertThat(orchestrator).contains("roles/storage.objectViewer", "roles/storage.objectCreator");
        assertThat(prod).doesNotContain("roles/storage.objectUser", "roles/storage.objectAdmin", "roles/storage.admin",
                "roles/editor", "roles/owner");
    }

    @Test
    void databaseUse_grantsCloudSqlClientOnThatInstanceOnly_andItsPasswordSecret() {
        String prod = files("ai-validation-platform").get(ROOT + "prod/main.tf");
        assertThat(prod).contains("condition_expression = \"resource.name == \\\"projects/${var.project}/instances/"
                + "${module.database_main.instance_name}\\\"\"", "resource = module.database_main.password_secret_id");
    }

    @Test
    void githubWorkloadIdentity_requiresTheRepositoryAndTheEnvironmentsSubject_branchOnlyWhereNobodyApproves() {
        Map<String, String> f = files("ai-validation-platform");
        assertThat(f.get(ROOT + "prod/main.tf")).contains("attribute_condition = \"assertion.repository =="
                + " \\\"example-org/ai-validation-platform\\\" && assertion.sub =="
                + " \\\"repo:example-org/ai-validation-platform:environment:prod\\\"\"");
        assertThat(f.get(ROOT + "dev/main.tf")).contains("assertion.sub in"
                + " [\\\"repo:example-org/ai-validation-platform:ref:refs/heads/main\\\","
                + " \\\"repo:example-org/ai-validation-platform:environment:dev\\\"]");
    }

    @Test
    void schedules_startTheCloudRunJobNamedAppJobEnv_throughTheRunApi() {
        Map<String, String> f = files("ai-validation-platform");
        assertThat(f.get(ROOT + "staging/main.tf")).contains("job_name      = \""
                + GcpNames.job("ai-validation-platform", "report-cleanup", "staging") + "\"", "schedule      = \"30 2 * * *\"",
                "time_zone     = \"America/New_York\"");
        assertThat(f.get("terraform/modules/scheduler/main.tf")).contains(
                "uri         = \"https://run.googleapis.com/v2/projects/${var.project}/locations/${var.region}/jobs/${var.job_name}:run\"");
    }

    @Test
    void serviceAccountIds_fitGooglesLimits_inEveryExample() {
        for (String e : GcpTf.examples()) {
            for (String text : files(e).values()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("account_id\\s+= \"([^\"]+)\"").matcher(text);
                while (m.find()) {
                    assertThat(m.group(1)).as(e).matches("[a-z][-a-z0-9]{4,28}[a-z0-9]");
                }
            }
        }
        assertThat(GcpNames.serviceAccountId("ai-validation-platform", "orchestrator", "staging"))
                .isEqualTo("ai-v-faa8-orchestrator-staging");
        assertThat(GcpNames.serviceAccountId("shop", "api", "dev")).isEqualTo("shop-api-dev");
    }

    @Test
    void awsRegions_mapToTheNearestGoogleRegion_googleRegionsStay() {
        assertThat(GcpNames.region("us-east-1")).isEqualTo("us-east4");
        assertThat(GcpNames.region("eu-west-1")).isEqualTo("europe-west1");
        assertThat(GcpNames.region("europe-west4")).isEqualTo("europe-west4");
        assertThat(files("site-builder").get(ROOT + "dev/terraform.tfvars")).contains("region = \"europe-west1\"");
    }

    @Test
    void customerKms_bucket_getsItsOwnKey_valkeyCache_isNotRendered_table_becomesFirestoreWithPitr(@TempDir Path dir) throws Exception {
        Map<String, String> f = files(dir, String.join("\n", "forge: 1", "app: shop", "region: us-east-1",
                "environments:", "  dev: { project: shop-dev-123 }", "  prod: { project: shop-prod-456 }",
                "buckets:", "  media: { encryption: customer-kms }",
                "caches:", "  sessions: { engine: valkey }",
                "tables:", "  orders: { key: id, ttl: expires_at }", ""));
        assertThat(f.get(ROOT + "prod/main.tf")).contains("cmek            = true").doesNotContain("cache_sessions")
                .contains("pitr              = true", "delete_protection = true", "ttl_field         = \"expires_at\"");
        assertThat(f.get(ROOT + "dev/main.tf")).contains("delete_protection = false");
        assertThat(f.get(ROOT + "prod/terraform.tfvars")).contains("project = \"shop-prod-456\"");
        assertThat(f.keySet()).noneMatch(p -> p.contains("modules/redis/")).contains("terraform/modules/firestore/main.tf");
        assertThat(GcpTerraform.RENDERING.skipped(dev.forge.model.Kind.CACHE, "version",
                new dev.forge.model.CacheSpec(null, dev.forge.model.CacheEngine.VALKEY, null, null, 1, false, null, null)))
                .hasValueSatisfying(why -> assertThat(why).contains("Valkey"));
    }

    @Test
    void secrets_areDeclaredWithoutAnyValue() {
        Map<String, String> f = files("trip-assistant");
        assertThat(f.get("terraform/modules/secrets/main.tf")).contains("google_secret_manager_secret\" \"this\"")
                .doesNotContain("secret_manager_secret_version");
        List<String> all = List.copyOf(f.values());
        assertThat(all).noneMatch(t -> t.contains("secret_data ") || t.contains("secret_data="));
    }

    @Test
    void theGcpTargetCanCombineItsRenderingWithThisOne() {
        var cloudRun = dev.forge.synth.Rendering.of("services.*.port");
        var both = GcpTerraform.combinedWith(cloudRun);
        assertThat(both.renders("services.*.port")).isTrue();
        assertThat(both.renders("databases.*.backup-retention")).isTrue();
        assertThat(both.skips()).hasSameSizeAs(GcpTerraform.RENDERING.skips());
        assertThat(both.deploys()).isTrue();
    }
}
