package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import dev.forge.resolve.Connection;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import java.util.Map;
import java.util.TreeMap;

/**
 * A container's environment on ECS, from the env contract: plain values in {@code environment}; every value read
 * from a store (secrets, parameters, the database's user name and password) in {@code secrets}, injected by ECS at
 * start from its ARN, so no value is ever in the task definition, the plan or the state. The execution role's
 * statements that injection needs are {@link dev.forge.platform.aws.IamPolicies#ecsExecution}.
 */
final class EcsEnv {

    final Map<String, Expr> environment = new TreeMap<>();
    final Map<String, Expr> secrets = new TreeMap<>();

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
                    e.secrets.put(v.name(), Refs.storeArn(s, ref));
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
}
