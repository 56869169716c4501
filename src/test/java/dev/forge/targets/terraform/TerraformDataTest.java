package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.CheckReport;
import dev.forge.check.Checker;
import dev.forge.check.Packs;
import dev.forge.diag.Severity;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.SpecSource;
import dev.forge.synth.Artifact;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, rds_postgres and elasticache: the guarantees attacked on the emitted files of the examples with a
 * database and a cache. No password or auth token anywhere; deletion protection and a final snapshot in production;
 * encryption on; connections and grants from the modules' outputs; the policy rules read the emitted Terraform.
 */
class TerraformDataTest {

    private static final List<String> EXAMPLES = List.of("ai-validation-platform", "forge-platform");
    /** An argument or variable that would carry a password or token through Terraform. */
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?m)^\\s*(password|password_wo|auth_token|auth_token_wo|passwords|master_password)\\s*=|variable \"[a-z_]*(password|auth_token)[a-z_]*\"");

    @ParameterizedTest
    @ValueSource(strings = {"ai-validation-platform", "forge-platform"})
    void noPasswordOrAuthToken_passesThroughAnyEmittedFileOrTfvars(String example) {
        List<Artifact> files = TerraformExamples.synth(example);
        for (Artifact a : files) {
            assertThat(CREDENTIAL.matcher(a.text()).find()).as(a.path() + " carries a credential argument or input").isFalse();
            if (a.path().endsWith("terraform.tfvars")) {
                assertThat(a.text().toLowerCase(Locale.ROOT)).as(a.path()).doesNotContain("password", "token");
            }
        }
        String rds = text(files, "modules/rds_postgres/main.tf");
        assertThat(rds).contains("manage_master_user_password         = true",
                "master_user_secret_kms_key_id       = aws_kms_key.this.arn");
        String cache = text(files, "modules/elasticache/main.tf");
        assertThat(cache).contains("type = \"iam\"", "access_string = \"off -@all\"",
                "user_group_ids             = [aws_elasticache_user_group.this.user_group_id]");
        assertThat(text(files, "modules/elasticache/outputs.tf")).containsPattern(
                "output \"auth_token_secret_arn\" \\{[^}]*value       = null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ai-validation-platform", "forge-platform"})
    void production_hasDeletionProtectionAndAFinalSnapshot_otherEnvironmentsDoNot(String example) {
        List<Artifact> files = TerraformExamples.synth(example);
        String prod = text(files, "environments/prod/main.tf");
        String dev = text(files, "environments/dev/main.tf");
        assertSets(block(prod, "module \"database_"), "deletion_protection", "true", "multi_az", "true",
                "backup_retention_period", "14", "final_snapshot", "true");
        assertSets(block(prod, "module \"cache_"), "multi_az", "true", "num_cache_clusters", "2",
                "snapshot_retention_limit", "7", "final_snapshot", "true");
        assertSets(block(dev, "module \"database_"), "deletion_protection", "false", "final_snapshot", "false");
        String rds = text(files, "modules/rds_postgres/main.tf");
        assertThat(rds).contains("deletion_protection       = var.deletion_protection",
                "skip_final_snapshot       = !var.final_snapshot",
                "final_snapshot_identifier = var.final_snapshot ? \"${var.identifier}-final\" : null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ai-validation-platform", "forge-platform"})
    void encryptionAndTls_areOn_andEveryDataRulePassesOnTheEmittedFiles(String example) {
        List<Artifact> files = TerraformExamples.synth(example);
        String rds = text(files, "modules/rds_postgres/main.tf");
        assertThat(rds).contains("storage_encrypted = true", "kms_key_id        = aws_kms_key.this.arn",
                "name  = \"rds.force_ssl\"", "publicly_accessible  = false");
        String cache = text(files, "modules/elasticache/main.tf");
        assertThat(cache).contains("at_rest_encryption_enabled = true", "transit_encryption_enabled = true",
                "transit_encryption_mode    = \"required\"");

        ResolvedSpec spec = TerraformExamples.resolve(example);
        CheckReport r = new Checker(List.of(Packs.byName("baseline").orElseThrow()), LocalDate.of(2026, 6, 1))
                .checkArtifacts(spec, spec.environments(), prefixed(files));
        List<String> rules = List.of("FORGE-RDS-001", "FORGE-RDS-002", "FORGE-RDS-003", "FORGE-RDS-004", "FORGE-RDS-005",
                "FORGE-RDS-006", "FORGE-EC-001", "FORGE-EC-002", "FORGE-EC-003", "FORGE-EC-004");
        for (String rule : rules) {
            assertThat(r.passed()).as(rule + " read an emitted file").anyMatch(p -> p.rule().equals(rule));
            assertThat(r.findings()).as(rule + " findings in production").filteredOn(f -> f.rule().equals(rule)
                    && f.location().file().contains("/prod/")).isEmpty();
        }
    }

    @Test
    void unprotectedProductionDatabase_isAnErrorOfFORGE_RDS_004_readFromTheEmittedRoot() {
        String spec = """
                forge: 1
                app: shop
                owner: platform-team
                region: us-east-1
                environments:
                  dev: {}
                  prod: { alerts: { email: ops@example.com } }
                databases:
                  main:
                    environments:
                      prod: { deletion-protection: false, backup-retention: 3d }
                caches:
                  sessions:
                    environments:
                      prod: { nodes: 1, multi-az: false }
                """;
        ResolvedSpec s = Pipeline.resolve(SpecSource.of("forge.yaml", spec));
        List<Artifact> files = TerraformExamples.TARGET.synth(new dev.forge.synth.SynthContext(s, s.environments()));
        CheckReport r = new Checker(List.of(Packs.byName("baseline").orElseThrow()), LocalDate.of(2026, 6, 1))
                .checkArtifacts(s, s.environments(), prefixed(files));
        for (String rule : List.of("FORGE-RDS-003", "FORGE-RDS-004", "FORGE-EC-002")) {
            assertThat(r.findings()).as(rule).filteredOn(f -> f.rule().equals(rule) && f.severity() == Severity.ERROR)
                    .isNotEmpty()
                    .allMatch(f -> f.location().file().equals("terraform-aws/environments/prod/main.tf"));
        }
        assertThat(r.findings()).filteredOn(f -> f.rule().equals("FORGE-RDS-004")).extracting(f -> f.message())
                .contains("module.database_main sets deletion_protection = false, not true",
                        "module.database_main sets final_snapshot = false, not true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"forge-platform"})
    void connectionsAndGrants_comeFromTheModules_notFromRootInputs(String example) {
        List<Artifact> files = TerraformExamples.synth(example);
        String prod = text(files, "environments/prod/main.tf");
        String variables = text(files, "environments/prod/variables.tf");
        assertThat(prod).contains("PLATFORM_DATABASE_HOST       = module.database_platform.address",
                "PLATFORM_DATABASE_PORT       = module.database_platform.port",
                "PLATFORM_DATABASE_NAME       = module.database_platform.database_name",
                "PLATFORM_DATABASE_SECRET_ARN = module.database_platform.master_user_secret_arn",
                "resources = [module.database_platform.master_user_secret_arn]",
                "resources = [module.database_platform.kms_key_arn]", "\"secretsmanager.us-east-1.amazonaws.com\"");
        assertThat(variables).doesNotContain("platform_database_", "sessions_cache_");
    }

    @Test
    void iamAuth_grantsRdsDbConnect_asTheDatabaseUserNamedAfterThePrincipal() {
        String spec = """
                forge: 1
                app: shop
                owner: platform-team
                region: us-east-1
                environments:
                  prod: { alerts: { email: ops@example.com } }
                databases:
                  main: { iam-auth: true }
                caches:
                  sessions: {}
                functions:
                  order-worker:
                    runtime: python3.12
                    handler: app.handler
                    image: { ref: "123456789012.dkr.ecr.us-east-1.amazonaws.com/w@sha256:%s" }
                    vpc: true
                    uses: [database:main, cache:sessions]
                """.formatted("a".repeat(64));
        ResolvedSpec s = Pipeline.resolve(SpecSource.of("forge.yaml", spec));
        List<Artifact> files = TerraformExamples.TARGET.synth(new dev.forge.synth.SynthContext(s, s.environments()));
        String prod = text(files, "environments/prod/main.tf");
        assertThat(prod).contains("iam_database_authentication = true", "\"rds-db:connect\"",
                ":dbuser:${module.database_main.resource_id}/order_worker\"", "\"elasticache:Connect\"",
                "resources = [module.cache_sessions.replication_group_arn, module.cache_sessions.user_arn]",
                "SESSIONS_CACHE_HOST      = module.cache_sessions.primary_endpoint_address");
    }

    /** Each argument is set to its value in the block (whatever the alignment). */
    private static void assertSets(String block, String... argumentsAndValues) {
        for (int i = 0; i < argumentsAndValues.length; i += 2) {
            assertThat(block).as(argumentsAndValues[i]).containsPattern("(?m)^\\s*" + Pattern.quote(argumentsAndValues[i])
                    + "\\s+= " + Pattern.quote(argumentsAndValues[i + 1]) + "$");
        }
    }

    /** The checker reads files by their path under the output folder, with the target's folder first. */
    private static List<Artifact> prefixed(List<Artifact> files) {
        return files.stream().map(a -> Artifact.text("terraform-aws/" + a.path(), a.text())).toList();
    }

    private static String block(String text, String start) {
        int at = text.indexOf(start);
        assertThat(at).as(start).isGreaterThanOrEqualTo(0);
        return text.substring(at, text.indexOf("\n}\n", at) + 2);
    }

    private static String text(List<Artifact> files, String path) {
        return files.stream().filter(a -> a.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError(path))
                .text();
    }
}
