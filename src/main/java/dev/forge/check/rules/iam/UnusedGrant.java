package dev.forge.check.rules.iam;

import dev.forge.check.EnvironmentRule;
import dev.forge.check.Levels;
import dev.forge.check.Result;
import dev.forge.check.RuleInfo;
import dev.forge.check.Violation;
import dev.forge.diag.Severity;
import dev.forge.model.Kind;
import dev.forge.model.Use;
import dev.forge.resolve.Connection;
import dev.forge.resolve.Connections;
import dev.forge.resolve.ResolvedEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** FORGE-IAM-003: no grant the principal cannot be using (its connection variables all overridden by literals). */
public final class UnusedGrant implements EnvironmentRule {

    static final RuleInfo INFO = new RuleInfo("FORGE-IAM-003", Levels.always(Severity.WARNING),
            "No unused grants",
            "Each `uses:` entry grants exact permissions and hands the code the resource's name in a connection"
                    + " variable. When the function or service overrides every one of those variables with a literal"
                    + " in `env:`, its code cannot be reaching the granted resource through Forge: the permission is"
                    + " unused (or the literal points somewhere else), and unused permissions are what an attacker uses.",
            "Delete the `uses:` entry, or delete the literal `env:` value that hides the connection variable.",
            List.of("AWS IAM Access Analyzer (unused access)", "cdk-nag AwsSolutions-IAM5"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Result check(ResolvedEnv env) {
        List<Violation> out = new ArrayList<>();
        env.spec().functions().forEach((n, f) -> scan(env, Kind.FUNCTION, n, f.uses(), f.env(), out));
        env.spec().services().forEach((n, s) -> scan(env, Kind.SERVICE, n, s.uses(), s.env(), out));
        return Result.of(out);
    }

    private static void scan(ResolvedEnv env, Kind kind, String name, List<Use> uses, Map<String, String> vars,
                             List<Violation> out) {
        for (int i = 0; uses != null && vars != null && i < uses.size(); i++) {
            List<Connection> conns = Connections.forResource(env.spec(), uses.get(i).ref());
            if (!conns.isEmpty() && conns.stream().allMatch(c -> vars.containsKey(c.variable()))) {
                out.add(Violation.at(kind.section() + "." + name + ".uses[" + i + "]", kind.spelling() + ":" + name,
                        kind.spelling() + " '" + name + "' is granted " + uses.get(i) + " but overrides its variable(s) "
                                + conns.stream().map(Connection::variable).toList() + " with literals"));
            }
        }
    }
}
