package dev.forge.verify;

import dev.forge.diag.Code;
import dev.forge.diag.Diagnostic;
import dev.forge.diag.Location;
import dev.forge.diag.SpecException;
import dev.forge.util.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The offline providers started once and shared by many terraform commands: each plugin runs as a long-lived
 * server and Terraform attaches to it through {@code TF_REATTACH_PROVIDERS} (go-plugin's "unmanaged" mode, marked
 * as a test provider so Terraform never stops it) instead of starting a fresh process, loading the schema again,
 * for every command. Only this class's own processes are stopped, by {@link #close()}.
 */
public final class ProviderServers implements AutoCloseable {

    /** go-plugin's handshake cookie for Terraform providers (public; it only keeps plugins from being run by hand). */
    private static final String COOKIE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";

    private final List<Process> processes = new ArrayList<>();
    private final Map<String, String> env;

    private ProviderServers(OfflineTerraform tf) {
        Map<String, Object> reattach = new LinkedHashMap<>();
        try {
            for (String provider : new TreeMap<>(OfflineTerraform.PROVIDERS).keySet()) {
                ProcessBuilder pb = new ProcessBuilder(tf.node().toString(), tf.plugin().resolve("provider.js").toString(),
                        "--provider", provider, "--exit-with-stdin").directory(tf.workDir().toFile());
                pb.environment().put("TF_PLUGIN_MAGIC_COOKIE", COOKIE);
                pb.environment().remove("PLUGIN_CLIENT_CERT");
                pb.redirectError(ProcessBuilder.Redirect.DISCARD);
                Process p = pb.start();
                processes.add(p);
                BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                String line = CompletableFuture.supplyAsync(() -> {
                    try {
                        return r.readLine();
                    } catch (IOException e) {
                        return null;
                    }
                }).get(60, TimeUnit.SECONDS);
                String[] parts = line == null ? new String[0] : line.split("\\|");
                if (parts.length < 5 || !"tcp".equals(parts[2])) {
                    throw new SpecException(Diagnostic.error(Location.NONE, Code.E403, "the offline " + provider
                            + " provider did not start (handshake: " + line + ")", Code.E403.fix()));
                }
                reattach.put("registry.terraform.io/hashicorp/" + provider, Map.of("Protocol", "grpc", "ProtocolVersion", 5,
                        "Pid", p.pid(), "Test", true, "Addr", Map.of("Network", "tcp", "String", parts[3])));
            }
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            close();
            throw new SpecException(Diagnostic.error(Location.NONE, Code.E403, "the offline provider did not start: " + e,
                    Code.E403.fix()));
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        Map<String, String> m = new TreeMap<>(tf.env());
        m.put("TF_REATTACH_PROVIDERS", Json.write(reattach).strip());
        env = Map.copyOf(m);
    }

    /** Starts one server per offline provider. */
    public static ProviderServers start(OfflineTerraform tf) {
        return new ProviderServers(tf);
    }

    /** The environment terraform commands run with to use these servers. */
    public Map<String, String> env() {
        return env;
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
    }
}
