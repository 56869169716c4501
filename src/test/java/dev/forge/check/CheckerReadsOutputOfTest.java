package dev.forge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.testkit.Examples;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rule that names the targets whose files it reads reads only those: the Kubernetes pod rules check a root-running
 * Deployment under kubernetes/, and never parse a file of another target (a CloudFormation template with escaped
 * JSON in it was parsed whole by them, half of a cloudformation synth's time).
 */
class CheckerReadsOutputOfTest {

    private static final String ROOT_POD = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: { name: api, labels: { app.kubernetes.io/name: api } }
            spec:
              selector: { matchLabels: { app.kubernetes.io/name: api } }
              template:
                metadata: { labels: { app.kubernetes.io/name: api } }
                spec:
                  containers:
                    - name: api
                      image: example/api:1
                      securityContext: { runAsNonRoot: false, runAsUser: 0 }
            """;

    private static List<Finding> podFindings(String path) {
        ResolvedSpec spec = Examples.resolve("forge-platform");
        CheckReport r = new Checker(List.of(Packs.byName("baseline").orElseThrow()), LocalDate.of(2026, 12, 1))
                .checkArtifacts(spec, spec.environments(), List.of(Artifact.text(path, ROOT_POD)));
        return r.findings().stream().filter(f -> f.rule().startsWith("FORGE-K8S-")).toList();
    }

    @Test
    void podRules_readTheKubernetesTargetsFiles() {
        assertThat(podFindings("kubernetes/base/api.yaml")).anyMatch(f -> f.rule().equals("FORGE-K8S-001"));
    }

    @Test
    void podRules_neverReadAnotherTargetsFiles() {
        assertThat(podFindings("cloudformation/prod/template.yaml")).isEmpty();
        assertThat(podFindings("compose/docker-compose.yml")).isEmpty();
    }

    @Test
    void aRuleNamingNoTarget_readsEveryFile_andAFileOutsideAnyTargetFolder_isReadOnlyByThose() {
        ArtifactRule any = new ArtifactRule() {
            @Override
            public RuleInfo info() {
                return null;
            }

            @Override
            public boolean appliesTo(String path) {
                return true;
            }

            @Override
            public Result check(dev.forge.check.artifact.ParsedArtifact a) {
                return Result.compliant();
            }
        };
        assertThat(Checker.reads(any, "cloudformation/prod/template.yaml")).isTrue();
        assertThat(Checker.reads(any, "README.md")).isTrue();
        ArtifactRule pods = new dev.forge.check.rules.kubernetes.RunAsNonRoot();
        assertThat(Checker.reads(pods, "helm/app/templates/deployment.yaml")).isTrue();
        assertThat(Checker.reads(pods, "README.md")).isFalse();
        assertThat(Checker.reads(pods, "kubernetesX/base/api.yaml")).isFalse();
    }
}
