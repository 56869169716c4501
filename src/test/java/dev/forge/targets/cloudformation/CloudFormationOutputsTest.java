package dev.forge.targets.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.ApiType;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a deployed stack tells its operator (issue 14: URLs, names, ARNs; never a password): every example and
 * environment outputs each load balancer's URL and DNS name, the ECS cluster's and each service's name and the
 * VPC's ID; and no output carries a secret's value (only ARNs of secrets, never a resolved reference).
 */
class CloudFormationOutputsTest {

    @Test
    void everyExample_outputsTheUrlsAndNamesAnOperatorLooksFor() {
        for (String example : CloudFormationExamples.names()) {
            ResolvedSpec spec = CloudFormationExamples.resolve(example);
            Map<String, Template> templates = CloudFormationExamples.templates(example);
            for (ResolvedEnv env : spec.environments()) {
                Map<String, YamlMap> outputs = templates.get(env.name()).outputs();
                String where = example + " " + env.name();
                env.spec().apis().forEach((name, a) -> {
                    if (a.type() == ApiType.LOADBALANCER) {
                        String id = Stack.logicalId(dev.forge.model.Kind.API, name);
                        assertThat(outputs).as(where).containsKeys(id + "Url", id + "DnsName");
                        if (a.domain() != null) {
                            assertThat(outputs.get(id + "Url").get("Value")).as(where).isEqualTo("https://" + a.domain());
                        }
                    }
                });
                if (!env.spec().services().isEmpty()) {
                    assertThat(outputs).as(where).containsKey("ClusterName");
                    env.spec().services().keySet().forEach(s -> assertThat(outputs).as(where)
                            .containsKey(Stack.logicalId(dev.forge.model.Kind.SERVICE, s) + "Name"));
                }
                if (templates.get(env.name()).resources().containsKey("Vpc")) {
                    assertThat(outputs).as(where).containsKey("VpcId");
                }
                outputs.forEach((id, o) -> assertThat(o.toString()).as(where + " output " + id)
                        .doesNotContain("{{resolve:").doesNotContainIgnoringCase("password"));
            }
        }
    }
}
