package dev.forge.targets.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forge.emit.hcl.Body;
import dev.forge.emit.hcl.Expr;
import dev.forge.resolve.ResolvedEnv;
import dev.forge.resolve.ResolvedSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every policy document Forge emits (the module ASTs, each function's statements in every
 * environment root, and the root's trigger resources: schedule roles, queue policies) and fails on a "*"
 * action in an Allow statement, and on a "*" resource outside the documented list ({@link dev.forge.platform.aws.IamActions#STAR_RESOURCE}).
 */
class TerraformIamTest {

    static List<String> examples() {
        return TerraformExamples.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_whenEveryPolicyIsWalked_thenNoStarActionAndNoUndocumentedStarResource(String example) {
        ResolvedSpec spec = TerraformExamples.resolve(example);
        List<String> problems = new ArrayList<>();
        int statements = 0;
        for (TfModule m : Modules.needed(spec)) {
            statements += walk(m.main(), "modules/" + m.name(), problems);
        }
        for (ResolvedEnv env : spec.environments()) {
            Root root = new Root(env, Modules.needed(spec));
            for (String fn : env.spec().functions().keySet()) {
                for (Policies.Statement s : Policies.of(root, fn)) {
                    statements++;
                    check("Allow", s.actions(), List.of(), s.resources(), env.name() + "/" + fn + "/" + s.sid(), problems);
                }
            }
            // the root's own policies: schedule roles, queue policies for topics (issue 11)
            RootTriggers.add(root);
            statements += walk(root.main, env.name() + "/main.tf", problems);
        }
        assertThat(statements).isPositive();
        assertThat(problems).isEmpty();
    }

    @Test
    void givenAStatementWithAStarAction_whenChecked_thenItIsReported() {
        List<String> problems = new ArrayList<>();

        check("Allow", List.of("s3:*"), List.of(), dev.forge.emit.hcl.Hcl.list(dev.forge.emit.hcl.Hcl.str("arn:x")), "t", problems);
        check("Allow", List.of("s3:GetObject"), List.of(), dev.forge.emit.hcl.Hcl.list(dev.forge.emit.hcl.Hcl.str("*")), "u", problems);

        assertThat(problems).containsExactly("t: action 's3:*'", "u: resource '*' for [s3:GetObject]");
    }

    /** Walks every object in a body; returns how many policy statements it found. */
    private static int walk(Body body, String where, List<String> problems) {
        int n = 0;
        for (Body.Item item : body.items()) {
            if (item instanceof Body.Attribute a) {
                n += walk(a.value(), where, problems);
            } else if (item instanceof Body.Nested nested) {
                n += walk(nested.block().body(), where + "/" + String.join(".", nested.block().labels()), problems);
            }
        }
        return n;
    }

    private static int walk(Expr e, String where, List<String> problems) {
        int n = 0;
        if (e instanceof Expr.ObjectOf o) {
            Map<String, Expr> entries = new java.util.LinkedHashMap<>();
            o.entries().forEach(x -> entries.put(x.getKey() instanceof Expr.Str s ? s.value() : "?", x.getValue()));
            if (entries.containsKey("Action") && entries.containsKey("Effect")) {
                n++;
                String effect = entries.get("Effect") instanceof Expr.Str s ? s.value() : "?";
                check(effect, literals(entries.get("Action")), List.of(), entries.get("Resource"), where, problems);
            }
            for (Expr v : entries.values()) {
                n += walk(v, where, problems);
            }
        } else if (e instanceof Expr.ListOf l) {
            for (Expr item : l.items()) {
                n += walk(item, where, problems);
            }
        } else if (e instanceof Expr.Call c) {
            for (Expr a : c.args()) {
                n += walk(a, where, problems);
            }
        } else if (e instanceof Expr.For f) {
            n += walk(f.value(), where, problems);
        }
        return n;
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

    /**
     * Allow statements: no action with '*'; resource "*" only when every action is in the documented list.
     * Deny statements narrow access (the TLS-only bucket policy denies s3:* without TLS) and are not grants.
     */
    static void check(String effect, List<String> actions, List<String> unused, Expr resources, String where, List<String> problems) {
        if (!effect.equals("Allow")) {
            return;
        }
        for (String a : actions) {
            if (a.contains("*")) {
                problems.add(where + ": action '" + a + "'");
            }
        }
        if (literals(resources).contains("*") && !actions.stream().allMatch(dev.forge.platform.aws.IamActions.STAR_RESOURCE::containsKey)) {
            problems.add(where + ": resource '*' for " + actions);
        }
    }
}
