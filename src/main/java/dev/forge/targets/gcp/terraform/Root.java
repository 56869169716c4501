package dev.forge.targets.gcp.terraform;

import dev.forge.emit.hcl.Body;
import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import dev.forge.model.Spec;
import dev.forge.platform.gcp.GcpNames;
import dev.forge.resolve.ResolvedEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/** One environment root being built: its module calls, inputs, outputs and the Google APIs it needs. */
final class Root {

    record Output(String name, String description, Expr value) {
    }

    final ResolvedEnv env;
    final Spec spec;
    final Body main = new Body();
    final List<Output> outputs = new ArrayList<>();
    final TreeSet<String> apis = new TreeSet<>(List.of("iam.googleapis.com"));
    final Map<String, GModule.Variable> variables = new TreeMap<>();
    final Map<String, Expr> tfvars = new java.util.LinkedHashMap<>();
    final TreeSet<String> modules = new TreeSet<>();

    Root(ResolvedEnv env) {
        this.env = env;
        this.spec = env.spec();
    }

    String app() {
        return spec.app();
    }

    String envName() {
        return env.name();
    }

    /** {@code <app>-<name>-<env>}. */
    String name(String resource) {
        return GcpNames.name(app(), resource, envName());
    }

    String region() {
        return GcpNames.region(env.environment().region());
    }

    /** A call of {@code modules/<module>} labelled {@code label}, after the project's APIs are on. */
    void module(String label, String module, Consumer<Body> fill) {
        modules.add(module);
        main.block(Hcl.module(label, b -> {
            b.attr("source", "../../modules/" + module);
            fill.accept(b);
            b.attr("depends_on", Hcl.list(Hcl.ref("google_project_service.this")));
        }));
    }

    void output(String name, String description, Expr value) {
        outputs.add(new Output(name, description, value));
    }

    static Expr project() {
        return Hcl.var("project");
    }

    static Expr region(Root r) {
        return Hcl.var("region");
    }
}
