package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.index;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import dev.forge.model.FunctionSpec;
import dev.forge.model.Kind;
import dev.forge.model.Ref;
import dev.forge.model.Spec;
import dev.forge.platform.aws.AwsDefaults;
import dev.forge.resolve.Connection;
import dev.forge.resolve.Connections;
import dev.forge.resolve.EnvContract;
import dev.forge.resolve.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Each function's execution role (module iam) and function (module lambda) in an environment root. */
final class RootFunctions {

    private RootFunctions() {
    }

    static void add(Root root) {
        Spec s = root.env.spec();
        new TreeMap<>(s.functions()).forEach((name, f) -> {
            Ref self = new Ref(Kind.FUNCTION, name);
            String physical = root.env.naming().base(name);
            List<Policies.Statement> statements = Policies.of(root, name);
            root.module("role_" + Root.label(name), IamModule.NAME, b -> {
                b.attr("name", physical).attr("description", "Execution role of function " + name);
                b.attr("statements", list(statements.stream().filter(x -> x.condition() == null).map(Policies.Statement::toHcl).toList()));
                List<Expr> conditional = statements.stream().filter(x -> x.condition() != null).map(Policies.Statement::toHcl).toList();
                if (!conditional.isEmpty()) {
                    b.attr("conditional_statements", list(conditional));
                }
            });
            root.module(self, LambdaModule.NAME, b -> function(root, b, name, f, physical));
        });
        codeDeploy(root);
    }

    /**
     * platform.aws.LambdaDeployments: the CodeDeploy application, its role and a deployment group per function whose
     * alias CodeDeploy shifts.
     */
    private static void codeDeploy(Root root) {
        List<String> shifted = dev.forge.platform.aws.LambdaDeployments.of(root.env.spec());
        if (shifted.isEmpty()) {
            return;
        }
        Hcl.Obj groups = Hcl.obj();
        for (String n : shifted) {
            groups.put(n, Hcl.obj()
                    .put("deployment_group_name", dev.forge.platform.aws.LambdaDeployments.group(root.env, n))
                    .put("deployment_config_name", dev.forge.platform.aws.LambdaDeployments.config(
                            root.env.spec().functions().get(n).deployment()))
                    .put("alarm_names", dev.forge.emit.hcl.Hcl.strings(dev.forge.platform.aws.LambdaDeployments.alarms(root.env, n)))
                    .build());
        }
        boolean alarms = shifted.stream().anyMatch(n -> !dev.forge.platform.aws.LambdaDeployments.alarms(root.env, n).isEmpty());
        root.module("lambda_deployments", LambdaDeploymentsModule.NAME, b -> {
            b.attr("application_name", dev.forge.platform.aws.LambdaDeployments.application(root.env))
                    .attr("role_name", dev.forge.platform.aws.LambdaDeployments.role(root.env))
                    .attr("groups", groups.build());
            if (alarms) {
                b.attr("depends_on", list(ref("module.monitoring"))); // the alarms the groups name exist first
            }
        });
    }

    private static void function(Root root, dev.forge.emit.hcl.Body b, String name, FunctionSpec f, String physical) {
        b.attr("function_name", physical);
        if (f.description() != null) {
            b.attr("description", f.description());
        }
        b.attr("role_arn", ref("module.role_" + Root.label(name) + ".role_arn"));
        if (f.image() != null) {
            b.attr("package_type", "Image");
            b.attr("image_uri", f.image().build() != null
                    ? tmpl(index(ref("module.ecr.repository_urls"), str(name)), ":", var("image_tag"))
                    : str(f.image().ref()));
            if (f.image().build() != null) {
                b.attr("ci_deploys_code", true); // CI builds and pushes its image, then moves `live`
            }
        } else {
            b.attr("runtime", f.runtime().spelling()).attr("handler", f.handler());
            b.attr("source_dir", tmpl(var("source_root"), "/" + trimSlashes(f.source())));
            if (dev.forge.platform.aws.LambdaDeployments.of(root.env.spec()).contains(name)) {
                b.attr("ci_deploys_code", true); // CodeDeploy shifts its `live` (platform.aws.LambdaDeployments)
            }
        }
        b.attr("architecture", f.architecture().spelling())
                .attr("memory_size", f.memory().mebibytes())
                .attr("timeout", f.timeout().seconds())
                .attr("tracing", Boolean.TRUE.equals(f.tracing()))
                .attr("create_dead_letter_queue", Boolean.TRUE.equals(f.dlq()))
                .attr("log_retention_in_days", AwsDefaults.of(root.env).logRetentionDays());
        if (f.reservedConcurrency() != null) {
            b.attr("reserved_concurrency", f.reservedConcurrency());
        }
        if (f.provisionedConcurrency() != null && f.provisionedConcurrency() > 0) {
            b.attr("provisioned_concurrency", f.provisionedConcurrency());
        }
        List<Connection> connections = Connections.of(root.env, new Ref(Kind.FUNCTION, name));
        if (Boolean.TRUE.equals(f.vpc())) {
            // The network module's private subnets and this function's security group (its rules: module network).
            b.attr("subnet_ids", ref("module.network.private_subnet_ids"))
                    .attr("security_group_ids", list(RootNetwork.securityGroup(new Ref(Kind.FUNCTION, name))));
        }
        Map<String, Expr> env = new TreeMap<>();
        for (EnvVar v : EnvContract.of(root.env, new Ref(Kind.FUNCTION, name))) {
            env.put(v.name(), v.render(new EnvVar.Renderer<Expr>() {
                @Override
                public Expr text(String text) {
                    return str(text);
                }

                @Override
                public Expr environmentName() {
                    return var("environment");
                }

                /** Lambda cannot inject a secret's value: the function gets its ARN or parameter name (the contract). */
                @Override
                public Expr storeValue(Ref ref) {
                    return Refs.storeName(root.env.spec(), ref);
                }

                @Override
                public Expr attribute(Ref resource, Connection.Attribute attribute, boolean fromUses) {
                    return Refs.connection(root, new Connection(v.name(), resource, attribute));
                }
            }));
        }
        b.attr("environment_variables", Hcl.obj(env));
    }

    private static String trimSlashes(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

}
