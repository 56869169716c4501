package dev.forge.model;

/** Relational database engines. */
public enum DatabaseEngine implements SpecEnum {
    POSTGRES("postgres");

    private final String spelling;

    DatabaseEngine(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
