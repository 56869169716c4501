package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.str;

import dev.forge.emit.hcl.Body;
import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;
import dev.forge.emit.hcl.HclPrinter;
import dev.forge.synth.Artifact;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One reusable module under {@code modules/<name>/}: its resources ({@code main.tf}), typed and described
 * variables, prefixed outputs, pinned provider versions and a README whose tables of inputs and outputs are
 * derived from the same declarations, so they never drift.
 */
final class TfModule {

    /** One input of a module. */
    record Variable(String name, Expr type, String description, Expr defaultValue, boolean sensitive,
                    boolean ephemeral, List<Validation> validations) {
    }

    /** A validation block of a variable. */
    record Validation(Expr condition, String message) {
    }

    /** One output of a module. */
    record Output(String name, String description, Expr value, List<String> dependsOn) {
    }

    private final String name;
    private final String description;
    private final Body main = new Body();
    private final List<Variable> variables = new ArrayList<>();
    private final List<Output> outputs = new ArrayList<>();
    private final List<String> providers = new ArrayList<>(List.of(Versions.AWS));
    private final List<String> awsAliases = new ArrayList<>();

    TfModule(String name, String description) {
        this.name = name;
        this.description = description;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    Body main() {
        return main;
    }

    List<Variable> variables() {
        return List.copyOf(variables);
    }

    List<Output> outputs() {
        return List.copyOf(outputs);
    }

    TfModule resource(String type, String label, Consumer<Body> fill) {
        main.block(Hcl.resource(type, label, fill));
        return this;
    }

    TfModule data(String type, String label, Consumer<Body> fill) {
        main.block(Hcl.data(type, label, fill));
        return this;
    }

    TfModule locals(Consumer<Body> fill) {
        main.block(Hcl.block("locals", List.of(), fill));
        return this;
    }

    /** A required input. */
    TfModule required(String name, Expr type, String description, Validation... validations) {
        variables.add(new Variable(name, type, description, null, false, false, List.of(validations)));
        return this;
    }

    /** An optional input with a default ({@code Hcl.nul()} makes it nullable and optional). */
    TfModule optional(String name, Expr type, String description, Expr defaultValue, Validation... validations) {
        variables.add(new Variable(name, type, description, defaultValue, false, false, List.of(validations)));
        return this;
    }

    /** A secret input: sensitive and ephemeral, so its value is never in plan or state files. */
    TfModule secret(String name, Expr type, String description) {
        variables.add(new Variable(name, type, description, null, true, true, List.of()));
        return this;
    }

    /** An optional secret input: sensitive and ephemeral, with a default (a plan needs no value for it). */
    TfModule optionalSecret(String name, Expr type, String description, Expr defaultValue) {
        variables.add(new Variable(name, type, description, defaultValue, true, true, List.of()));
        return this;
    }

    TfModule output(String name, String description, Expr value, String... dependsOn) {
        outputs.add(new Output(name, description, value, List.of(dependsOn)));
        return this;
    }

    TfModule provider(String provider) {
        providers.add(provider);
        return this;
    }

    /** Declares a configuration alias of the aws provider the caller must pass (e.g. {@code replica}). */
    TfModule awsAlias(String alias) {
        awsAliases.add(alias);
        return this;
    }

    static Validation check(Expr condition, String message) {
        return new Validation(condition, message);
    }

    /** The module's files, under {@code modules/<name>/}. */
    List<Artifact> files() {
        String dir = "modules/" + name + "/";
        return List.of(
                Artifact.text(dir + "main.tf", HclPrinter.print(main)),
                Artifact.text(dir + "variables.tf", HclPrinter.print(variablesFile(variables))),
                Artifact.text(dir + "outputs.tf", HclPrinter.print(outputsFile())),
                Artifact.text(dir + "versions.tf", HclPrinter.print(Versions.terraformBlock(providers, awsAliases))),
                Artifact.text(dir + "README.md", ModuleReadme.render(this)));
    }

    static Body variablesFile(List<Variable> variables) {
        Body file = new Body();
        for (Variable v : variables) {
            file.block(Hcl.block("variable", List.of(v.name()), b -> {
                b.attr("description", str(v.description())).attr("type", v.type());
                if (v.defaultValue() != null) {
                    b.attr("default", v.defaultValue());
                }
                if (v.sensitive()) {
                    b.attr("sensitive", true);
                }
                if (v.ephemeral()) {
                    b.attr("ephemeral", true);
                }
                for (Validation c : v.validations()) {
                    b.block("validation", val -> val.attr("condition", c.condition()).attr("error_message", c.message()));
                }
            }));
        }
        return file;
    }

    private Body outputsFile() {
        Body file = new Body();
        for (Output o : outputs) {
            file.block(Hcl.output(o.name(), b -> {
                b.attr("description", o.description()).attr("value", o.value());
                if (!o.dependsOn().isEmpty()) {
                    b.attr("depends_on", Hcl.list(o.dependsOn().stream().map(Hcl::ref).toList()));
                }
            }));
        }
        return file;
    }
}
