package dev.forge.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.Target;
import dev.forge.targets.BuiltinTargets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The mandatory rules of seed 004, mapped to the Terraform arguments that keep them: the emitted Terraform
 * must show each guardrail. Runs once a target named terraform-aws is registered (skipped until then).
 */
class TerraformGuardrailsTest {

    static final String SPEC = """
            forge: 1
            app: site-builder
            owner: site-builder-team
            environments:
              dev: {}
              prod:
                alerts:
                  email: ops@example.com
            tables:
              sites:
                key: { partition: tenant_id, sort: site_id }
            buckets:
              assets:
                description: generated site assets
            """;

    /** Rule ID to the emitted argument(s) that keep it. */
    static final Map<String, List<String>> GUARDRAILS = Map.of(
            "FORGE-DDB-001", List.of("billing_mode\\s*=\\s*\"PAY_PER_REQUEST\""),
            "FORGE-S3-001", List.of("block_public_acls\\s*=\\s*true", "block_public_policy\\s*=\\s*true",
                    "ignore_public_acls\\s*=\\s*true", "restrict_public_buckets\\s*=\\s*true"),
            "FORGE-S3-003", List.of("resource\\s+\"aws_s3_bucket_server_side_encryption_configuration\"",
                    "sse_algorithm\\s*="),
            // Reusable modules take the value as an input; the environment root passes the secure one.
            "FORGE-DDB-003", List.of("server_side_encryption\\s*\\{[^}]*enabled\\s*=", "encryption\\s*=\\s*\"(kms|customer-kms)\""),
            "FORGE-DDB-002", List.of("point_in_time_recovery\\s*\\{[^}]*enabled\\s*=\\s*var\\.point_in_time_recovery",
                    "point_in_time_recovery\\s*=\\s*true"),
            "FORGE-S3-002", List.of("status\\s*=\\s*\"Enabled\""),
            "FORGE-S3-008", List.of("aws:SecureTransport"));

    @Test
    void emittedTerraform_showsEveryMandatoryGuardrailOfSeed004() {
        Target tf = BuiltinTargets.byName("terraform-aws").orElse(null);
        assumeTrue(tf != null, "the terraform-aws target is not registered yet (branch terraform)");
        ResolvedSpec s = Pipeline.resolve(dev.forge.spec.SpecSource.of("forge.yaml", SPEC));
        List<Artifact> files = Pipeline.synth(s, List.of(tf), s.environments());
        String all = files.stream().filter(a -> a.path().endsWith(".tf")).map(Artifact::text).collect(Collectors.joining("\n"));
        GUARDRAILS.forEach((rule, patterns) -> patterns.forEach(p -> assertThat(Pattern.compile(p).matcher(all).find())
                .as(rule + " needs /" + p + "/ in the emitted Terraform").isTrue()));
        Checker c = new Checker(List.of(Packs.byName("baseline").orElseThrow()), CheckerTest.TODAY);
        assertThat(c.checkArtifacts(s, s.environments(), files).blocking()).isEmpty();
    }
}
