package dev.forge.targets.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.testkit.NodeTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** k8s-check.js can fail: each kind of mistake it exists to catch is caught, with its code, in one run. */
class K8sCheckValidatorTest {

    static final String BROKEN = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: { name: typo }
            spec:
              selector: { matchLabels: { a: b } }
              template:
                metadata: { labels: { a: b } }
                spec:
                  containers:
                    - name: c
                      image: i
                      securityContext: { readOnlyRootFileSystem: true }
            ---
            apiVersion: v1
            kind: Service
            metadata: { name: missing-port }
            spec: { ports: [ { name: http } ] }
            ---
            apiVersion: batch/v1
            kind: Job
            metadata: { name: bad-enum }
            spec:
              template:
                spec:
                  restartPolicy: Sometimes
                  containers: [ { name: c, image: i } ]
            ---
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: { name: es }
            spec:
              secretStoreRef: { name: s, kind: Store }
              data: [ { secretKey: A, remoteRef: { property: p } } ]
              tagret: { name: x }
            ---
            apiVersion: external-secrets.io/v1
            kind: SecretStore
            metadata: { name: store }
            spec: { provider: { aws: { service: KeyVault } } }
            ---
            apiVersion: batch/v1beta1
            kind: CronJob
            metadata: { name: removed-api }
            """;

    @Test
    void givenBrokenObjects_whenChecked_thenEveryMistakeIsReportedWithItsCode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, BROKEN);

        NodeTool.Result r = NodeTool.run("k8s-check.js", file);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.stdout());
        List<String> findings = new ArrayList<>();
        report.get("findings").forEach(f -> findings.add(f.get("object").asString() + " " + f.get("code").asString()
                + " " + f.get("message").asString()));
        assertThat(report.get("objects").asInt()).isEqualTo(6);
        assertThat(findings).anyMatch(f -> f.startsWith("Deployment/typo K8S-UNKNOWN-FIELD")
                && f.contains("readOnlyRootFileSystem: unknown field"));
        assertThat(findings).anyMatch(f -> f.startsWith("Service/missing-port K8S-SCHEMA") && f.contains("port"));
        assertThat(findings).anyMatch(f -> f.startsWith("Job/bad-enum K8S-SCHEMA") && f.contains("allowed values"));
        assertThat(findings).anyMatch(f -> f.startsWith("ExternalSecret/es ESO-SCHEMA") && f.contains("'Store' is not one of"));
        assertThat(findings).anyMatch(f -> f.startsWith("ExternalSecret/es ESO-SCHEMA") && f.contains("remoteRef.key: required"));
        assertThat(findings).anyMatch(f -> f.startsWith("ExternalSecret/es ESO-SCHEMA") && f.contains("tagret: unknown field"));
        assertThat(findings).anyMatch(f -> f.startsWith("SecretStore/store ESO-SCHEMA") && f.contains("region: required"));
        assertThat(findings).anyMatch(f -> f.startsWith("SecretStore/store ESO-SCHEMA") && f.contains("'KeyVault'"));
        assertThat(findings).anyMatch(f -> f.startsWith("CronJob/removed-api K8S-UNKNOWN-KIND"));
    }
}
