package dev.forge.targets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.pipeline.Pipeline;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import dev.forge.synth.Artifact;
import dev.forge.synth.SynthContext;
import dev.forge.synth.Target;
import dev.forge.testkit.Examples;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * One set of AWS decisions, two renderings: every example synthesized with terraform-aws and cloudformation, and
 * read back from the files each wrote, has the same IAM statements (sid and actions) per role, the same
 * security-group edges and the same resource settings, in every environment. The decisions live in
 * dev.forge.platform.aws; this test proves both targets render them as they are.
 */
class AwsParityTest {

    static List<String> examples() {
        Target cfn = BuiltinTargets.byName("cloudformation").orElseThrow();
        return Examples.namesFor(cfn);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void bothAwsTargetsRenderTheSameDecisions(String example) {
        ResolvedSpec spec = Examples.resolve(example);
        java.nio.file.Path dir = Examples.repoRoot().resolve("examples").resolve(example);
        Optional<SynthContext.Layout> layout = Optional.of(new SynthContext.Layout(dir, dir.resolve("out")));
        List<Artifact> files = Pipeline.synth(spec, List.of(BuiltinTargets.byName("terraform-aws").orElseThrow(),
                BuiltinTargets.byName("cloudformation").orElseThrow()), spec.environments(), dir, dir.resolve("out"));
        Map<String, String> text = new LinkedHashMap<>();
        files.forEach(a -> text.put(a.path(), new String(a.bytes(), StandardCharsets.UTF_8)));
        int compared = 0;
        int alarms = 0;
        int settings = 0;
        int blueGreen = 0;
        for (ResolvedEnv env : spec.environments()) {
            String tf = text.get("terraform-aws/environments/" + env.name() + "/main.tf");
            String cfn = text.get("cloudformation/" + env.name() + "/template.yaml");
            if (tf == null || cfn == null) {
                continue;
            }
            Map<String, Object> template = template(text, env.name());
            Map<String, List<String>> tfRoles = terraformStatements(tf,
                    text.getOrDefault("terraform-aws/modules/ecs_service/main.tf", ""),
                    text.getOrDefault("terraform-aws/modules/ecs_job/main.tf", ""));
            Map<String, List<String>> cfnRoles = principals(cloudFormationStatements(template), env);
            // roles of no principal (flow logs, schedules, deployments) are inside terraform's modules: not compared
            cfnRoles.keySet().removeIf(k -> !k.contains(":"));
            assertThat(cfnRoles).as(example + " " + env.name() + ": IAM statements per role").isEqualTo(tfRoles);
            assertThat(cloudFormationEdges(template, env)).as(example + " " + env.name() + ": security-group edges")
                    .isEqualTo(terraformEdges(tf));
            // a replicated bucket's role: terraform-aws's s3 module (one policy for every bucket it replicates) and the
            // bucket's role in the template, for buckets whose objects both targets replicate (SSE-S3)
            List<String> tfReplication = replicationStatements(text.getOrDefault("terraform-aws/modules/s3/main.tf", ""));
            for (var b : env.spec().buckets().entrySet()) {
                if (b.getValue().replication() != null && b.getValue().encryption() == dev.forge.model.Encryption.MANAGED) {
                    String role = logicalId(new Ref(Kind.BUCKET, b.getKey())) + "ReplicationRole";
                    assertThat(cloudFormationStatements(template).get(role)).as(example + " " + env.name() + ": " + role)
                            .isEqualTo(tfReplication);
                    compared++;
                }
            }
            Map<String, String> tfAlarms = AwsParityAlarms.terraform(tf,
                    text.getOrDefault("terraform-aws/modules/monitoring/main.tf", ""),
                    text.getOrDefault("terraform-aws/modules/monitoring/variables.tf", ""));
            AwsParityAlarms.dropUnrendered(tfAlarms, template, env);
            assertThat(AwsParityAlarms.cloudFormation(template)).as(example + " " + env.name() + ": alarms")
                    .isEqualTo(tfAlarms);
            alarms += tfAlarms.size();
            List<String> tfWidgets = AwsParityAlarms.terraformWidgets(tf,
                    text.getOrDefault("terraform-aws/modules/monitoring/main.tf", ""));
            assertThat(AwsParityAlarms.cloudFormationWidgets(template)).as(example + " " + env.name() + ": dashboard widgets")
                    .isEqualTo(tfWidgets);
            Map<String, String> tfDeployments = blueGreenTerraform(text, env);
            assertThat(blueGreenCloudFormation(template, env)).as(example + " " + env.name() + ": ECS deployments"
                    + " (platform.aws.EcsBlueGreen)").isEqualTo(tfDeployments);
            blueGreen += AwsParityBlueGreen.blueGreen(tfDeployments).size();
            Map<String, String> tfSettings = AwsParitySettings.terraform(tf, f -> text.get("terraform-aws/" + f));
            assertThat(AwsParitySettings.cloudFormation(template, mainIds(env))).as(example + " " + env.name()
                    + ": resource settings").isEqualTo(tfSettings);
            settings += tfSettings.size();
            compared++;
        }
        assertThat(compared).as("environments compared").isPositive();
        assertThat(alarms).as("alarms compared").isPositive();
        assertThat(settings).as("settings compared").isPositive();
        if (example.equals("ai-validation-platform")) {
            assertThat(blueGreen).as("blue-green services compared (prod api)").isPositive();
        }
    }

    // ---- terraform-aws: module blocks of the environment root

    private static final Pattern SID = Pattern.compile("^\\s*sid\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    /**
     * Principal role → its statements as {@code Sid: action, action}, sorted: the lists the environment root passes
     * to each module ({@code statements} of a function's role module, {@code task_statements} and
     * {@code execution_statements} of a service's or job's), an execution role after the statements its module
     * adds first ({@code local.own_log_statements} of modules/ecs_service and modules/ecs_job).
     */
    static Map<String, List<String>> terraformStatements(String mainTf, String ecsServiceModule, String ecsJobModule) {
        Map<String, List<String>> out = new TreeMap<>();
        ParsedArtifact a = new ParsedArtifact("main.tf", mainTf);
        List<String> lines = a.lines();
        for (HclBlock b : a.hclBlocks()) {
            if (!b.type().equals("module")) {
                continue;
            }
            String module = b.labels().get(0);
            List<String> body = lines.subList(b.line(), b.endLine() - 1);
            for (String list : List.of("statements", "conditional_statements", "task_statements", "execution_statements")) {
                List<String> found = statementList(body, "  " + list);
                if (found == null) {
                    continue;
                }
                if (list.equals("execution_statements")) {
                    String own = module.startsWith("service_") ? ecsServiceModule : ecsJobModule;
                    List<String> first = statementList(List.of(own.split("\n")), "  own_log_statements");
                    found.addAll(0, first == null ? List.of() : first);
                }
                if (!found.isEmpty()) {
                    out.computeIfAbsent(role(module, list), k -> new ArrayList<>()).addAll(found);
                }
            }
        }
        // compared as sets: terraform's role module lists statements with a condition apart from the others
        out.values().forEach(java.util.Collections::sort);
        return out;
    }

    /** The statements of the list {@code <indent><name> = [} ... {@code <indent>]}, or null when there is none. */
    private static List<String> statementList(List<String> lines, String head) {
        int start = lines.indexOf(head + " = [");
        if (start < 0) {
            return null;
        }
        String indent = head.substring(0, head.length() - head.stripLeading().length());
        List<String> out = new ArrayList<>();
        String sid = null;
        StringBuilder actions = null;
        for (int i = start + 1; i < lines.size() && !lines.get(i).equals(indent + "]"); i++) {
            String l = lines.get(i);
            Matcher s = SID.matcher(l);
            if (s.find()) {
                sid = s.group(1);
            }
            if (actions != null || l.trim().startsWith("actions")) {
                actions = actions == null ? new StringBuilder() : actions;
                actions.append(l);
                if (l.contains("]")) {
                    List<String> names = new ArrayList<>();
                    Matcher q = QUOTED.matcher(actions.toString());
                    while (q.find()) {
                        names.add(q.group(1));
                    }
                    out.add(sid + ": " + String.join(", ", new TreeSet<>(names)));
                    actions = null;
                }
            }
        }
        return out;
    }

    private static String role(String module, String list) {
        int cut = module.indexOf('_');
        String kind = module.substring(0, cut);
        String name = module.substring(cut + 1).replace('_', '-');
        String what = switch (list) {
            case "statements", "conditional_statements" -> "role";
            case "task_statements" -> "task";
            default -> "execution";
        };
        return (kind.equals("role") ? "function" : kind) + ":" + name + " " + what;
    }

    private static final Pattern TF_SID = Pattern.compile("^\\s*Sid\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern TF_ACTION = Pattern.compile("^\\s*Action\\s*=\\s*\\[(.*)]");

    /** {@code Sid: action, action} of each statement of the s3 module's replication role policy, in order. */
    static List<String> replicationStatements(String s3Module) {
        List<String> out = new ArrayList<>();
        int start = s3Module.indexOf("resource \"aws_iam_role_policy\" \"replication\" {");
        if (start < 0) {
            return out;
        }
        String sid = null;
        for (String l : s3Module.substring(start, s3Module.indexOf("\n}\n", start)).split("\n")) {
            Matcher s = TF_SID.matcher(l);
            Matcher a = TF_ACTION.matcher(l);
            if (s.find()) {
                sid = s.group(1);
            } else if (a.find()) {
                List<String> names = new ArrayList<>();
                Matcher q = QUOTED.matcher(a.group(1));
                while (q.find()) {
                    names.add(q.group(1));
                }
                out.add(sid + ": " + String.join(", ", new TreeSet<>(names)));
            }
        }
        return out;
    }

    private static final Pattern CONNECTION = Pattern.compile("^    \"([a-z]+:[a-z0-9-]+)->([a-z]+:[a-z0-9-]+):(\\d+)\" = \\{$");

    /** {@code from -> to:port} of every connection the network module opens. */
    static TreeSet<String> terraformEdges(String mainTf) {
        TreeSet<String> out = new TreeSet<>();
        for (String l : mainTf.split("\n")) {
            Matcher m = CONNECTION.matcher(l);
            if (m.matches()) {
                out.add(m.group(1) + " -> " + m.group(2) + ":" + m.group(3));
            }
        }
        return out;
    }

    // ---- cloudformation: the environment's template (and its parts, when nested)

    @SuppressWarnings("unchecked")
    static Map<String, Object> template(Map<String, String> text, String env) {
        Map<String, Object> resources = new LinkedHashMap<>();
        text.forEach((path, body) -> {
            if (path.startsWith("cloudformation/" + env + "/") && path.endsWith(".yaml")) {
                Map<String, Object> t = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(body);
                Object rs = t.get("Resources");
                if (rs instanceof Map<?, ?> m) {
                    ((Map<String, Object>) m).forEach((id, r) -> {
                        if (!"AWS::CloudFormation::Stack".equals(((Map<String, Object>) r).get("Type"))) {
                            resources.put(id, r);
                        }
                    });
                }
            }
        });
        return resources;
    }

    /** Role logical ID → the spec principal and role it is, by the target's conventions. */
    private static Map<String, String> roleIds(Map<String, Object> resources) {
        Map<String, String> out = new TreeMap<>();
        for (String id : resources.keySet()) {
            for (String[] suffix : new String[][] {{"TaskRole", "task"}, {"ExecutionRole", "execution"}, {"Role", "role"}}) {
                if (id.endsWith(suffix[0])) {
                    out.put(id, id.substring(0, id.length() - suffix[0].length()) + " " + suffix[1]);
                    break;
                }
            }
        }
        return out;
    }

    /** Role logical IDs ({@code FunctionApiRole}, {@code ServiceApiTaskRole}) as {@code function:api role}, {@code service:api task}. */
    static Map<String, List<String>> principals(Map<String, List<String>> byLogical, ResolvedEnv env) {
        Map<String, String> ids = new TreeMap<>();
        for (Kind k : Kind.values()) {
            Map<String, ?> section = env.spec().section(k);
            if (section != null) {
                section.keySet().forEach(n -> ids.put(logicalId(new Ref(k, n)), k.spelling() + ":" + n));
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        byLogical.values().forEach(java.util.Collections::sort);
        byLogical.forEach((id, statements) -> {
            for (String[] suffix : new String[][] {{"TaskRole", "task"}, {"ExecutionRole", "execution"}, {"Role", "role"}}) {
                String stem = id.endsWith(suffix[0]) ? id.substring(0, id.length() - suffix[0].length()) : null;
                if (stem != null && ids.containsKey(stem)) {
                    out.put(ids.get(stem) + " " + suffix[1], statements);
                    return;
                }
            }
            out.put(id, statements); // a role of no principal: shown as it is, and fails the comparison
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<String>> cloudFormationStatements(Map<String, Object> resources) {
        Map<String, List<String>> byLogical = new TreeMap<>();
        // inline policies of roles, then AWS::IAM::Policy / ManagedPolicy attached to roles
        resources.forEach((id, r) -> {
            Map<String, Object> res = (Map<String, Object>) r;
            Map<String, Object> props = (Map<String, Object>) res.getOrDefault("Properties", Map.of());
            if ("AWS::IAM::Role".equals(res.get("Type"))) {
                for (Object p : (List<Object>) props.getOrDefault("Policies", List.of())) {
                    statements((Map<String, Object>) ((Map<String, Object>) p).get("PolicyDocument"),
                            byLogical.computeIfAbsent(id, k -> new ArrayList<>()));
                }
            } else if ("AWS::IAM::Policy".equals(res.get("Type")) || "AWS::IAM::ManagedPolicy".equals(res.get("Type"))) {
                for (Object role : (List<Object>) props.getOrDefault("Roles", List.of())) {
                    String target = (String) ((Map<String, Object>) role).get("Ref");
                    statements((Map<String, Object>) props.get("PolicyDocument"),
                            byLogical.computeIfAbsent(target, k -> new ArrayList<>()));
                }
            }
        });
        return byLogical;
    }

    @SuppressWarnings("unchecked")
    private static void statements(Map<String, Object> document, List<String> out) {
        for (Object s : (List<Object>) document.get("Statement")) {
            Map<String, Object> st = (Map<String, Object>) s;
            Object action = st.get("Action");
            List<String> actions = action instanceof List<?> l ? (List<String>) l : List.of((String) action);
            out.add(st.get("Sid") + ": " + String.join(", ", new TreeSet<>(actions)));
        }
    }

    @SuppressWarnings("unchecked")
    static TreeSet<String> cloudFormationEdges(Map<String, Object> resources, ResolvedEnv env) {
        Map<String, String> groups = new TreeMap<>();
        for (Kind k : Kind.values()) {
            Map<String, ?> section = env.spec().section(k);
            if (section != null) {
                section.keySet().forEach(n -> groups.put(logicalId(new Ref(k, n)) + "SecurityGroup", k.spelling() + ":" + n));
            }
        }
        TreeSet<String> out = new TreeSet<>();
        resources.forEach((id, r) -> {
            Map<String, Object> res = (Map<String, Object>) r;
            if (!"AWS::EC2::SecurityGroupIngress".equals(res.get("Type"))) {
                return;
            }
            Map<String, Object> p = (Map<String, Object>) res.get("Properties");
            String to = groups.get(group(p.get("GroupId")));
            String from = groups.get(group(p.get("SourceSecurityGroupId")));
            if (from != null && to != null) {
                out.add(from + " -> " + to + ":" + p.get("FromPort"));
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static String group(Object v) {
        if (v instanceof Map<?, ?> m && m.get("Fn::GetAtt") instanceof List<?> l) {
            return (String) l.get(0);
        }
        if (v instanceof Map<?, ?> m && m.get("Ref") instanceof String s) {
            return s;
        }
        return null;
    }

    /** Each spec resource's main logical ID to {@code kind:name}. */
    /** terraform-aws's ECS deployments of one environment, by service name. */
    static Map<String, String> blueGreenTerraform(Map<String, String> text, ResolvedEnv env) {
        Map<String, String> byLabel = AwsParityBlueGreen.terraform(text.get("terraform-aws/environments/" + env.name() + "/main.tf"),
                text.getOrDefault("terraform-aws/modules/ecs_service/main.tf", ""),
                text.getOrDefault("terraform-aws/modules/load_balancer/main.tf", ""));
        Map<String, String> out = new TreeMap<>();
        env.spec().services().keySet().forEach(n -> out.put(n, byLabel.get(n.replace('-', '_'))));
        return out;
    }

    /** cloudformation's ECS deployments of one environment (every stack of it), by service name. */
    static Map<String, String> blueGreenCloudFormation(Map<String, Object> template, ResolvedEnv env) {
        Map<String, String> byId = AwsParityBlueGreen.cloudFormation(template);
        Map<String, String> out = new TreeMap<>();
        env.spec().services().keySet().forEach(n -> out.put(n, byId.get(logicalId(new Ref(Kind.SERVICE, n)))));
        return out;
    }

    private static Map<String, String> mainIds(ResolvedEnv env) {
        Map<String, String> out = new TreeMap<>();
        for (Kind k : Kind.values()) {
            Map<String, ?> section = env.spec().section(k);
            if (section != null) {
                section.keySet().forEach(n -> out.put(logicalId(new Ref(k, n)), k.spelling() + ":" + n));
            }
        }
        return out;
    }

    private static String logicalId(Ref ref) {
        StringBuilder b = new StringBuilder();
        for (String part : (ref.kind().spelling() + "-" + ref.name()).split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
