package dev.forge.targets;

import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How each ECS service deploys, read back from each AWS target's files, as one line per service: {@code rolling}, or
 * the whole blue-green decision of platform.aws.EcsBlueGreen in one form: the controller, the strategy and bake time,
 * the circuit breaker's rollback, the priority of the production listener rule and its weights (blue, green), the
 * infrastructure role's name, trusted service, trust condition key and managed policy. terraform-aws: the environment
 * root's module calls (deployment, the rule handed in, the load balancer's rules) and the modules' resources
 * (ecs_service's service and role, load_balancer's blue-green rule); cloudformation: the template's resources.
 */
final class AwsParityBlueGreen {

    private static final Pattern RULE = Pattern.compile("\\{\\s*priority\\s*=\\s*(\\d+)\\s*service\\s*=\\s*\"([^\"]+)\"[^}]*?"
            + "blue_green\\s*=\\s*true", Pattern.DOTALL);
    private static final Pattern RULE_INPUT = Pattern.compile("module\\.(\\w+)\\.production_listener_rule_arns\\[\"([^\"]+)\"]");
    private static final Pattern WEIGHT = Pattern.compile("arn\\s*=\\s*aws_lb_target_group\\.(this|green)\\[[^]]+]\\.arn\\s*"
            + "weight\\s*=\\s*(\\d+)");

    private AwsParityBlueGreen() {
    }

    /** terraform-aws: service module label ({@code service_<name>}) to its deployment. */
    static Map<String, String> terraform(String rootMain, String ecsServiceModule, String loadBalancerModule) {
        Map<String, String> out = new TreeMap<>();
        List<HclBlock> root = new ParsedArtifact("main.tf", rootMain).hclBlocks();
        Map<String, HclBlock> modules = new TreeMap<>();
        root.stream().filter(b -> b.type().equals("module")).forEach(b -> modules.put(b.labels().get(0), b));
        Map<String, HclBlock> resources = resources(ecsServiceModule);
        Map<String, HclBlock> lb = resources(loadBalancerModule);
        modules.forEach((label, b) -> {
            if (!label.startsWith("service_")) {
                return;
            }
            boolean blueGreen = b.attribute("deployment").map(HclBlock.Attribute::unquoted).orElse("rolling").equals("blue-green");
            if (!blueGreen) {
                out.put(label.substring("service_".length()), "rolling");
                return;
            }
            boolean ci = b.attribute("ci_deploys_image").map(a -> a.value().equals("true")).orElse(false);
            HclBlock service = resources.get("aws_ecs_service." + (ci ? "blue_green_ci" : "blue_green"));
            String text = service == null ? "" : service.text();
            Matcher input = RULE_INPUT.matcher(b.text());
            String priority = null;
            if (input.find() && modules.containsKey(input.group(1))) {
                Matcher r = RULE.matcher(modules.get(input.group(1)).text());
                while (r.find()) {
                    if (r.group(2).equals(input.group(2))) {
                        priority = r.group(1);
                    }
                }
            }
            Map<String, String> weights = new TreeMap<>();
            HclBlock rule = lb.get("aws_lb_listener_rule.blue_green");
            if (rule != null) {
                Matcher w = WEIGHT.matcher(rule.text());
                while (w.find()) {
                    weights.put(w.group(1).equals("this") ? "blue" : "green", w.group(2));
                }
            }
            HclBlock role = resources.get("aws_iam_role.blue_green");
            HclBlock attachment = resources.get("aws_iam_role_policy_attachment.blue_green");
            String roleText = role == null ? "" : role.text();
            boolean advanced = first(text, "(alternate_target_group_arn\\s*=\\s*var\\.green_target_group_arn)") != null
                    && first(text, "(role_arn\\s*=\\s*aws_iam_role\\.blue_green\\[0]\\.arn)") != null
                    && b.attribute("green_target_group_arn").isPresent();
            String name = b.attribute("name").map(HclBlock.Attribute::unquoted).orElse("?");
            String roleName = role == null ? null : role.attribute("name").map(a -> a.unquoted().replace("${var.name}", name))
                    .orElse(null);
            out.put(label.substring("service_".length()), decision(first(text, "deployment_controller\\s*\\{\\s*type\\s*=\\s*\"(\\w+)\""),
                    first(text, "strategy\\s*=\\s*\"(\\w+)\""), first(text, "bake_time_in_minutes\\s*=\\s*(\\d+)"),
                    first(text, "rollback\\s*=\\s*(\\w+)"), priority, weights.get("blue"), weights.get("green"), advanced,
                    roleName, first(roleText, "Service\\s*=\\s*\"([^\"]+)\""),
                    first(roleText, "StringEquals\\s*=\\s*\\{\\s*\"([^\"]+)\""),
                    attachment == null ? null : first(attachment.text(), "policy_arn\\s*=\\s*\".*:policy/(\\w+)\"")));
        });
        return out;
    }

    /** cloudformation: service logical id ({@code Service<Name>}) to its deployment. */
    @SuppressWarnings("unchecked")
    static Map<String, String> cloudFormation(Map<String, Object> resources) {
        Map<String, String> out = new TreeMap<>();
        resources.forEach((id, r) -> {
            Map<String, Object> res = (Map<String, Object>) r;
            if (!"AWS::ECS::Service".equals(res.get("Type"))) {
                return;
            }
            Map<String, Object> p = (Map<String, Object>) res.get("Properties");
            Map<String, Object> dc = map(p.get("DeploymentConfiguration"));
            List<Object> lbs = p.get("LoadBalancers") instanceof List<?> l ? (List<Object>) l : List.of();
            Map<String, Object> lb = lbs.isEmpty() ? Map.of() : map(lbs.get(0));
            Map<String, Object> advanced = map(lb.get("AdvancedConfiguration"));
            if (dc.get("Strategy") == null && advanced.isEmpty()) {
                out.put(id, "rolling");
                return;
            }
            String blue = ref(lb.get("TargetGroupArn"));
            String green = ref(advanced.get("AlternateTargetGroupArn"));
            Map<String, Object> rule = properties(resources, ref(advanced.get("ProductionListenerRule")));
            String blueWeight = null;
            String greenWeight = null;
            for (Object a : rule.get("Actions") instanceof List<?> l ? l : List.of()) {
                for (Object tg : map(map(a).get("ForwardConfig")).get("TargetGroups") instanceof List<?> l ? l : List.of()) {
                    String arn = ref(map(tg).get("TargetGroupArn"));
                    if (arn != null && arn.equals(blue)) {
                        blueWeight = String.valueOf(map(tg).get("Weight"));
                    } else if (arn != null && arn.equals(green)) {
                        greenWeight = String.valueOf(map(tg).get("Weight"));
                    }
                }
            }
            Object roleArn = advanced.get("RoleArn");
            String roleId = roleArn instanceof Map<?, ?> m && m.get("Fn::GetAtt") instanceof List<?> g ? String.valueOf(g.get(0)) : null;
            Map<String, Object> role = properties(resources, roleId);
            Map<String, Object> statement = Map.of();
            if (map(role.get("AssumeRolePolicyDocument")).get("Statement") instanceof List<?> l && l.size() == 1) {
                statement = map(l.get(0));
            }
            String policy = null;
            if (role.get("ManagedPolicyArns") instanceof List<?> l && l.size() == 1) {
                Object sub = map(l.get(0)).get("Fn::Sub");
                policy = sub == null ? null : String.valueOf(sub).replaceAll(".*:policy/", "");
            }
            Map<String, Object> condition = map(map(statement.get("Condition")).get("StringEquals"));
            out.put(id, decision(String.valueOf(map(p.get("DeploymentController")).get("Type")),
                    (String) dc.get("Strategy"), dc.get("BakeTimeInMinutes") == null ? null : String.valueOf(dc.get("BakeTimeInMinutes")),
                    String.valueOf(map(dc.get("DeploymentCircuitBreaker")).get("Rollback")),
                    rule.get("Priority") == null ? null : String.valueOf(rule.get("Priority")), blueWeight, greenWeight,
                    green != null, (String) role.get("RoleName"),
                    (String) map(statement.get("Principal")).get("Service"),
                    condition.size() == 1 ? condition.keySet().iterator().next() : null, policy));
        });
        return out;
    }

    private static String decision(String controller, String strategy, String bake, String rollback, String priority,
            String blue, String green, boolean alternate, String roleName, String trusted, String condition, String policy) {
        return "controller " + controller + ", strategy " + strategy + ", bake " + bake + " min, rollback " + rollback
                + ", production rule " + priority + " (blue " + blue + ", green " + green + ")"
                + (alternate ? ", alternate target group" : ", NO alternate target group")
                + ", role " + roleName + " trusted by " + trusted + " on " + condition + ", policy " + policy;
    }

    private static Map<String, HclBlock> resources(String module) {
        Map<String, HclBlock> out = new TreeMap<>();
        new ParsedArtifact("main.tf", module).hclBlocks().stream().filter(b -> b.type().equals("resource"))
                .forEach(b -> out.put(b.address(), b));
        return out;
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String ref(Object o) {
        return o instanceof Map<?, ?> m && m.get("Ref") != null ? String.valueOf(m.get("Ref")) : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> resources, String id) {
        return id == null ? Map.of() : map(map(resources.get(id)).get("Properties"));
    }

    /** The blue-green lines of a result (the services whose line is not {@code rolling}). */
    static List<String> blueGreen(Map<String, String> decisions) {
        List<String> out = new ArrayList<>();
        decisions.forEach((k, v) -> {
            if (!v.equals("rolling")) {
                out.add(k + ": " + v);
            }
        });
        return out;
    }
}
