package dev.forge.emit.hcl;

import static dev.forge.emit.hcl.Hcl.call;
import static dev.forge.emit.hcl.Hcl.list;
import static dev.forge.emit.hcl.Hcl.obj;
import static dev.forge.emit.hcl.Hcl.ref;
import static dev.forge.emit.hcl.Hcl.str;
import static dev.forge.emit.hcl.Hcl.tmpl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forge.testkit.TerraformFmt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HclPrinterTest {

    private static Body sample() {
        Body file = new Body();
        file.block(Hcl.resource("aws_s3_bucket", "this", b -> b
                .attr("count", Hcl.cond(Hcl.op(ref("var.create"), "==", Hcl.bool(true)), Hcl.num(1), Hcl.num(0)))
                .blank()
                .attr("bucket", tmpl(ref("var.name"), "-${literal}-", ref("var.env")))
                .attr("force_destroy", false)
                .comment("a comment breaks the alignment")
                .attr("tags", obj().put("Name", "x").put("cost-centre", "cc 1").put("a b", "quoted key").build())
                .attr("policy", call("jsonencode", obj().put("Version", "2012-10-17")
                        .put("Statement", list(obj().put("Effect", "Allow").put("Action", list(str("s3:GetObject"))).build()))
                        .build()))
                .block("versioning", v -> v.attr("enabled", true))
                .dynamic("rule", ref("var.rules"), c -> c.attr("id", ref("rule.value.id")))));
        file.block(Hcl.data("aws_region", "current", b -> { }));
        file.block(Hcl.block("locals", List.of(), b -> b
                .attr("only", tmpl(ref("var.x")))
                .attr("map", Hcl.forMap("k", "v", ref("var.m"), ref("k"), ref("v.arn"), null))
                .attr("list", Hcl.forList("v", ref("var.l"), ref("v.id")))));
        return file;
    }

    @Test
    void givenABody_whenPrinted_thenAttributesAlignAndBlocksAreSeparated() {
        String text = HclPrinter.print(sample());

        assertThat(text).startsWith("""
                resource "aws_s3_bucket" "this" {
                  count = var.create == true ? 1 : 0

                  bucket        = "${var.name}-$${literal}-${var.env}"
                  force_destroy = false
                  # a comment breaks the alignment
                  tags = {
                    Name        = "x"
                    cost-centre = "cc 1"
                    "a b"       = "quoted key"
                  }
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [
                      {
                        Effect = "Allow"
                        Action = ["s3:GetObject"]
                      },
                    ]
                  })

                  versioning {
                    enabled = true
                  }
                """);
        assertThat(text).contains("data \"aws_region\" \"current\" {}\n");
        assertThat(text).contains("  only = var.x\n").contains("{ for k, v in var.m : k => v.arn }")
                .contains("[for v in var.l : v.id]");
        assertThat(text).endsWith("}\n").doesNotContain("\r").doesNotContain(" \n");
    }

    @Test
    void givenAStringWithSpecialCharacters_whenPrinted_thenItIsEscaped() {
        assertThat(HclPrinter.inline(str("a\"b\\c\n${x} %{y} $z"))).isEqualTo("\"a\\\"b\\\\c\\n$${x} %%{y} $z\"");
    }

    @Test
    void givenABadTraversal_whenBuilt_thenItIsRefused() {
        assertThatThrownBy(() -> ref("var.x; rm -rf")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenTheSample_whenTerraformFmtChecksIt_thenNothingChanges(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("main.tf");
        Files.writeString(file, HclPrinter.print(sample()));

        int exit = TerraformFmt.check(dir);

        assertThat(exit).as(TerraformFmt.lastOutput()).isZero();
    }
}
