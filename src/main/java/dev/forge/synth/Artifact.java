package dev.forge.synth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One generated file: a relative path (forward slashes, no '..') and its exact bytes. Text is stored
 * with LF line endings and a final newline, so output is the same on every machine.
 */
public record Artifact(String path, byte[] bytes) {

    public Artifact {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("//")
                || Arrays.asList(path.split("/")).contains("..") || Arrays.asList(path.split("/")).contains(".")) {
            throw new IllegalArgumentException("artifact path must be relative and normalised: '" + path + "'");
        }
        bytes = bytes.clone();
    }

    public static Artifact text(String path, String text) {
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!lf.endsWith("\n")) {
            lf += "\n";
        }
        return new Artifact(path, lf.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The same file under a folder: {@code under("model")} turns {@code dev.json} into {@code model/dev.json}. */
    public Artifact under(String folder) {
        return new Artifact(folder + "/" + path, bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Artifact a && a.path.equals(path) && Arrays.equals(a.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return path + " (" + bytes.length + " bytes)";
    }
}
