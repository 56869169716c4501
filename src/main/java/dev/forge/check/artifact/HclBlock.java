package dev.forge.check.artifact;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HCL block ({@code resource "aws_s3_bucket" "this" { ... }}) or object attribute ({@code tags = {...}}),
 * with its attributes as written (the raw text of each value's first line) and nested blocks.
 *
 * @param type the block type ({@code resource}) or the attribute name for an object value
 * @param labels the quoted labels ({@code aws_s3_bucket}, {@code this})
 * @param line the 1-based line of the header
 * @param endLine the 1-based line of the closing brace
 * @param fileLines every line of the file, shared by all its blocks ({@link #text} is cut from them on demand)
 */
public record HclBlock(String type, List<String> labels, int line, int endLine, Map<String, Attribute> attributes,
                       List<HclBlock> children, List<String> fileLines) {

    /** The whole block as written, for rules that search it. */
    public String text() {
        return String.join("\n", fileLines.subList(line - 1, endLine));
    }

    /** An attribute's raw value (first line, trimmed, without a trailing comment) and where it was written. */
    public record Attribute(String value, int line, int column) {

        /** The value without quotes: {@code "PAY_PER_REQUEST"} gives {@code PAY_PER_REQUEST}. */
        public String unquoted() {
            return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1) : value;
        }
    }

    public boolean isResource(String resourceType) {
        return type.equals("resource") && !labels.isEmpty() && labels.get(0).equals(resourceType);
    }

    /** {@code aws_s3_bucket.this} for a resource block. */
    public String address() {
        return labels.size() >= 2 ? labels.get(0) + "." + labels.get(1) : type;
    }

    public Optional<Attribute> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    public List<HclBlock> blocks(String name) {
        return children.stream().filter(b -> b.type.equals(name)).toList();
    }
}
