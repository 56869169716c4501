package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Ref;
import dev.forge.platform.aws.IamPolicies;
import dev.forge.platform.aws.IamStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a service's or job's two roles, from the shared derivation ({@link IamPolicies#grants} for the
 * task role, {@link IamPolicies#ecsExecution} for the execution role: the same statements terraform-aws renders),
 * rendered by {@link IamRender} (a built image's repository is the stack's own, {@link RepositoriesPart}).
 */
final class TaskPolicies {

    private TaskPolicies() {
    }

    /** The task role's statements: exactly what the principal's {@code uses:} grant. */
    static List<YamlMap> task(Stack stack, Ref principal) {
        return render(stack, IamPolicies.grants(stack.env(), principal));
    }

    /** The execution role's statements: write its own logs, then pull its image and inject its secrets (shared). */
    static List<YamlMap> execution(Stack stack, Ref principal, boolean ownImage) {
        List<YamlMap> out = new ArrayList<>();
        out.add(YamlMap.of("Sid", "WriteOwnLogs", "Effect", "Allow", "Action", YamlList.of("logs:CreateLogStream",
                "logs:PutLogEvents"), "Resource", YamlList.of(Fn.sub("${" + Stack.logicalId(principal, "LogGroup")
                + ".Arn}:log-stream:*"))));
        out.addAll(render(stack, IamPolicies.ecsExecution(stack.env(), principal, ownImage)));
        return out;
    }

    static List<YamlMap> render(Stack stack, List<IamStatement> statements) {
        return statements.stream().map(st -> IamRender.statement(stack, st)).toList();
    }
}
