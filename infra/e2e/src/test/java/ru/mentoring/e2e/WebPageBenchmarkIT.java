package ru.mentoring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import ru.mentoring.launcher.PlatformClient;

/**
 * The pages' load times in a real browser (Navigation Timing) with the registry benchmark's data:
 * 1,000 more schools in the municipality and 50,000 people in its banks, so the coordinator's
 * pages read a municipality of 1,022 schools. Each page's scripts and styles are weighed too.
 * Runs only when asked (docs/benchmarks.md):
 * {@code ./mvnw -pl infra/e2e verify -Dit.test=WebPageBenchmarkIT -Dbenchmark=true} (with
 * {@code -Dweb.it.gateway=http://localhost:8080} against {@code ./run-platform} instead)
 */
class WebPageBenchmarkIT {

    static final int LOADS = 7;

    @Test
    void theMainPagesLoadTimesWithAThousandSchoolsAndFiftyThousandPeople() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("benchmark"), "benchmark runs only with -Dbenchmark=true");
        String running = System.getProperty("web.it.gateway");
        // against a platform already running (./run-platform) when asked, else the e2e platform
        PlatformClient client = running != null && !running.isBlank() ? new PlatformClient(running, WebSession.keycloak())
                : E2EPlatform.client();
        createTheRegistryBenchmarksData(client);
        // the index learns the registry's schools when it classifies: a run of the demo's latest year with
        // the 1,022 schools of the municipality in it, so that the schools' pages read all of them
        PlatformClient.Response run = client.postJson("region", "/api/index/years/2025/classification?methodology=demo-2024", "");
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        assertThat(client.get("coordinator", "/api/index/schools").json().size()).isGreaterThan(RegistryBenchmarkIT.SCHOOLS);
        String gateway = WebSession.gateway();

        List<String> pages = new ArrayList<>(List.of("/css/app.css", "/schools", "/schools?sort=ior&dir=desc&page=3",
                "/schools/" + RegistryBenchmarkIT.school(500), "/schools/mil-sosh-2", "/index-data", "/index-data?year=2025"));
        // the other sections, where this build has them (a section not built yet answers "Не найдено")
        pages.addAll(List.of("/registry", "/mentoring", "/monitoring"));
        ChromeDriver driver = WebSession.loggedIn("coordinator", 1280);
        try {
            System.out.println("WEB BENCHMARK: page | status | TTFB p50 | DOMContentLoaded p50 / max | load p50 / max | HTML KiB | scripts+styles KiB");
            for (String page : pages) {
                List<PageMetrics.Timing> timings = new ArrayList<>();
                long scripts = 0;
                String h1 = "";
                for (int i = 0; i < LOADS; i++) {
                    driver.get(gateway + page);
                    PageMetrics.Timing t = PageMetrics.timing(driver);
                    scripts = Math.max(scripts, PageMetrics.scriptsAndStylesBytes(driver));
                    if (i > 0) { // the first load warms the caches and the JIT
                        timings.add(t);
                    }
                    h1 = driver.findElements(By.tagName("h1")).isEmpty() ? "" : driver.findElement(By.tagName("h1")).getText();
                }
                System.out.printf("WEB BENCHMARK: %s | %s | %.0f ms | %.0f / %.0f ms | %.0f / %.0f ms | %d | %d%n", page,
                        h1.equals("Не найдено") ? "not built" : "ok",
                        median(timings, PageMetrics.Timing::ttfbMs), median(timings, PageMetrics.Timing::domReadyMs),
                        max(timings, PageMetrics.Timing::domReadyMs), median(timings, PageMetrics.Timing::loadMs),
                        max(timings, PageMetrics.Timing::loadMs), timings.get(0).htmlBytes() / 1024, scripts / 1024);
                assertThat(scripts).as(page).isLessThanOrEqualTo(PageMetrics.SCRIPTS_AND_STYLES_BUDGET);
            }
        } finally {
            driver.quit();
        }
    }

    /** RegistryBenchmarkIT's schools and banks, unless a run before has made them already. */
    static void createTheRegistryBenchmarksData(PlatformClient client) throws Exception {
        if (client.get("coordinator", "/api/registry/schools/" + RegistryBenchmarkIT.school(RegistryBenchmarkIT.SCHOOLS - 1)).status() == 200) {
            return;
        }
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < RegistryBenchmarkIT.SCHOOLS; s++) {
                String code = RegistryBenchmarkIT.school(s);
                done.add(pool.submit(() -> {
                    PlatformClient.Response r = client.postJson("coordinator", "/api/registry/schools", """
                            {"code":"%s","fullName":"Муниципальное бюджетное общеобразовательное учреждение %s",
                             "shortName":"МБОУ %s","kind":"SOSH","advancedLevel":false,"rural":false,
                             "municipalityCode":"millerovo"}""".formatted(code, code, code));
                    assertThat(r.status()).as(r.body()).isIn(201, 409);
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        Random random = new Random(7);
        int files = RegistryBenchmarkIT.SCHOOLS * RegistryBenchmarkIT.PEOPLE_PER_SCHOOL / RegistryBenchmarkIT.ROWS_PER_FILE;
        int schoolsPerFile = RegistryBenchmarkIT.SCHOOLS / files;
        for (int f = 0; f < files; f++) {
            boolean mentors = f % 2 == 0;
            PlatformClient.Response r = client.postFile("coordinator", "/api/registry/exchange/" + (mentors ? "mentors" : "mentees"),
                    "file", "bank-" + f + ".xlsx", RegistryBenchmarkIT.XLSX,
                    RegistryBenchmarkIT.workbook(random, mentors, f * schoolsPerFile, schoolsPerFile));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        System.out.printf("WEB BENCHMARK: %d schools and %d people created in %.0f s%n", RegistryBenchmarkIT.SCHOOLS,
                RegistryBenchmarkIT.SCHOOLS * RegistryBenchmarkIT.PEOPLE_PER_SCHOOL, (System.nanoTime() - t0) / 1e9);
    }

    private static double median(List<PageMetrics.Timing> timings, java.util.function.ToDoubleFunction<PageMetrics.Timing> value) {
        List<Double> sorted = timings.stream().map(value::applyAsDouble).sorted(Comparator.naturalOrder()).toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double max(List<PageMetrics.Timing> timings, java.util.function.ToDoubleFunction<PageMetrics.Timing> value) {
        return timings.stream().mapToDouble(value).max().orElse(0);
    }
}
