package ru.mentoring.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's end-to-end benchmark, not a test of speed: 40,000 schools × 3 years × 20 indicators
 * plus 8 context factors loaded through the gateway with the coordinator's token and classified,
 * while the index service's heap is sampled. Runs only when asked (docs/benchmarks.md):
 * {@code ./mvnw -pl infra/e2e verify -Dit.test=IndexLoadBenchmarkIT -Dbenchmark=true}
 */
class IndexLoadBenchmarkIT {

    static final int SCHOOLS = 40_000;
    static final int INDICATORS = 20;
    static final int FACTORS = 8;

    @Test
    void loadAndClassifyFortyThousandSchoolsThroughTheGateway() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("benchmark"), "benchmark runs only with -Dbenchmark=true");
        PlatformClient client = E2EPlatform.client();
        StringBuilder m = new StringBuilder("{\"isbshMode\":\"REGRESSION\",\"indicators\":[");
        for (int i = 0; i < INDICATORS; i++) {
            m.append(i == 0 ? "" : ",").append("{\"code\":\"B%d\",\"name\":\"Показатель %d\",\"source\":\"%s\",\"direction\":%d,\"weight\":%d}"
                    .formatted(i, i, i % 2 == 0 ? "GIA" : "VPR", i % 5 == 0 ? -1 : 1, 1 + i % 3));
        }
        m.append("],\"contextFactors\":[");
        for (int f = 0; f < FACTORS; f++) {
            m.append(f == 0 ? "" : ",").append("{\"code\":\"BF%d\",\"name\":\"Фактор %d\",\"weight\":0}".formatted(f, f));
        }
        m.append("]}");
        assertThat(client.putJson("region", "/api/index/methodologies/bench-40k", m.toString()).status()).isIn(200, 201);

        Random random = new Random(42);
        double[] social = new double[SCHOOLS];
        double[] quality = new double[SCHOOLS];
        StringBuilder schools = new StringBuilder("school_code,name,municipality_code,advanced_level\n");
        for (int s = 0; s < SCHOOLS; s++) {
            social[s] = random.nextGaussian();
            quality[s] = 0.5 * social[s] + random.nextGaussian();
            schools.append("B%05d,Школа %d,bench-%d,%s\n".formatted(s, s, s % 300, s % 25 == 0));
        }
        HeapSampler heap = new HeapSampler(client);
        heap.start();
        long t0 = System.nanoTime();
        expectOk(client.post("region", "/api/index/schools", "text/csv", schools.toString().getBytes(StandardCharsets.UTF_8)));
        long tSchools = System.nanoTime();
        // replace=all: the benchmark's cohort replaces the demo's years on purpose (a new data set each)
        for (int year = 2022; year <= 2024; year++) {
            StringBuilder values = new StringBuilder(40 * SCHOOLS * INDICATORS);
            values.append("school_code,year,indicator_code,value\n");
            StringBuilder factors = new StringBuilder("school_code,year,factor_code,value\n");
            for (int s = 0; s < SCHOOLS; s++) {
                for (int i = 0; i < INDICATORS; i++) {
                    values.append("B%05d,%d,B%d,%s\n".formatted(s, year, i,
                            String.format(Locale.ROOT, "%.3f", 50 + 10 * quality[s] + random.nextGaussian() * 5)));
                }
                for (int f = 0; f < FACTORS; f++) {
                    double v = Math.max(0, Math.min(1, 0.3 + 0.1 * social[s] * (f % 2 == 0 ? 1 : -1) + random.nextGaussian() * 0.05));
                    factors.append("B%05d,%d,BF%d,%s\n".formatted(s, year, f, String.format(Locale.ROOT, "%.4f", v)));
                }
            }
            expectOk(client.post("region", "/api/index/years/" + year + "/indicator-values?methodology=bench-40k&replace=all", "text/csv",
                    values.toString().getBytes(StandardCharsets.UTF_8)));
            expectOk(client.post("region", "/api/index/years/" + year + "/context-values?methodology=bench-40k&replace=all", "text/csv",
                    factors.toString().getBytes(StandardCharsets.UTF_8)));
        }
        long tLoaded = System.nanoTime();
        PlatformClient.Response run = client.postJson("region", "/api/index/years/2024/classification?methodology=bench-40k", "");
        long tClassified = System.nanoTime();
        heap.stopSampling();
        expectOk(run);
        System.out.printf(Locale.ROOT, "BENCHMARK index end-to-end: schools %.1f s, values (3 years, %d rows) %.1f s, "
                        + "classification %.1f s, total %.1f s; index service heap used max %.0f MiB (sampled every 250 ms)%n",
                (tSchools - t0) / 1e9, 3L * SCHOOLS * (INDICATORS + FACTORS), (tLoaded - tSchools) / 1e9, (tClassified - tLoaded) / 1e9,
                (tClassified - t0) / 1e9, heap.maxBytes() / 1048576.0);
    }

    private static void expectOk(PlatformClient.Response r) {
        assertThat(r.status()).as(r.body().length() > 500 ? r.body().substring(0, 500) : r.body()).isIn(200, 201);
    }

    /** Polls the index service's Actuator for used heap while the benchmark runs. */
    static final class HeapSampler extends Thread {
        private final PlatformClient client;
        private final AtomicLong max = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler(PlatformClient client) {
            super("heap-sampler");
            this.client = client;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                try {
                    PlatformClient.Response r = client.get(null, E2EPlatform.serviceUrl("index") + "/actuator/prometheus");
                    if (r.status() == 200) {
                        // the heap's pools summed: jvm_memory_used_bytes{area="heap",id="..."} value
                        long used = (long) r.body().lines()
                                .filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                                .sum();
                        max.accumulateAndGet(used, Math::max);
                    }
                    Thread.sleep(250);
                } catch (Exception e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
        }

        long maxBytes() {
            return max.get();
        }
    }
}
