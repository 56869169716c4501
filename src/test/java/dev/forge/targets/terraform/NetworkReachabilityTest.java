package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import dev.forge.model.ApiType;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.Grant;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import dev.forge.testkit.NodeTool;
import dev.forge.verify.OfflineTerraform;
import dev.forge.verify.RootResult;
import dev.forge.verify.RootVerifier;
import dev.forge.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, "network reachability derived, not assumed": the security-group graph is read back FROM THE EMITTED
 * FILES (tools/validators/sg-graph-check.js parses every root and module with HashiCorp's HCL parser and expands each
 * rule over its for_each) and must equal, edge for edge, what the spec's {@code uses:} and the load balancers' routes
 * ask (computed here from the resolved spec, with the ports written in this test): a service, job or VPC function to
 * each database (5432), cache (6379) and service (its port) it uses, a load balancer to the services it routes to
 * (their port only). Nothing else: the only ingress from 0.0.0.0/0 is a load balancer's 443 and 80; the interface
 * endpoints take HTTPS from the principals that run code, nothing more; databases and caches have no egress.
 */
class NetworkReachabilityTest {

    static final String FIXTURE = """
            forge: 1
            app: reach
            owner: platform-team
            region: eu-west-1
            environments:
              dev: {}
              prod: { alerts: { email: ops@example.com } }
            network:
              cidr: 10.9.0.0/16
              nat: false
              endpoints: [sts]
              environments:
                prod: { vpc: existing }
            databases:
              main: {}
              reports: {}
            caches:
              hot: {}
            services:
              api:
                image: { ref: public.ecr.aws/nginx/nginx:1.27 }
                port: 3000
                uses: [database:main, cache:hot, service:search]
              search:
                image: { ref: public.ecr.aws/nginx/nginx:1.27 }
                port: 9200
              admin:
                image: { ref: public.ecr.aws/nginx/nginx:1.27 }
                port: 4000
                uses: [database:reports]
            jobs:
              migrate:
                image: { ref: public.ecr.aws/nginx/nginx:1.27 }
                command: [migrate]
                uses: [database:main]
            functions:
              worker:
                image: { ref: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/worker:1 }
                vpc: true
                uses: [database:reports, cache:hot, service:api]
              outside:
                image: { ref: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/outside:1 }
            apis:
              public:
                type: loadbalancer
                routes:
                  ANY /api/*: service:api
                  ANY /*: service:search
            """;

    /** {@code from->to:port}, the shape both sides are compared in. */
    static Set<String> expected(ResolvedEnv env) {
        Spec s = env.spec();
        Set<String> out = new TreeSet<>();
        for (Ref p : principalsThatRunCode(s)) {
            for (Grant g : env.grantsOf(p)) {
                Ref r = g.resource();
                int port = switch (r.kind()) {
                    case DATABASE -> 5432;
                    case CACHE -> 6379;
                    case SERVICE -> s.services().get(r.name()).port();
                    default -> -1;
                };
                if (port > 0) {
                    out.add(p + "->" + r + ":" + port);
                }
            }
        }
        s.apis().forEach((n, a) -> {
            if (a.type() == ApiType.LOADBALANCER) {
                a.routes().values().forEach(rt -> out.add("api:" + n + "->" + rt.to() + ":" + s.services().get(rt.to().name()).port()));
            }
        });
        return out;
    }

    static Set<Ref> principalsThatRunCode(Spec s) {
        Set<Ref> out = new TreeSet<>();
        s.services().keySet().forEach(n -> out.add(new Ref(Kind.SERVICE, n)));
        s.jobs().keySet().forEach(n -> out.add(new Ref(Kind.JOB, n)));
        s.functions().forEach((n, f) -> {
            if (Boolean.TRUE.equals(f.vpc())) {
                out.add(new Ref(Kind.FUNCTION, n));
            }
        });
        return out;
    }

    static JsonNode graph(Path terraformAws) throws Exception {
        NodeTool.Result r = NodeTool.run("sg-graph-check.js", terraformAws);
        assertThat(r.ok()).as(r.toString()).isTrue();
        return new ObjectMapper().readTree(r.stdout()).get(terraformAws.toString());
    }

    /** Asserts the emitted graph of every environment equals the spec's, and nothing else is open. */
    static void assertExact(ResolvedSpec spec, Path terraformAws) throws Exception {
        JsonNode all = graph(terraformAws);
        for (ResolvedEnv env : spec.environments()) {
            JsonNode g = all.get(env.name());
            assertThat(g.get("problems")).as("%s: rules the graph cannot resolve", env.name()).isEmpty();
            Set<String> groups = new TreeSet<>();
            g.get("groups").forEach(x -> groups.add(x.asString()));
            Set<String> between = new TreeSet<>();
            for (JsonNode rule : g.get("ingress")) {
                String from = rule.get("from").asString();
                String to = rule.get("to").asString();
                int port = rule.get("fromPort").asInt();
                assertThat(rule.get("toPort").asInt()).as("%s: one port per rule", rule.get("address")).isEqualTo(port);
                assertThat(rule.get("protocol").asString()).isEqualTo("tcp");
                if (from.equals("0.0.0.0/0") || from.equals("::/0")) {
                    assertThat(to).as("%s: only a load balancer takes traffic from anywhere", rule.get("address")).startsWith("api:");
                    assertThat(port).as("%s: from anywhere, HTTPS and HTTP only", rule.get("address")).isIn(443, 80);
                } else if (to.equals("network:endpoints")) {
                    assertThat(port).isEqualTo(443);
                    assertThat(principalsThatRunCode(env.spec()).stream().map(Ref::toString)).as("endpoint callers").contains(from);
                } else {
                    assertThat(groups).as("%s: both ends are principals' groups", rule.get("address")).contains(from, to);
                    between.add(from + "->" + to + ":" + port);
                }
            }
            assertThat(between).as("%s: the security-group graph read from the emitted files", env.name())
                    .isEqualTo(expected(env));
            for (JsonNode rule : g.get("egress")) {
                String from = rule.get("to").asString(); // the group the egress rule belongs to
                assertThat(from).as("%s: databases and caches call nothing", rule.get("address"))
                        .doesNotStartWith("database:").doesNotStartWith("cache:");
                String peer = rule.get("from").asString();
                if (!groups.contains(peer)) {
                    assertThat(rule.get("fromPort").asInt()).as("%s: out of the app's groups, HTTPS only", rule.get("address")).isEqualTo(443);
                } else {
                    assertThat(between).as("egress %s mirrors an ingress", rule.get("address"))
                            .contains(from + "->" + peer + ":" + rule.get("fromPort").asInt());
                }
            }
        }
    }

    @Test
    void examples_openExactlyTheUsesEdges_andTheLoadBalancersRoutes(@TempDir Path dir) throws Exception {
        for (String example : List.of("ai-validation-platform", "forge-platform")) {
            ResolvedSpec spec = TerraformExamples.resolve(example);
            Path out = TerraformExamples.write(TerraformExamples.synth(example), dir.resolve(example));
            assertExact(spec, out);
            assertThat(expected(spec.environments().get(0))).isNotEmpty();
        }
    }

    @Test
    void fixture_serviceToService_vpcFunction_job_noNat_andABroughtVpc_planAndOpenExactlyTheirEdges(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("forge.yaml"), FIXTURE);
        ResolvedSpec spec = Pipeline.resolve(Pipeline.read(dir.resolve("forge.yaml"), "forge.yaml"));
        Path out = write(spec, dir.resolve("out"));
        assertExact(spec, out);
        ResolvedEnv dev = spec.environments().get(0);
        assertThat(expected(dev)).contains("service:api->service:search:9200", "function:worker->service:api:3000",
                "function:worker->database:reports:5432", "job:migrate->database:main:5432", "api:public->service:search:9200")
                .noneMatch(e -> e.startsWith("function:outside")).noneMatch(e -> e.contains("->database:reports") && e.startsWith("service:api"));
        String devRoot = Files.readString(out.resolve("environments/dev/main.tf"));
        assertThat(devRoot).containsPattern("nat_gateways\\s+= \"none\"")
                .containsPattern("interface_endpoints\\s+= \\[\"ecr.api\", \"ecr.dkr\", \"logs\", \"secretsmanager\", \"sts\"\\]")
                .containsPattern("subnet_ids\\s+= module.network.private_subnet_ids")
                .containsPattern("security_group_ids\\s+= \\[module.network.security_group_ids\\[\"function:worker\"\\]\\]");
        String prodRoot = Files.readString(out.resolve("environments/prod/main.tf"));
        assertThat(prodRoot).containsPattern("vpc_id\\s+= var.vpc_id").containsPattern("data_subnet_ids\\s+= var.data_subnet_ids")
                .doesNotContain("interface_endpoints");
        assertThat(Files.readString(out.resolve("environments/prod/variables.tf")))
                .contains("variable \"vpc_id\"", "variable \"public_subnet_ids\"", "variable \"data_subnet_ids\"");
        // and Terraform plans both: the created network without NAT, and the brought VPC
        OfflineTerraform tf = OfflineTerraform.prepare(dir.resolve("terraform"));
        RootVerifier verifier = new RootVerifier(tf);
        try (Verifier.ServerPool servers = new Verifier.ServerPool(tf, 1)) {
            for (ResolvedEnv env : spec.environments()) {
                RootResult r = servers.with(s -> verifier.verify(out, env.name(), dir.resolve("roots").resolve(env.name()), s));
                assertThat(r.ok()).as("terraform of %s: %s", env.name(), r.problems()).isTrue();
                boolean brought = env.name().equals("prod");
                assertThat(r.addresses().stream().anyMatch(a -> a.startsWith("module.network.aws_vpc.this")))
                        .as("%s creates a VPC", env.name()).isEqualTo(!brought);
                assertThat(r.addresses()).as("%s", env.name()).noneMatch(a -> a.contains("aws_nat_gateway"))
                        .anyMatch(a -> a.startsWith("module.network.aws_security_group.this[\"function:worker\"]"));
            }
        }
    }

    @Test
    void theCheckCanFail_anExtraRuleOrAnOpenPort_isCaught(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("forge.yaml"), FIXTURE);
        ResolvedSpec spec = Pipeline.resolve(Pipeline.read(dir.resolve("forge.yaml"), "forge.yaml"));
        Path out = write(spec, dir.resolve("out"));
        Path root = out.resolve("environments/dev/main.tf");
        String original = Files.readString(root);
        // an edge nobody's uses: asks (admin -> cache:hot)
        Files.writeString(root, original.replace("  connections = {\n", "  connections = {\n"
                + "    \"extra\" = {\n      from        = \"service:admin\"\n      to          = \"cache:hot\"\n"
                + "      port        = 6379\n      description = \"not asked\"\n    }\n"));
        JsonNode g = graph(out).get("dev");
        Set<String> between = new TreeSet<>();
        g.get("ingress").forEach(r -> between.add(r.get("from").asString() + "->" + r.get("to").asString() + ":" + r.get("fromPort").asInt()));
        assertThat(between).contains("service:admin->cache:hot:6379");
        assertThat(expected(spec.environments().get(0))).doesNotContain("service:admin->cache:hot:6379");
        // a rule shape the graph cannot read is a problem, never skipped
        Files.writeString(root, original + "\nresource \"aws_security_group_rule\" \"open\" {\n  type              = \"ingress\"\n"
                + "  security_group_id = module.network.security_group_ids[\"database:main\"]\n  from_port         = 5432\n"
                + "  to_port           = 5432\n  protocol          = \"tcp\"\n  cidr_blocks       = [\"0.0.0.0/0\"]\n}\n");
        assertThat(graph(out).get("dev").get("problems")).isNotEmpty();
    }

    private static Path write(ResolvedSpec spec, Path dir) {
        List<Artifact> files = TerraformExamples.TARGET.synth(new SynthContext(spec, spec.environments()));
        TerraformExamples.write(files, dir);
        return dir;
    }
}
