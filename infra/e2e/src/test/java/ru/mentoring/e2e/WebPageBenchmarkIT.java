package ru.mentoring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

import ru.mentoring.launcher.DemoDistrict;
import ru.mentoring.launcher.PlatformClient;

/**
 * The pages' load times in a real browser (Navigation Timing) with the registry benchmark's data:
 * 1,000 more schools in the municipality and 50,000 people in its banks, so the coordinator's
 * pages read a municipality of 1,022 schools. The main page of every section, as the coordinator
 * and as a school administrator, each loaded {@link #LOADS} times; the server's time is the
 * navigation's time to the first byte, and each page's scripts and styles are weighed too. The
 * table goes to {@code target/web-page-benchmark.md} and to the output.
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
        String admin = DemoDistrict.SCHOOLS.get(0).adminLogin();
        String ownSchool = DemoDistrict.SCHOOLS.get(0).code();
        String bigSchool = RegistryBenchmarkIT.school(500);

        // a static file through the same gateway and web, timed the same way: what the chain costs by itself
        List<String> coordinatorPages = List.of("/css/app.css", "/schools", "/schools?sort=ior&dir=desc&page=3",
                "/schools/" + bigSchool, "/registry/schools", "/registry/schools/" + bigSchool, "/registry/participants",
                "/registry/participants?q=" + enc("смир анна"), "/registry/participants?sort=school&dir=desc&page=40",
                "/registry/participants/" + someone(client, "coordinator", "смир"), "/mentoring/mentors?q=" + enc("смир"),
                "/mentoring/mentees", "/mentoring/requests", "/mentoring/pairs", "/monitoring", "/monitoring/rounds", "/index-data",
                "/index-data?year=2025", "/registry/audit", "/dashboard");
        List<String> adminPages = List.of("/css/app.css", "/my-school", "/schools/" + ownSchool, "/registry/participants",
                "/registry/participants?q=" + enc("а"), "/registry/participants/" + someone(client, admin, ""), "/mentoring/mentors",
                "/mentoring/mentees", "/mentoring/requests", "/mentoring/pairs", "/monitoring/rounds", "/index-data", "/dashboard");
        List<String> table = new ArrayList<>();
        table.add("| who | page | answer | server (TTFB) p50 / max | DOMContentLoaded p50 | load p50 / max | HTML KiB | scripts+styles KiB |");
        table.add("|---|---|---|---|---|---|---|---|");
        measure("coordinator", "coordinator", coordinatorPages, table);
        measure(admin, "school admin", adminPages, table);
        Path out = Path.of("target", "web-page-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.write(out, table);
        table.forEach(line -> System.out.println("WEB BENCHMARK: " + line));
    }

    /** Each page {@link #LOADS} times in one browser logged in as {@code user}; the first load only warms up. */
    private static void measure(String user, String who, List<String> pages, List<String> table) {
        String gateway = WebSession.gateway();
        ChromeDriver driver = WebSession.loggedIn(user, 1280);
        try {
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
                String answer = List.of("Не найдено", "Недоступно для вашей роли", "Что-то пошло не так", "Не удалось выполнить запрос")
                        .contains(h1) ? "«" + h1 + "»" : "ok";
                table.add("| %s | `%s` | %s | %.0f / %.0f ms | %.0f ms | %.0f / %.0f ms | %d | %d |".formatted(who,
                        java.net.URLDecoder.decode(page, StandardCharsets.UTF_8), answer,
                        median(timings, PageMetrics.Timing::ttfbMs), max(timings, PageMetrics.Timing::ttfbMs),
                        median(timings, PageMetrics.Timing::domReadyMs), median(timings, PageMetrics.Timing::loadMs),
                        max(timings, PageMetrics.Timing::loadMs), timings.get(0).htmlBytes() / 1024, scripts / 1024));
                System.out.println("WEB BENCHMARK: " + table.get(table.size() - 1));
                assertThat(scripts).as(page).isLessThanOrEqualTo(PageMetrics.SCRIPTS_AND_STYLES_BUDGET);
            }
        } finally {
            driver.quit();
        }
    }

    /** A person the user's registry list finds by {@code q}: the participant page to open. */
    private static String someone(PlatformClient client, String user, String q) {
        PlatformClient.Response r = client.get(user, "/api/registry/participants?size=1&q=" + enc(q));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("items").get(0).get("id").asString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
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
