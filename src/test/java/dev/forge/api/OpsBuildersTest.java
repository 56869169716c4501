package dev.forge.api;

import static dev.forge.api.Specs.assertSameSpec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.model.Endpoint;
import dev.forge.model.Registry;
import dev.forge.model.SecretStore;
import dev.forge.model.Spec;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Environments, network, secrets, parameters, models, monitoring, CI and policy. */
class OpsBuildersTest {

    @Test
    void environments_keepDeclarationOrder_andAlertsTakeOneAddress() {
        Spec spec = ForgeApp.named("demo").environment("dev").environment("staging", e -> e.region("eu-west-1"))
                .environment("prod", e -> e.account("123456789012").alerts("ops@example.com").tag("tier", "1"))
                .tags(Map.of("project", "atlas")).owner("team").costCentre("cc-1").build();

        assertThat(spec.environments().keySet()).containsExactly("dev", "staging", "prod");
        assertSameSpec(spec, Specs.bind("t.yaml", """
                forge: 1
                app: demo
                environments:
                  dev: {}
                  staging: { region: eu-west-1 }
                  prod: { account: "123456789012", alerts: { email: ops@example.com }, tags: { tier: "1" } }
                tags: { project: atlas }
                owner: team
                cost-centre: cc-1
                """));
    }

    @Test
    void network_secrets_parameters_models_equalYaml() {
        Spec spec = Specs.app().network(n -> n.endpoints(Endpoint.S3).endpoints(Endpoint.BEDROCK_RUNTIME)
                        .override("prod", p -> p.nat(true)))
                .secret("openai-api-key")
                .secret("db-url", s -> s.store(SecretStore.SECRETS_MANAGER))
                .parameter("log-level", p -> p.value("info"))
                .parameter("flags")
                .model("claude", "anthropic.claude-3-5-sonnet-20241022-v2:0")
                .build();

        assertSameSpec(spec, Specs.yaml("""
                network: { endpoints: [s3, bedrock-runtime], environments: { prod: { nat: true } } }
                secrets: { openai-api-key: {}, db-url: { store: secrets-manager } }
                parameters: { log-level: { value: info }, flags: {} }
                models: { claude: anthropic.claude-3-5-sonnet-20241022-v2:0 }
                """));
    }

    @Test
    void monitoring_ci_policy_equalYaml() {
        Spec spec = Specs.app()
                .monitoring(m -> m.dashboard(true).alarms(a -> a.errors(3).latency("1s"))
                        .override("prod", p -> p.alarms(a -> a.errors(1))))
                .ci(c -> c.github("acme/demo").approvals("prod").registry(Registry.ECR).oidc(false))
                .policy(p -> p.packs("strict").suppression("FORGE-S3-001", "Reviewed."))
                .build();

        assertThat(spec.ci().github().branch()).isNull();
        assertSameSpec(spec, Specs.yaml("""
                monitoring:
                  dashboard: true
                  alarms: { errors: 3, latency: 1s }
                  environments: { prod: { alarms: { errors: 1 } } }
                ci: { github: acme/demo, approvals: [prod], registry: ecr, oidc: false }
                policy:
                  packs: [strict]
                  suppressions: [ { rule: FORGE-S3-001, reason: Reviewed. } ]
                """));
    }
}
