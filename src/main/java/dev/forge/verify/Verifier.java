package dev.forge.verify;

import dev.forge.diag.Code;
import dev.forge.diag.Diagnostic;
import dev.forge.diag.Location;
import dev.forge.diag.SpecException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Verifies several environment roots of one terraform-aws output, {@code parallel} at a time. */
public final class Verifier {

    private Verifier() {
    }

    /**
     * @param terraformDir the terraform-aws folder of an output ({@code modules/}, {@code environments/})
     * @param envs         environments to verify, in order (each must have a root)
     * @param scratch      working folder (one sub-folder per environment)
     * @param parallel     how many roots run at once
     */
    public static List<RootResult> verify(OfflineTerraform tf, Path terraformDir, List<String> envs, Path scratch, int parallel) {
        List<String> missing = envs.stream().filter(e -> !Files.isDirectory(terraformDir.resolve("environments").resolve(e))).toList();
        if (envs.isEmpty() || !missing.isEmpty()) {
            throw new SpecException(Diagnostic.error(Location.NONE, Code.E404, "no Terraform root for "
                    + (envs.isEmpty() ? "any environment" : "environment(s) " + missing) + " under "
                    + terraformDir.resolve("environments"), Code.E404.fix()));
        }
        RootVerifier rv = new RootVerifier(tf);
        int n = Math.max(1, Math.min(parallel, envs.size()));
        ServerPool servers = new ServerPool(tf, n);
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "forge-verify");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RootResult>> futures = new ArrayList<>();
            for (String env : envs) {
                futures.add(pool.submit(() -> servers.with(s -> rv.verify(terraformDir, env, scratch.resolve(env), s))));
            }
            List<RootResult> out = new ArrayList<>();
            for (Future<RootResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            servers.close();
        }
    }

    /**
     * Provider servers started once and lent to one root at a time (a provider remembers the region its root
     * configured). Started lazily, at most {@code size}.
     */
    public static final class ServerPool implements AutoCloseable {
        private final OfflineTerraform tf;
        private final java.util.concurrent.BlockingQueue<ProviderServers> idle = new java.util.concurrent.LinkedBlockingQueue<>();
        private final List<ProviderServers> all = new ArrayList<>();
        private final int size;

        public ServerPool(OfflineTerraform tf, int size) {
            this.tf = tf;
            this.size = size;
        }

        public <T> T with(java.util.function.Function<ProviderServers, T> work) throws InterruptedException {
            ProviderServers s = idle.poll();
            if (s == null) {
                synchronized (all) {
                    if (all.size() < size) {
                        s = ProviderServers.start(tf);
                        all.add(s);
                    }
                }
                if (s == null) {
                    s = idle.take();
                }
            }
            try {
                return work.apply(s);
            } finally {
                idle.add(s);
            }
        }

        @Override
        public void close() {
            synchronized (all) {
                all.forEach(ProviderServers::close);
                all.clear();
            }
        }
    }
}
