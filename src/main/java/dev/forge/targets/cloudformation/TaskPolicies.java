package dev.forge.targets.cloudformation;

import dev.forge.emit.yaml.YamlList;
import dev.forge.emit.yaml.YamlMap;
import dev.forge.model.Ref;
import dev.forge.platform.aws.IamPolicies;
import dev.forge.platform.aws.IamStatement;
import dev.forge.platform.aws.IamValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a service's or job's two roles, from the shared derivation ({@link IamPolicies#grants} for the
 * task role, {@link IamPolicies#ecsExecution} for the execution role: the same statements terraform-aws renders),
 * rendered by {@link IamRender}.
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

    /**
     * The statements in CloudFormation's terms ({@link IamRender}), but for a built image's repository: it lives outside
     * the stack ({@link EcsTasks#repositoryArn}), so its ARN is built from its name.
     */
    static List<YamlMap> render(Stack stack, List<IamStatement> statements) {
        List<YamlMap> out = new ArrayList<>();
        for (IamStatement st : statements) {
            List<IamValue> own = st.resources().stream().filter(v -> v instanceof IamValue.Attr a
                    && a.attribute() == IamValue.Attribute.REPOSITORY_ARN).toList();
            if (own.isEmpty()) {
                out.add(IamRender.statement(stack, st));
                continue;
            }
            YamlMap m = IamRender.statement(stack, new IamStatement(st.sid(), st.actions(), st.resources().stream()
                    .filter(v -> !own.contains(v)).toList(), st.conditions()));
            YamlList resources = (YamlList) m.get("Resource");
            own.forEach(v -> resources.add(EcsTasks.repositoryArn(stack, ((IamValue.Attr) v).resource())));
            out.add(m);
        }
        return out;
    }
}
