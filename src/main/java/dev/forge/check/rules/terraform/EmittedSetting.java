package dev.forge.check.rules.terraform;

import dev.forge.check.Result;
import dev.forge.check.Violation;
import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One setting checked where terraform-aws writes it: on the module's resource (which must set the argument, and not
 * to a literal that breaks the rule: a variable is fine, its value is in the root) and in every environment root's
 * call of that module (the literal value the environment gives it). A rule about a database's multi-AZ standby thus
 * reads both the {@code aws_db_instance} of {@code modules/rds_postgres} and {@code module "database_x"} of each
 * {@code environments/<env>/main.tf}, whose folder gives the finding its environment's severity.
 *
 * @param resourceType the resource in the module ({@code aws_db_instance})
 * @param module the module directory its calls name in {@code source} ({@code rds_postgres})
 * @param checks the arguments and what each must hold
 */
public record EmittedSetting(String resourceType, String module, List<Check> checks) {

    /**
     * One argument: its name on the resource and in the module call, and what its literal value must satisfy.
     *
     * @param what what the value must be, for the message ({@code true}, {@code at least 7})
     */
    public record Check(String resourceArgument, String moduleArgument, Predicate<String> ok, String what) {
    }

    /** The argument must be {@code true}. */
    public static Check isTrue(String resourceArgument, String moduleArgument) {
        return new Check(resourceArgument, moduleArgument, "true"::equals, "true");
    }

    /** The argument must be a number of at least {@code min}. */
    public static Check atLeast(String resourceArgument, String moduleArgument, long min) {
        return new Check(resourceArgument, moduleArgument, v -> number(v) >= min, "at least " + min);
    }

    public static boolean appliesTo(String path) {
        return Tf.isTerraform(path);
    }

    public Result check(ParsedArtifact a) {
        List<HclBlock> resources = Tf.resources(a, resourceType);
        List<HclBlock> calls = a.hclBlocks().stream().filter(b -> b.type().equals("module")
                && b.attribute("source").map(s -> s.unquoted().endsWith("/modules/" + module)).orElse(false)).toList();
        if (resources.isEmpty() && calls.isEmpty()) {
            return Result.notApplicable();
        }
        List<Violation> out = new ArrayList<>();
        for (HclBlock r : resources) {
            for (Check c : checks) {
                var v = r.attribute(c.resourceArgument());
                if (v.isEmpty()) {
                    out.add(Tf.at(r, r.address() + " does not set " + c.resourceArgument()));
                } else if (isLiteral(v.get().value()) && !c.ok().test(v.get().unquoted())) {
                    out.add(Tf.at(r, c.resourceArgument(), r.address() + " sets " + c.resourceArgument() + " = "
                            + v.get().value() + ", not " + c.what()));
                }
            }
        }
        for (HclBlock call : calls) {
            String who = "module." + call.labels().get(0);
            for (Check c : checks) {
                if (c.moduleArgument() == null) {
                    continue;
                }
                var v = call.attribute(c.moduleArgument());
                if (v.isEmpty() || !c.ok().test(v.get().unquoted())) {
                    String got = v.map(HclBlock.Attribute::value).orElse("nothing (the module's default)");
                    out.add(v.isPresent() ? Violation.line(v.get().line(), v.get().column(), who, who + " sets "
                            + c.moduleArgument() + " = " + got + ", not " + c.what())
                            : Violation.line(call.line(), 1, who, who + " sets no " + c.moduleArgument()
                            + " (the module's default applies), not " + c.what()));
                }
            }
        }
        return Result.of(out);
    }

    private static boolean isLiteral(String value) {
        return value.equals("true") || value.equals("false") || !value.isEmpty() && Character.isDigit(value.charAt(0));
    }

    private static long number(String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }
}
