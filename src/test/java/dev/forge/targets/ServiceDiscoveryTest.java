package dev.forge.targets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.spec.SpecSource;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import dev.forge.testkit.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A service another one calls is reached by name on both AWS targets (platform.aws.ServiceDiscovery): forge-platform's
 * `ui` uses `service:api`, so `api` registers in the environment's Cloud Map namespace and `ui` gets the constant
 * URL; before, both targets asked the operator for it (a parameter nobody could fill: ECS tasks have no fixed
 * address). A blue-green `api` behind the load balancer is not registered, and both targets ask for the URL again.
 */
class ServiceDiscoveryTest {

    private static final String URL = "http://api.prod.forge-platform.internal:3000";

    private static Map<String, String> synth(String text) {
        Path dir = Examples.repoRoot().resolve("examples/forge-platform");
        ResolvedSpec spec = Pipeline.resolve(SpecSource.of("forge-platform/forge.yaml", text));
        SynthContext ctx = new SynthContext(spec, spec.environments().stream().filter(e -> e.name().equals("prod")).toList(),
                Optional.of(new SynthContext.Layout(dir, dir.resolve("out"))));
        Map<String, String> out = new java.util.TreeMap<>();
        for (String target : List.of("terraform-aws", "cloudformation")) {
            for (Artifact a : BuiltinTargets.byName(target).orElseThrow().synth(ctx)) {
                out.put(target + "/" + a.path(), a.text());
            }
        }
        return out;
    }

    private static String example() throws Exception {
        return Files.readString(Examples.repoRoot().resolve("examples/forge-platform/forge.yaml"));
    }

    @Test
    void aCalledService_registersInTheNamespace_andItsCallerGetsItsName_onBothTargets() throws Exception {
        Map<String, String> files = synth(example());
        String root = files.get("terraform-aws/environments/prod/main.tf");
        assertThat(root).contains("discovery_namespace = \"prod.forge-platform.internal\"")
                .contains("discovery_namespace_id            = module.ecs_cluster.discovery_namespace_id")
                .contains("discovery_name                    = \"api\"")
                .contains("API_URL     = \"" + URL + "\"");
        assertThat(files.get("terraform-aws/environments/prod/variables.tf")).doesNotContain("api_url");
        assertThat(files.get("terraform-aws/modules/ecs_service/main.tf"))
                .contains("resource \"aws_service_discovery_service\" \"this\"")
                .contains("dynamic \"service_registries\"");
        assertThat(files.get("terraform-aws/modules/ecs_cluster/main.tf"))
                .contains("resource \"aws_service_discovery_private_dns_namespace\" \"this\"");

        String template = files.get("cloudformation/prod/template.yaml");
        assertThat(template).contains("Type: AWS::ServiceDiscovery::PrivateDnsNamespace")
                .contains("Name: prod.forge-platform.internal")
                .contains("ServiceApiDiscovery:\n    Type: AWS::ServiceDiscovery::Service")
                .contains("ServiceRegistries:\n        - RegistryArn:\n            Fn::GetAtt:\n              - ServiceApiDiscovery")
                .contains("- Name: API_URL\n              Value: " + URL)
                .doesNotContain("ApiUrl:");
        // only the called service registers
        assertThat(template).doesNotContain("ServiceUiDiscovery");
        assertThat(root).doesNotContain("discovery_name                    = \"ui\"");
    }

    @Test
    void aBlueGreenServiceBehindItsLoadBalancer_isNotRegistered_andItsUrlIsAnInput_onBothTargets() throws Exception {
        String text = example().replace("\n  api:\n    description:", "\n  api:\n    deployment: blue-green\n    description:");
        Map<String, String> files = synth(text);
        String root = files.get("terraform-aws/environments/prod/main.tf");
        assertThat(root).doesNotContain("discovery_namespace").contains("API_URL     = var.api_url")
                .contains("deployment                        = \"blue-green\"");
        assertThat(files.get("terraform-aws/environments/prod/variables.tf")).contains("variable \"api_url\"")
                .contains("blue-green behind its load balancer");
        String template = files.get("cloudformation/prod/template.yaml");
        assertThat(template).doesNotContain("AWS::ServiceDiscovery::").doesNotContain("ServiceRegistries")
                .contains("ApiUrl:\n    Type: String\n    Description: \"Base URL of service:api (API_URL): service 'api' is"
                        + " deployed blue-green behind its load balancer");
    }
}
