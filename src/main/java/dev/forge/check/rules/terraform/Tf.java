package dev.forge.check.rules.terraform;

import dev.forge.check.Violation;
import dev.forge.check.artifact.HclBlock;
import dev.forge.check.artifact.ParsedArtifact;
import java.util.List;
import java.util.Optional;

/** Helpers for rules over emitted Terraform: resources of a type, and the blocks that reference them. */
final class Tf {

    private Tf() {
    }

    static boolean isTerraform(String path) {
        return path.endsWith(".tf");
    }

    static List<HclBlock> resources(ParsedArtifact a, String type) {
        return a.hclBlocks().stream().filter(b -> b.isResource(type)).toList();
    }

    /** The first resource of {@code type} whose {@code attribute} refers to {@code target} (e.g. bucket = aws_s3_bucket.this.id). */
    static Optional<HclBlock> companion(ParsedArtifact a, String type, String attribute, HclBlock target) {
        return resources(a, type).stream()
                .filter(b -> b.attribute(attribute).map(v -> refersTo(v.value(), target)).orElse(false))
                .findFirst();
    }

    /** Whether {@code text} refers to {@code target}: {@code aws_x.y.attr}, or {@code aws_x.y[0].attr} when it has count. */
    static boolean refersTo(String text, HclBlock target) {
        return text.contains(target.address() + ".") || text.contains(target.address() + "[");
    }

    /** True when the attribute is written and equals {@code expected} (quotes ignored). */
    static boolean is(HclBlock b, String attribute, String expected) {
        return b.attribute(attribute).map(v -> v.unquoted().equals(expected)).orElse(false);
    }

    static Violation at(HclBlock b, String message) {
        return Violation.line(b.line(), 1, b.address(), message);
    }

    static Violation at(HclBlock b, String attribute, String message) {
        return b.attribute(attribute).map(v -> Violation.line(v.line(), v.column(), b.address(), message))
                .orElse(at(b, message));
    }
}
