package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.emit.hcl.Body;
import dev.forge.emit.hcl.Expr;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The IAM walk of issue 13 over the container platform: every statement of the task and execution roles (module
 * inputs written in each environment root, plus the modules' own log statements) and the job scheduler's role (the
 * blue-green infrastructure role holds AWS's managed policy and no statements of its own: AwsParityBlueGreenTest). No action holds '*'; a '*' resource only where every action is in the documented list
 * ({@link dev.forge.platform.aws.IamActions#STAR_RESOURCE}); and every one of those three roles has statements in the examples (the walk
 * reached them, so it cannot pass by finding nothing).
 */
class TerraformEcsIamTest {

    @ParameterizedTest
    @ValueSource(strings = {"ai-validation-platform", "forge-platform"})
    void givenAContainerExample_whenEveryEcsPolicyIsWalked_thenNoStarActionAndNoUndocumentedStarResource(String example) {
        ResolvedSpec spec = TerraformExamples.resolve(example);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> byRole = new TreeMap<>();
        for (TfModule m : Modules.needed(spec)) {
            if (m.name().equals(EcsServiceModule.NAME) || m.name().equals(EcsJobModule.NAME)) {
                walk(m.main(), "modules/" + m.name(), problems, byRole);
            }
        }
        for (ResolvedEnv env : spec.environments()) {
            Root root = new Root(env, Modules.needed(spec));
            RootLoadBalancers.add(root);
            RootServices.add(root);
            RootJobs.add(root);
            walk(root.main, env.name(), problems, byRole);
        }
        assertThat(problems).isEmpty();
        List<String> roles = new ArrayList<>(List.of("task", "execution"));
        if (spec.environments().stream().anyMatch(e -> e.spec().jobs().values().stream().anyMatch(j -> j.schedule() != null))) {
            roles.add("scheduler");
        }
        assertThat(byRole.keySet()).as("roles whose statements the walk reached").containsAll(roles);
    }

    /** Walks every object of a body: statements are {sid, actions, resources} inputs or {Sid, Effect, Action, Resource}. */
    private static void walk(Body body, String where, List<String> problems, Map<String, Integer> byRole) {
        for (Body.Item item : body.items()) {
            if (item instanceof Body.Attribute a) {
                walk(a.value(), where + "." + a.name(), role(where, a.name()), problems, byRole);
            } else if (item instanceof Body.Nested n) {
                walk(n.block().body(), where + "/" + String.join(".", n.block().labels()), problems, byRole);
            }
        }
    }

    /** Which role the statements at {@code where}/{@code attribute} belong to. */
    private static String role(String where, String attribute) {
        if (attribute.startsWith("task_statements")) {
            return "task";
        }
        if (attribute.startsWith("execution_statements") || attribute.equals("own_log_statements")) {
            return "execution";
        }
        if (where.contains("aws_iam_role_policy.scheduler")) {
            return "scheduler";
        }
        return null;
    }

    private static void walk(Expr e, String where, String role, List<String> problems, Map<String, Integer> byRole) {
        if (e instanceof Expr.ObjectOf o) {
            Map<String, Expr> entries = new java.util.LinkedHashMap<>();
            o.entries().forEach(x -> entries.put(x.getKey() instanceof Expr.Str s ? s.value() : "?", x.getValue()));
            Expr actions = entries.containsKey("actions") ? entries.get("actions") : entries.get("Action");
            Expr resources = entries.containsKey("resources") ? entries.get("resources") : entries.get("Resource");
            if (actions != null && resources != null) {
                String effect = entries.get("Effect") instanceof Expr.Str s ? s.value() : "Allow";
                TerraformIamTest.check(effect, literals(actions), List.of(), resources, where, problems);
                if (role != null && !literals(actions).isEmpty()) {
                    byRole.merge(role, 1, Integer::sum);
                }
            }
            entries.values().forEach(v -> walk(v, where, role, problems, byRole));
        } else if (e instanceof Expr.ListOf l) {
            l.items().forEach(i -> walk(i, where, role, problems, byRole));
        } else if (e instanceof Expr.Call c) {
            c.args().forEach(a -> walk(a, where, role, problems, byRole));
        } else if (e instanceof Expr.For f) {
            walk(f.value(), where, role, problems, byRole);
        }
    }

    private static List<String> literals(Expr e) {
        List<String> out = new ArrayList<>();
        if (e instanceof Expr.Str s) {
            out.add(s.value());
        } else if (e instanceof Expr.ListOf l) {
            l.items().forEach(i -> out.addAll(literals(i)));
        }
        return out;
    }
}
