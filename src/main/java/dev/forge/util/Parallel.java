package dev.forge.util;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Independent work on every core, with results in the input's order: environments are resolved, checked and
 * rendered, and files checked, through {@link #map}, so output and reports are the same bytes whatever the number
 * of threads. The calling thread takes part, so a nested call never waits for a pool thread that is busy waiting
 * itself. {@code -Dforge.threads=N} sets the number of threads (1: all on the calling thread).
 */
public final class Parallel {

    /** Threads that work on one call: the processors, at most 4 (the phases have little more to split). */
    public static final int THREADS = threads();

    private static final ExecutorService POOL = THREADS <= 1 ? null : Executors.newFixedThreadPool(THREADS - 1, r -> {
        Thread t = new Thread(r, "forge-worker");
        t.setDaemon(true);
        return t;
    });

    private static final ThreadLocal<Boolean> SEQUENTIAL = ThreadLocal.withInitial(() -> false);

    private Parallel() {
    }

    /** Runs {@code work} with every {@link #map} it makes on this thread done in order on this thread (for tests). */
    public static <R> R sequentially(java.util.function.Supplier<R> work) {
        boolean before = SEQUENTIAL.get();
        SEQUENTIAL.set(true);
        try {
            return work.get();
        } finally {
            SEQUENTIAL.set(before);
        }
    }

    private static int threads() {
        String set = System.getProperty("forge.threads");
        if (set != null) {
            try {
                return Math.max(1, Integer.parseInt(set.trim()));
            } catch (NumberFormatException ignored) {
                // an unusable setting is no setting
            }
        }
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * {@code f} of each item, in the items' order. When some calls throw, the first in the items' order is
     * rethrown (after every call has ended), as it is.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        return map(items, f, null);
    }

    /**
     * As {@link #map}, starting with the heaviest items by {@code weight} (largest first keeps the cores evenly busy
     * when a few items are much larger than the rest); results are still in the items' order.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f,
                                     java.util.function.ToLongFunction<? super T> weight) {
        int n = items.size();
        if (n <= 1 || POOL == null || SEQUENTIAL.get()) {
            if (weight == null) {
                List<R> out = new ArrayList<>(n);
                for (T item : items) {
                    out.add(f.apply(item));
                }
                return out;
            }
            Object[] results = new Object[n];
            Throwable[] errors = new Throwable[n];
            for (int i : order(items, weight)) {
                try {
                    results[i] = f.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    errors[i] = e;
                }
            }
            return gathered(results, errors);
        }
        Object[] results = new Object[n];
        Throwable[] errors = new Throwable[n];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(n);
        int[] order = order(items, weight);
        Runnable worker = () -> {
            for (int k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
                int i = order[k];
                try {
                    results[i] = f.apply(items.get(i));
                } catch (Throwable t) {
                    errors[i] = t;
                } finally {
                    done.countDown();
                }
            }
        };
        for (int k = 1; k < Math.min(THREADS, n); k++) {
            POOL.execute(worker); // a helper that starts late finds nothing left and returns
        }
        worker.run();
        boolean interrupted = false;
        while (true) {
            try {
                done.await(); // every item is taken by now; wait for those other threads are still on
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return gathered(results, errors);
    }

    /** The results in order, or the first error in the items' order. */
    private static <R> List<R> gathered(Object[] results, Throwable[] errors) {
        for (Throwable t : errors) {
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
        }
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Arrays.asList(results);
        return new ArrayList<>(out);
    }

    /** The order items are taken in: as given, or by weight, heaviest first (ties as given). */
    private static <T> int[] order(List<T> items, java.util.function.ToLongFunction<? super T> weight) {
        Integer[] idx = new Integer[items.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        if (weight != null) {
            long[] w = new long[idx.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = weight.applyAsLong(items.get(i));
            }
            Arrays.sort(idx, (a, b) -> w[b] != w[a] ? Long.compare(w[b], w[a]) : Integer.compare(a, b));
        }
        int[] out = new int[idx.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }
}
