package ru.mentoring.launcher;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A small closed-loop load generator for the benchmarks in docs/benchmarks.md: N callers send
 * requests back to back for a bounded time and count, against this machine only; latencies are
 * measured per request and reported as percentiles.
 */
public final class HttpLoad {

    public record Result(long requests, long errors, double seconds, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

        public double perSecond() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return "%d requests, %d errors in %.1f s (%.0f/s); latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms"
                    .formatted(requests, errors, seconds, perSecond(), p50Ms, p95Ms, p99Ms, maxMs);
        }
    }

    private HttpLoad() {
    }

    /**
     * @param request builds the i-th request (a caller's token, varying parameters); a 2xx counts as success
     */
    public static Result run(PlatformClient client, int callers, Duration duration, long maxRequests,
            IntFunction<HttpRequest.Builder> request) throws Exception {
        return run(client, callers, duration, maxRequests, Duration.ZERO, request);
    }

    /**
     * As {@link #run(PlatformClient, int, Duration, long, IntFunction)}, each caller pausing
     * after each answer for a random time with mean {@code thinkTime}, as a person reads the result
     * before the next search.
     */
    public static Result run(PlatformClient client, int callers, Duration duration, long maxRequests, Duration thinkTime,
            IntFunction<HttpRequest.Builder> request) throws Exception {
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        List<long[]> perCaller = new ArrayList<>();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                futures.add(pool.submit(() -> {
                    long[] latencies = new long[1024];
                    int n = 0;
                    long i;
                    while (System.nanoTime() < deadline && (i = issued.getAndIncrement()) < maxRequests) {
                        long t0 = System.nanoTime();
                        PlatformClient.Response r = client.send(request.apply((int) i));
                        long t = System.nanoTime() - t0;
                        if (r.status() / 100 != 2) {
                            errors.incrementAndGet();
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = t;
                        if (!thinkTime.isZero()) {
                            // uniform 0..2x the mean, so the callers do not march in step
                            Thread.sleep((long) (java.util.concurrent.ThreadLocalRandom.current().nextDouble() * 2 * thinkTime.toMillis()));
                        }
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            for (Future<long[]> f : futures) {
                perCaller.add(f.get());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = perCaller.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (all.length == 0) {
            return new Result(0, errors.get(), seconds, 0, 0, 0, 0);
        }
        return new Result(all.length, errors.get(), seconds, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99), all[all.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
