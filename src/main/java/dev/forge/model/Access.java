package dev.forge.model;

/**
 * What a {@code uses:} entry may do with a resource. Each target turns a level into exact grants (IAM
 * actions, network rules, connection variables); see docs/spec.md for the table.
 */
public enum Access implements SpecEnum {
    READ("read"),
    WRITE("write"),
    READ_WRITE("read-write"),
    PUBLISH("publish"),
    CONSUME("consume"),
    INVOKE("invoke"),
    CONNECT("connect"),
    /** Reading a table's change stream: only a {@code table:} trigger implies it; {@code uses:} cannot ask for it. */
    STREAM("stream");

    private final String spelling;

    Access(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }

    public boolean reads() {
        return this == READ || this == READ_WRITE;
    }

    public boolean writes() {
        return this == WRITE || this == READ_WRITE;
    }
}
