package dev.forge.spec;

import java.nio.charset.StandardCharsets;

/**
 * The bytes of a spec and the name it is reported under (the path as the user gave it, so that
 * messages read {@code forge.yaml:14:7} and no absolute path leaks into output).
 */
public record SpecSource(String name, byte[] bytes) {

    public static SpecSource of(String name, String text) {
        return new SpecSource(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
