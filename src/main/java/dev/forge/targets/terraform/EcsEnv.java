package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.SecretStore;
import dev.forge.model.Spec;
import dev.forge.resolve.Connection;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A container's environment on ECS, from the env contract: plain values in {@code environment}; every value read
 * from a store (secrets, parameters, the database's user name and password) in {@code secrets}, injected by ECS at
 * start from its ARN, so no value is ever in the task definition, the plan or the state. Also the execution-role
 * statements that injection needs, and the ECR pull of a built image.
 */
final class EcsEnv {

    final Map<String, Expr> environment = new TreeMap<>();
    final Map<String, Expr> secrets = new TreeMap<>();
    private final Set<Expr> secretArns = new LinkedHashSet<>();
    private final Set<Expr> parameterArns = new LinkedHashSet<>();

    private EcsEnv() {
    }

    static EcsEnv of(Root root, Ref principal) {
        EcsEnv e = new EcsEnv();
        Spec s = root.env.spec();
        for (EnvVar v : EnvContract.of(root.env, principal)) {
            v.render(new EnvVar.Renderer<Void>() {
                @Override
                public Void text(String text) {
                    e.environment.put(v.name(), str(text));
                    return null;
                }

                @Override
                public Void environmentName() {
                    e.environment.put(v.name(), var("environment"));
                    return null;
                }

                @Override
                public Void storeValue(Ref ref) {
                    Expr arn = Refs.storeArn(s, ref);
                    e.secrets.put(v.name(), arn);
                    boolean sm = ref.kind() == Kind.SECRET && s.secrets().get(ref.name()).store() == SecretStore.SECRETS_MANAGER;
                    (sm ? e.secretArns : e.parameterArns).add(arn);
                    return null;
                }

                @Override
                public Void attribute(Ref resource, Connection.Attribute attribute, boolean fromUses) {
                    if (attribute == Connection.Attribute.USERNAME || attribute == Connection.Attribute.PASSWORD) {
                        // the database's credentials secret holds JSON keys username and password
                        Expr arn = Refs.connection(root, new Connection(credentialsVariable(v.name()), resource,
                                Connection.Attribute.CREDENTIALS_SECRET_ARN));
                        e.secrets.put(v.name(), tmpl(arn, attribute == Connection.Attribute.USERNAME ? ":username::"
                                : ":password::"));
                        e.secretArns.add(arn);
                    } else {
                        e.environment.put(v.name(), Refs.connection(root, new Connection(v.name(), resource, attribute)));
                    }
                    return null;
                }
            });
        }
        return e;
    }

    /** MAIN_DATABASE_USER and MAIN_DATABASE_PASSWORD read the secret MAIN_DATABASE_SECRET_ARN names. */
    private static String credentialsVariable(String variable) {
        int cut = variable.lastIndexOf('_');
        return (cut < 0 ? variable : variable.substring(0, cut)) + "_SECRET_ARN";
    }

    /** The execution role's statements: inject these secrets, pull this image (null: a public image). */
    List<Policies.Statement> executionStatements(Expr repositoryArn) {
        List<Policies.Statement> out = new ArrayList<>();
        if (repositoryArn != null) {
            out.add(new Policies.Statement("GetRegistryToken", IamActions.ECR_AUTH, dev.forge.emit.hcl.Hcl.strings(List.of("*")), null));
            out.add(new Policies.Statement("PullOwnImage", IamActions.ECR_PULL, list(repositoryArn), null));
        }
        if (!secretArns.isEmpty()) {
            out.add(new Policies.Statement("InjectSecrets", IamActions.ECS_INJECT_SECRET, list(List.copyOf(secretArns)), null));
        }
        if (!parameterArns.isEmpty()) {
            out.add(new Policies.Statement("InjectParameters", IamActions.ECS_INJECT_PARAMETER, list(List.copyOf(parameterArns)), null));
        }
        return out;
    }
}
