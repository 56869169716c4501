package dev.forge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The generated spec of bench/terraform-synth.sh, in Java: per service i a function fi (python3.12, source
 * functions/fi), a table ti (pk/sk key, one index), a bucket bi (one lifecycle rule), fi using ti read-write and
 * bi read, and one route {@code GET /fi} on a shared HTTP API {@code public} without auth. Environments dev,
 * staging and prod (prod with an alert address).
 */
final class SyntheticSpec {

    private SyntheticSpec() {
    }

    /** The spec text for {@code n} services. */
    static String text(int n) {
        StringBuilder s = new StringBuilder(n * 400);
        s.append("forge: 1\napp: bench\nowner: bench-team\nregion: us-east-1\n");
        s.append("environments: { dev: {}, staging: {}, prod: { alerts: { email: ops@example.com } } }\n");
        s.append("ci: { github: example-org/bench }\n");
        s.append("functions:\n");
        for (int i = 0; i < n; i++) {
            s.append("  f").append(i).append(": { runtime: python3.12, handler: app.handler, source: functions/f").append(i)
                    .append(", uses: [\"table:t").append(i).append(" (read-write)\", \"bucket:b").append(i).append(" (read)\"] }\n");
        }
        s.append("tables:\n");
        for (int i = 0; i < n; i++) {
            s.append("  t").append(i).append(": { key: { partition: pk, sort: sk }, indexes: { by-owner: { partition: owner } } }\n");
        }
        s.append("buckets:\n");
        for (int i = 0; i < n; i++) {
            s.append("  b").append(i).append(": { lifecycle: [{ expire-after: 30d }] }\n");
        }
        s.append("apis:\n  public:\n");
        s.append("    auth: { type: none, reason: \"Synthetic benchmark API, never deployed\" }\n");
        s.append("    routes:\n");
        for (int i = 0; i < n; i++) {
            s.append("      GET /f").append(i).append(": function:f").append(i).append('\n');
        }
        return s.toString();
    }

    /** A temporary folder with {@code forge.yaml} and the empty function source folders it names. */
    static Path writeTo(Path dir, int n) {
        try {
            Files.writeString(dir.resolve("forge.yaml"), text(n), StandardCharsets.UTF_8);
            for (int i = 0; i < n; i++) {
                Files.createDirectories(dir.resolve("functions/f" + i));
            }
            return dir.resolve("forge.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
