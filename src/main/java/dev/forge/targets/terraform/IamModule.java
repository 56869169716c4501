package dev.forge.targets.terraform;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.forList;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.nul;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static dev.forge.emit.hcl.Hcl.var;
import static dev.forge.targets.terraform.TfModule.check;

import dev.forge.emit.hcl.Expr;
import dev.forge.emit.hcl.Hcl;

/**
 * {@code modules/iam}: one execution role, trusted by one AWS service, with one inline policy whose statements
 * the caller derives from {@code uses:} (exact actions on exact ARNs). The module refuses a "*" action.
 */
final class IamModule {

    static final String NAME = "iam";

    private IamModule() {
    }

    static TfModule build() {
        TfModule m = new TfModule(NAME, "An IAM execution role trusted by one AWS service (Lambda by default), with one"
                + " inline least-privilege policy made of the statements passed in (exact actions on exact ARNs; statements"
                + " with a condition, such as kms:ViaService, go in `conditional_statements`). A \"*\" action is refused.");
        Expr statementType = STATEMENTS;
        Expr conditionalType = Types.list(Types.object("sid", Types.STRING, "actions", Types.STRINGS, "resources", Types.STRINGS,
                "condition", Types.map(Types.map(Types.STRINGS))));
        m.required("name", Types.STRING, "Name of the role.",
                check(op(call("length", var("name")), "<=", Hcl.num(64)), "name must be at most 64 characters."));
        m.optional("description", Types.STRING, "What the role is for.", str(""));
        m.optional("trusted_service", Types.STRING, "Service principal allowed to assume the role.", str("lambda.amazonaws.com"));
        m.required("statements", statementType, "Allow statements: sid, exact actions, exact resource ARNs.",
                noStar("statements"));
        m.optional("conditional_statements", conditionalType, "Allow statements with an IAM condition block.", list(),
                noStar("conditional_statements"));
        m.optional("permissions_boundary", Types.STRING, "ARN of a permissions boundary policy (null for none).", nul());
        m.optional("tags", Types.STRING_MAP, "Tags added to the provider's default tags.", obj().build());
        m.resource("aws_iam_role", "this", b -> b
                .attr("name", var("name"))
                .attr("description", var("description"))
                .attr("permissions_boundary", var("permissions_boundary"))
                .attr("assume_role_policy", call("jsonencode", obj()
                        .put("Version", "2012-10-17")
                        .put("Statement", list(obj()
                                .put("Sid", "TrustService")
                                .put("Effect", "Allow")
                                .put("Principal", obj().put("Service", var("trusted_service")).build())
                                .put("Action", "sts:AssumeRole").build())).build()))
                .attr("tags", var("tags")));
        m.locals(l -> l
                .attr("statements", forList("s", var("statements"), statement(false)))
                .attr("conditional_statements", forList("s", var("conditional_statements"), statement(true))));
        m.resource("aws_iam_role_policy", "this", b -> b
                .attr("name", tmpl(var("name"), "-least-privilege"))
                .attr("role", ref("aws_iam_role.this.id"))
                .attr("policy", call("jsonencode", obj()
                        .put("Version", "2012-10-17")
                        .put("Statement", call("concat", ref("local.statements"), ref("local.conditional_statements")))
                        .build())));
        m.output("role_arn", "ARN of the role (available once its policy is attached).", ref("aws_iam_role.this.arn"),
                "aws_iam_role_policy.this");
        m.output("role_name", "Name of the role.", ref("aws_iam_role.this.name"));
        return m;
    }

    private static Expr statement(boolean conditional) {
        Hcl.Obj o = obj().put("Sid", ref("s.sid")).put("Effect", "Allow").put("Action", ref("s.actions"))
                .put("Resource", ref("s.resources"));
        return (conditional ? o.put("Condition", ref("s.condition")) : o).build();
    }

    /** The type of a list of statements: sid, exact actions, exact resources. */
    static final Expr STATEMENTS = Types.list(Types.object("sid", Types.STRING, "actions", Types.STRINGS, "resources",
            Types.STRINGS));

    /** {@code jsonencode} of a policy document whose statements are {@code statements} (sid, actions, resources). */
    static Expr policy(Expr statements) {
        return call("jsonencode", obj().put("Version", "2012-10-17")
                .put("Statement", forList("s", statements, statement(false))).build());
    }

    static TfModule.Validation noStar(String variable) {
        return check(call("alltrue", forList("s", var(variable), call("alltrue",
                        forList("a", ref("s.actions"), op(op(ref("a"), "!=", str("*")), "&&",
                                call("can", call("regex", str("^[a-z0-9-]+:[A-Za-z0-9]+$"), ref("a")))))))),
                "Every action must be one exact service:Action (no \"*\").");
    }

    private static Expr op(Expr l, String o, Expr r) {
        return Hcl.op(l, o, r);
    }
}
