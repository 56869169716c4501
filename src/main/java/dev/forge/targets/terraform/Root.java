package dev.forge.targets.terraform;

import dev.forge.emit.hcl.Body;
import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import dev.forge.model.Ref;
import dev.forge.model.SuppressionSpec;
import dev.forge.resolve.ResolvedEnv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/** The environment root being built: its module calls, inputs, outputs, tfvars values and extra providers. */
final class Root {

    final ResolvedEnv env;
    final List<TfModule> modules;
    final Body main = new Body();
    final Map<String, TfModule.Variable> variables = new LinkedHashMap<>();
    final Map<String, Expr> tfvars = new LinkedHashMap<>();
    final Map<String, Map.Entry<String, Expr>> outputs = new LinkedHashMap<>();
    final TreeSet<String> replicaRegions = new TreeSet<>();
    final List<String> notes = new ArrayList<>();
    /** Base URL of each API by spec name, output together as {@code api_urls}. */
    final Map<String, Expr> apiUrls = new java.util.TreeMap<>();
    /** For APIs with a custom domain: the name its DNS record points at, and that name's hosted zone. */
    final Map<String, Expr> apiDomainTargets = new java.util.TreeMap<>();
    final Map<String, Expr> apiDomainZones = new java.util.TreeMap<>();
    final TreeSet<String> dataSources = new TreeSet<>();
    /** The runtime family of each service whose image Forge builds (its container health check's client). */
    Map<String, dev.forge.model.ContainerRuntime> serviceFamilies = Map.of();
    /** The spec as written (null when unknown): tells derived values from written ones. */
    dev.forge.model.Spec written;

    private List<RootTriggers.Entry> triggers;

    /** The environment's triggers with their resource labels, worked out once (policies and monitoring ask too). */
    List<RootTriggers.Entry> triggers() {
        if (triggers == null) {
            triggers = RootTriggers.entries(env.spec());
        }
        return triggers;
    }

    Root(ResolvedEnv env, List<TfModule> modules) {
        this.env = env;
        this.modules = modules;
    }

    private java.util.Set<String> registered;

    /** The services registered in Cloud Map (platform.aws.ServiceDiscovery.registered), computed once per root. */
    java.util.Set<String> registeredServices() {
        if (registered == null) {
            registered = dev.forge.platform.aws.ServiceDiscovery.registered(env);
        }
        return registered;
    }

    /** A module call: {@code module "label" { source = "../../modules/<module>" ... }}. */
    void module(String label, String module, Consumer<Body> fill) {
        main.block(Hcl.module(label, b -> {
            b.attr("source", "../../modules/" + module).blank();
            fill.accept(b);
        }));
    }

    /**
     * The module call of one spec resource, preceded by a comment for each policy suppression that names it,
     * so a reviewer reading the Terraform sees which guardrail was waived there and why (the report lists
     * them too; whether one has expired is the checker's call, made at check time).
     */
    void module(Ref resource, String module, Consumer<Body> fill) {
        var policy = env.spec().policy();
        if (policy != null && policy.suppressions() != null) {
            for (SuppressionSpec sup : policy.suppressions()) {
                if (resource.equals(sup.resource())) {
                    main.comment(suppressionComment(sup, resource.toString()));
                }
            }
        }
        module(Refs.moduleLabel(resource), module, fill);
    }

    /** {@code forge: FORGE-DDB-002 suppressed for table:x: <reason> (until <date>)}. */
    static String suppressionComment(SuppressionSpec sup, String scope) {
        return "forge: " + sup.rule() + " suppressed for " + scope + ": " + sup.reason()
                + (sup.expires() == null ? "" : " (until " + sup.expires() + ")");
    }

    /** Declares a root input (once). */
    void variable(String name, Expr type, String description, Expr defaultValue) {
        variables.putIfAbsent(name, new TfModule.Variable(name, type, description, defaultValue, false, false, List.of()));
    }

    /** A secret root input: sensitive, ephemeral and optional (null: the value is managed outside Terraform). */
    void secretVariable(String name, String description) {
        variables.putIfAbsent(name, new TfModule.Variable(name, Types.STRING, description, Hcl.nul(), true, true,
                List.of()));
    }

    /** A map output by spec name; none when the map is empty. */
    void output(String name, String description, Map<String, Expr> byName) {
        if (!byName.isEmpty()) {
            output(name, description, dev.forge.emit.hcl.Hcl.obj(byName));
        }
    }

    void output(String name, String description, Expr value) {
        outputs.put(name, Map.entry(description, value));
    }

    /** A data source of the root, declared once ({@code aws_caller_identity}, {@code aws_partition}, {@code aws_region}). */
    Expr data(String type, String attribute) {
        dataSources.add(type);
        return Hcl.ref("data." + type + ".current." + attribute);
    }

    static String label(String name) {
        return name.replace('-', '_');
    }

    static Map<String, Expr> sorted(Map<String, Expr> m) {
        return new TreeMap<>(m);
    }
}
