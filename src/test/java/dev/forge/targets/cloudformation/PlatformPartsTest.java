package dev.forge.targets.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.ServiceSpec;
import dev.forge.platform.aws.Fargate;
import dev.forge.platform.aws.NetworkEdges;
import dev.forge.platform.containers.HealthCommands;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.SynthContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The platform parts (network, security groups, ECS, databases, caches, load balancers, WAF) over every environment of
 * the examples with services, databases and caches: the decisions are terraform-aws's (the shared ones read from
 * {@code dev.forge.platform.aws}), asserted on the built templates.
 */
class PlatformPartsTest {

    /** Resources the data parts (helper cfn-data) add: a platform-only stack refers to them without holding them. */
    private static final List<String> DATA_PREFIXES = List.of("Secret", "Parameter", "Bucket", "Table", "Queue", "Topic",
            "Function");

    static Stream<Arguments> stacks() {
        List<Arguments> out = new ArrayList<>();
        for (String example : PlatformStacks.EXAMPLES) {
            for (Stack s : PlatformStacks.stacks(example)) {
                out.add(Arguments.of(example + "/" + s.env().name(), s));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void securityGroupRules_areExactlyNetworkEdges_andOnlyLoadBalancersTakeTheInternet(String name, Stack stack) {
        Set<String> expected = new TreeSet<>();
        for (NetworkEdges.Edge e : NetworkEdges.edges(stack.env())) {
            expected.add(SecurityGroupsPart.groupId(e.from()) + "->" + SecurityGroupsPart.groupId(e.to()) + ":" + e.port());
        }
        Set<String> ingress = new TreeSet<>();
        Set<String> egress = new TreeSet<>();
        stack.template().resources().forEach((id, r) -> {
            YamlMap p = r.properties();
            if (r.type().equals("AWS::EC2::SecurityGroupIngress") && !id.startsWith("VpcEndpointsFrom")) {
                ingress.add(groupOf(p.get("SourceSecurityGroupId")) + "->" + groupOf(p.get("GroupId")) + ":" + p.get("FromPort"));
                assertThat(p.get("ToPort")).isEqualTo(p.get("FromPort"));
            }
            if (r.type().equals("AWS::EC2::SecurityGroupEgress")) {
                egress.add(groupOf(p.get("GroupId")) + "->" + groupOf(p.get("DestinationSecurityGroupId")) + ":" + p.get("FromPort"));
            }
        });
        assertThat(ingress).isEqualTo(expected);
        assertThat(egress).isEqualTo(expected);
        List<Ref> principals = NetworkEdges.principals(stack.env().spec());
        for (Ref p : principals) {
            Resource sg = stack.template().resource(SecurityGroupsPart.groupId(p));
            assertThat(sg).as("security group of %s", p).isNotNull();
            YamlList in = (YamlList) sg.properties().get("SecurityGroupIngress");
            if (NetworkEdges.internetFacing(stack.env().spec()).contains(p)) {
                assertThat(in.items()).extracting(x -> ((YamlMap) x).get("FromPort")).containsExactly(443, 80);
            } else {
                assertThat(in).as("%s takes nothing from the internet", p).isNull();
            }
            YamlList out = (YamlList) sg.properties().get("SecurityGroupEgress");
            YamlMap only = (YamlMap) out.get(0);
            assertThat(out.size()).isEqualTo(1);
            if (NetworkEdges.runsCode(p)) {
                assertThat(only.get("FromPort")).isEqualTo(443);
            } else {
                assertThat(only).isEqualTo(SecurityGroupsPart.denyAllEgress()); // no egress at all
            }
        }
        assertThat(stack.template().resources().values().stream().filter(r -> r.type().equals("AWS::EC2::SecurityGroup")))
                .hasSize(principals.size() + (stack.template().has("VpcEndpointsSecurityGroup") ? 1 : 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void network_spansTheZones_withNatAsTheSpecSays_andNonOverlappingSubnets(String name, Stack stack) {
        var n = stack.env().spec().network();
        Map<String, Resource> rs = stack.template().resources();
        long subnets = rs.values().stream().filter(r -> r.type().equals("AWS::EC2::Subnet")).count();
        assertThat(subnets).isEqualTo(3L * n.zones());
        long nats = rs.values().stream().filter(r -> r.type().equals("AWS::EC2::NatGateway")).count();
        assertThat(nats).isEqualTo(NetworkPart.natCount(n));
        long defaultRoutes = rs.values().stream().filter(r -> r.type().equals("AWS::EC2::Route")).count();
        assertThat(defaultRoutes).as("public route plus one per private table when there is NAT")
                .isEqualTo(1 + (NetworkPart.natCount(n) > 0 ? n.zones() : 0));
        List<long[]> ranges = new ArrayList<>();
        rs.values().stream().filter(r -> r.type().equals("AWS::EC2::Subnet")).forEach(r -> {
            assertThat(r.properties().get("MapPublicIpOnLaunch")).isEqualTo(false);
            ranges.add(range((String) r.properties().get("CidrBlock")));
        });
        long[] vpc = range(n.cidr());
        for (int i = 0; i < ranges.size(); i++) {
            assertThat(ranges.get(i)[0]).isGreaterThanOrEqualTo(vpc[0]);
            assertThat(ranges.get(i)[1]).isLessThanOrEqualTo(vpc[1]);
            for (int j = i + 1; j < ranges.size(); j++) {
                assertThat(ranges.get(i)[1] < ranges.get(j)[0] || ranges.get(j)[1] < ranges.get(i)[0]).isTrue();
            }
        }
        assertThat(rs).containsKeys("VpcFlowLog", "VpcEndpointS3", "VpcEndpointDynamodb");
        Set<String> interfaces = new TreeSet<>();
        rs.forEach((id, r) -> {
            if (r.type().equals("AWS::EC2::VPCEndpoint") && "Interface".equals(r.properties().get("VpcEndpointType"))) {
                interfaces.add(((String) ((YamlMap) r.properties().get("ServiceName")).get("Fn::Sub"))
                        .replace("com.amazonaws.${AWS::Region}.", ""));
            }
        });
        assertThat(interfaces).containsExactlyElementsOf(NetworkPart.interfaceServices(stack));
        assertThat(interfaces).contains("ecr.api", "ecr.dkr", "logs", "secretsmanager");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void tasks_areFargateSizes_hardened_withTheHealthCommand_andSecretsOnlyByArn(String name, Stack stack) throws Exception {
        Map<String, dev.forge.model.ContainerRuntime> families = EcsServicesPart.families(stack.context());
        List<Ref> tasks = new ArrayList<>();
        stack.env().spec().services().keySet().forEach(n -> tasks.add(new Ref(Kind.SERVICE, n)));
        stack.env().spec().jobs().keySet().forEach(n -> tasks.add(new Ref(Kind.JOB, n)));
        assertThat(tasks).isNotEmpty();
        for (Ref self : tasks) {
            YamlMap td = stack.template().resource(Stack.logicalId(self, "TaskDefinition")).properties();
            int cpu = Integer.parseInt((String) td.get("Cpu"));
            int memory = Integer.parseInt((String) td.get("Memory"));
            assertThat(Fargate.memoryFor(cpu)).as("%s: %s CPU units", self, cpu).contains(memory);
            YamlMap c = (YamlMap) ((YamlList) td.get("ContainerDefinitions")).get(0);
            assertThat(c.get("ReadonlyRootFilesystem")).isEqualTo(true);
            assertThat(c.get("Privileged")).isEqualTo(false);
            assertThat((String) c.get("User")).matches("[1-9][0-9]*:[0-9]+");
            assertThat(((YamlMap) ((YamlMap) c.get("LinuxParameters")).get("Capabilities")).get("Drop"))
                    .isEqualTo(YamlList.of("ALL"));
            assertThat(c.get("Memory")).isEqualTo(memory);
            Set<String> plain = new TreeSet<>();
            Set<String> injected = new TreeSet<>();
            if (c.get("Environment") instanceof YamlList env) {
                env.items().forEach(x -> plain.add((String) ((YamlMap) x).get("Name")));
            }
            if (c.get("Secrets") instanceof YamlList sec) {
                sec.items().forEach(x -> {
                    injected.add((String) ((YamlMap) x).get("Name"));
                    assertThat(((YamlMap) x).get("ValueFrom")).as("an ARN, never a value").isInstanceOf(YamlMap.class);
                });
            }
            for (EnvVar v : EnvContract.of(stack.env(), self)) {
                boolean stored = v.render(new EnvVar.Renderer<Boolean>() {
                    public Boolean text(String t) {
                        return false;
                    }

                    public Boolean environmentName() {
                        return false;
                    }

                    public Boolean storeValue(Ref r) {
                        return true;
                    }

                    public Boolean attribute(Ref r, dev.forge.resolve.Connection.Attribute a, boolean u) {
                        return a == dev.forge.resolve.Connection.Attribute.USERNAME
                                || a == dev.forge.resolve.Connection.Attribute.PASSWORD;
                    }
                });
                assertThat(stored ? injected : plain).as("%s of %s", v.name(), self).contains(v.name());
            }
            if (self.kind() == Kind.SERVICE) {
                ServiceSpec x = stack.env().spec().services().get(self.name());
                var expected = families.containsKey(self.name())
                        ? HealthCommands.of(families.get(self.name()), x.port(), x.health()) : java.util.Optional.<List<String>>empty();
                if (expected.isPresent()) {
                    YamlList cmd = (YamlList) ((YamlMap) c.get("HealthCheck")).get("Command");
                    assertThat(cmd.get(0)).isEqualTo("CMD");
                    assertThat(cmd.items().subList(1, cmd.size())).isEqualTo(expected.get());
                } else {
                    assertThat(c.get("HealthCheck")).isNull();
                }
                YamlMap svc = stack.template().resource(Stack.logicalId(self)).properties();
                YamlMap deploy = (YamlMap) svc.get("DeploymentConfiguration");
                assertThat(deploy.get("MinimumHealthyPercent")).isEqualTo(100);
                assertThat(deploy.get("DeploymentCircuitBreaker")).isEqualTo(YamlMap.of("Enable", true, "Rollback", true));
                assertThat(((YamlMap) ((YamlMap) svc.get("NetworkConfiguration")).get("AwsvpcConfiguration"))
                        .get("AssignPublicIp")).isEqualTo("DISABLED");
                assertThat(svc.get("EnableExecuteCommand")).isEqualTo(false);
            } else if (stack.env().spec().jobs().get(self.name()).schedule() != null) {
                YamlMap sch = stack.template().resource(Stack.logicalId(self, "Schedule")).properties();
                assertThat((String) sch.get("ScheduleExpression")).startsWith("cron(");
            }
        }
        String yaml = stack.template().print(List.of("test"));
        assertThat(yaml).doesNotContainPattern("\\s(MasterUserPassword|AuthToken|Password):").doesNotContain("NoEcho");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void data_keepsSnapshotsAndKeysInProduction_withTheSpecsProtection(String name, Stack stack) {
        assertThat(stack.env().spec().databases()).isNotEmpty();
        stack.env().spec().databases().forEach((n, d) -> {
            Resource db = stack.template().resource(Stack.logicalId(Kind.DATABASE, n));
            YamlMap p = db.properties();
            assertThat(db.deletionPolicy()).isEqualTo(stack.production() ? Resource.Policy.Snapshot : Resource.Policy.Delete);
            assertThat(p.get("ManageMasterUserPassword")).isEqualTo(true);
            assertThat(p.get("StorageEncrypted")).isEqualTo(true);
            assertThat(p.get("PubliclyAccessible")).isEqualTo(false);
            assertThat(p.get("DeletionProtection")).isEqualTo(Boolean.TRUE.equals(d.deletionProtection()));
            assertThat(p.get("MultiAZ")).isEqualTo(Boolean.TRUE.equals(d.multiAz()));
            assertThat(p.get("BackupRetentionPeriod")).isEqualTo((int) d.backupRetention().days());
            assertThat(stack.template().resource(Stack.logicalId(Kind.DATABASE, n) + "Key").deletionPolicy())
                    .isEqualTo(stack.production() ? Resource.Policy.Retain : null);
            if (stack.production()) {
                assertThat(p.get("DeletionProtection")).isEqualTo(true);
            }
        });
        stack.env().spec().caches().forEach((n, c) -> {
            Resource rg = stack.template().resource(Stack.logicalId(Kind.CACHE, n));
            assertThat(rg.deletionPolicy()).isEqualTo(stack.production() ? Resource.Policy.Snapshot : Resource.Policy.Delete);
            assertThat(rg.properties().get("TransitEncryptionMode")).isEqualTo("required");
            assertThat(rg.properties().get("NumCacheClusters")).isEqualTo(c.nodes());
            YamlMap user = stack.template().resource(Stack.logicalId(Kind.CACHE, n) + "User").properties();
            assertThat(user.get("AuthenticationMode")).isEqualTo(YamlMap.of("Type", "iam"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void everyReference_isInTheStack_orADataPartsResource_andNoPolicyHasAWildcardAction(String name, Stack stack) {
        Set<String> ids = new TreeSet<>(stack.template().resources().keySet());
        ids.addAll(stack.template().parameters().keySet());
        for (String ref : stack.template().references()) {
            assertThat(ids.contains(ref) || DATA_PREFIXES.stream().anyMatch(ref::startsWith)).as("reference %s", ref).isTrue();
        }
        List<YamlMap> statements = new ArrayList<>();
        collect(stack.template().toTree(), statements);
        assertThat(statements).isNotEmpty();
        for (YamlMap st : statements) {
            Object action = st.get("Action");
            List<Object> actions = action instanceof YamlList l ? l.items() : List.of(action);
            if ("Allow".equals(st.get("Effect"))) {
                assertThat(actions).allSatisfy(a -> assertThat((String) a).doesNotContain("*"));
                if ("*".equals(st.get("Resource")) || st.get("Resource") instanceof YamlList rl && rl.items().contains("*")) {
                    assertThat(actions).as("a resource of * only where AWS takes nothing else")
                            .isSubsetOf(Stream.concat(Stream.of("ecr:GetAuthorizationToken"), DataKeys.ACCOUNT_ACTIONS.stream()).toList());
                }
            }
        }
    }

    @Test
    void loadBalancer_isHttpsOnly_redirectsHttp_routesMostSpecificFirst_andHasItsWebAcl() {
        Stack prod = PlatformStacks.stacks("ai-validation-platform").stream().filter(Stack::production).findFirst().orElseThrow();
        Template t = prod.template();
        YamlMap https = t.resource("ApiPublicHttpsListener").properties();
        assertThat(https.get("Protocol")).isEqualTo("HTTPS");
        assertThat(https.get("SslPolicy")).isEqualTo(LoadBalancersPart.TLS_POLICY);
        assertThat(https.get("Certificates")).isEqualTo(YamlList.of(YamlMap.of("CertificateArn", Fn.ref("ApiPublicCertificate"))));
        YamlMap http = t.resource("ApiPublicHttpListener").properties();
        assertThat(((YamlMap) ((YamlList) http.get("DefaultActions")).get(0)).get("Type")).isEqualTo("redirect");
        // prod's api is blue-green: its one rule weighs the blue and green groups, ECS moves the weights
        assertThat(t.resource("ApiPublicRule10").properties().get("Actions")).isEqualTo(YamlList.of(YamlMap.of("Type",
                "forward", "ForwardConfig", YamlMap.of("TargetGroups", YamlList.of(
                        YamlMap.of("TargetGroupArn", Fn.ref("ApiPublicTargetGroupApi"), "Weight", 100),
                        YamlMap.of("TargetGroupArn", Fn.ref("ApiPublicTargetGroupApiGreen"), "Weight", 0))))));
        YamlMap api = t.resource("ServiceApi").properties();
        assertThat(((YamlMap) api.get("DeploymentConfiguration")).get("Strategy")).isEqualTo("BLUE_GREEN");
        assertThat(((YamlMap) ((YamlList) api.get("LoadBalancers")).get(0)).get("AdvancedConfiguration")).isEqualTo(YamlMap.of(
                "AlternateTargetGroupArn", Fn.ref("ApiPublicTargetGroupApiGreen"), "ProductionListenerRule",
                Fn.ref("ApiPublicRule10"), "RoleArn", Fn.getAtt("ServiceApiBlueGreenRole", "Arn")));
        assertThat(((YamlMap) t.resource("ServiceWeb").properties().get("DeploymentConfiguration")).get("Strategy")).isNull();
        assertThat(t.resource("ApiPublicRule20").properties().get("Actions")).isEqualTo(YamlList.of(YamlMap.of("Type",
                "forward", "TargetGroupArn", Fn.ref("ApiPublicTargetGroupWeb"))));
        assertThat(t.resource("ApiPublicWebAclAssociation").properties().get("ResourceArn")).isEqualTo(Fn.ref("ApiPublic"));
        assertThat(t.resource("ServiceApi").dependencies()).contains("ApiPublicHttpsListener");
        assertThat(t.resource("ApiPublicDnsRecord")).isNotNull();
        // local turns waf off in the spec
        Stack local = PlatformStacks.stacks("ai-validation-platform").get(0);
        assertThat(local.env().name()).isEqualTo("local");
        assertThat(local.template().has("ApiPublicWebAcl")).isFalse();
    }

    static final String BROUGHT = """
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
              environments:
                prod: { vpc: existing }
            databases:
              main: {}
            services:
              api:
                image: { ref: public.ecr.aws/nginx/nginx:1.27 }
                port: 3000
                uses: [database:main]
            """;

    @Test
    void broughtVpc_isParameters_withOnlyTheSecurityGroups_andNoNatWithoutNat(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("forge.yaml"), BROUGHT);
        ResolvedSpec spec = dev.forge.pipeline.Pipeline.resolve(dev.forge.pipeline.Pipeline.read(dir.resolve("forge.yaml"), "forge.yaml"));
        SynthContext context = new SynthContext(spec, spec.environments());
        List<Stack> stacks = new ArrayList<>();
        for (ResolvedEnv env : spec.environments()) {
            Stack s = new Stack(context, env, new Template("t"));
            PlatformStacks.PARTS.forEach(p -> p.build(s));
            stacks.add(s);
        }
        Template dev = stacks.get(0).template();
        assertThat(dev.resources().values().stream().filter(r -> r.type().equals("AWS::EC2::NatGateway"))).isEmpty();
        assertThat(dev.has("VpcPrivateRoute1")).isFalse();
        Template prod = stacks.get(1).template();
        assertThat(prod.parameters()).containsKeys("VpcId", "VpcCidr", "PublicSubnetIds", "PrivateSubnetIds", "DataSubnetIds");
        assertThat(prod.resources().values().stream().map(Resource::type)).doesNotContain("AWS::EC2::VPC", "AWS::EC2::Subnet",
                "AWS::EC2::NatGateway", "AWS::EC2::FlowLog");
        assertThat(prod.resource("ServiceApiSecurityGroup").properties().get("VpcId")).isEqualTo(Fn.ref("VpcId"));
        assertThat(prod.resource("DatabaseMainSubnetGroup").properties().get("SubnetIds")).isEqualTo(Fn.ref("DataSubnetIds"));
        assertThat(prod.resource("ServiceApiToDatabaseMain5432Ingress")).isNotNull();
        assertThat(stacks.get(1).notes()).anyMatch(n -> n.contains("vpc: existing"));
    }

    @Test
    void cidrs_layOutTheSubnetsAsTerraformsCidrsubnet() {
        assertThat(NetworkPart.Cidrs.subnet("10.40.0.0/16", 3, 0)).isEqualTo("10.40.0.0/19");
        assertThat(NetworkPart.Cidrs.subnet("10.40.0.0/16", 3, 5)).isEqualTo("10.40.160.0/19");
        assertThat(NetworkPart.Cidrs.subnet(NetworkPart.Cidrs.subnet("10.40.0.0/16", 3, 6), 3, 2)).isEqualTo("10.40.200.0/22");
        assertThat(NetworkPart.Cidrs.subnet(NetworkPart.Cidrs.subnet("10.40.0.0/16", 3, 7), 3, 0)).isEqualTo("10.40.224.0/22");
    }

    private static void collect(Object v, List<YamlMap> out) {
        if (v instanceof YamlMap m) {
            if (m.containsKey("Effect") && m.containsKey("Action")) {
                out.add(m);
            }
            m.entries().values().forEach(x -> collect(x, out));
        } else if (v instanceof YamlList l) {
            l.items().forEach(x -> collect(x, out));
        }
    }

    private static String groupOf(Object getAtt) {
        return (String) ((YamlList) ((YamlMap) getAtt).get("Fn::GetAtt")).get(0);
    }

    private static long[] range(String cidr) {
        String[] p = cidr.split("/");
        long base = 0;
        for (String o : p[0].split("\\.")) {
            base = base << 8 | Integer.parseInt(o);
        }
        return new long[] {base, base + (1L << (32 - Integer.parseInt(p[1]))) - 1};
    }
}
