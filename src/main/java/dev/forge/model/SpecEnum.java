package dev.forge.model;

/** An enum whose constants are written in the spec as {@link #spelling()}. */
public interface SpecEnum {
    String spelling();
}
