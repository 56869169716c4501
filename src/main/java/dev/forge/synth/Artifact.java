package dev.forge.synth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One generated file: a relative path (forward slashes, no '..') and its exact bytes. Text is stored
 * with LF line endings and a final newline, so output is the same on every machine. Immutable: the bytes are
 * copied in and out, and their SHA-256 (which the writer's manifest records) is computed once, by whichever
 * thread asks first (see {@link #hashAllInBackground}).
 */
public final class Artifact {

    private final String path;
    private final byte[] bytes;
    private String sha256;

    public Artifact(String path, byte[] bytes) {
        this(Objects.requireNonNull(bytes, "bytes").clone(), path);
    }

    /** Takes {@code owned} as it is: only for arrays nobody else holds (made here, or another artifact's). */
    private Artifact(byte[] owned, String path) {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("//")
                || Arrays.asList(path.split("/")).contains("..") || Arrays.asList(path.split("/")).contains(".")) {
            throw new IllegalArgumentException("artifact path must be relative and normalised: '" + path + "'");
        }
        this.path = path;
        this.bytes = owned;
    }

    public String path() {
        return path;
    }

    /** The size in bytes. */
    public int size() {
        return bytes.length;
    }

    /** SHA-256 of the bytes, lowercase hex; computed on first use. */
    public synchronized String sha256() {
        if (sha256 == null) {
            sha256 = dev.forge.util.Hashing.sha256(bytes);
        }
        return sha256;
    }

    /**
     * Starts hashing every artifact on a daemon thread of the common pool, so that the writer finds the hashes
     * ready: on a machine with a second core they are computed while the emitted files are being checked.
     */
    public static void hashAllInBackground(java.util.List<Artifact> artifacts) {
        java.util.List<Artifact> copy = java.util.List.copyOf(artifacts);
        java.util.concurrent.CompletableFuture.runAsync(() -> copy.forEach(Artifact::sha256));
    }

    public static Artifact text(String path, String text) {
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!lf.endsWith("\n")) {
            lf += "\n";
        }
        return new Artifact(lf.getBytes(StandardCharsets.UTF_8), path);
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The same file under a folder: {@code under("model")} turns {@code dev.json} into {@code model/dev.json}. */
    public Artifact under(String folder) {
        return new Artifact(bytes, folder + "/" + path);
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
