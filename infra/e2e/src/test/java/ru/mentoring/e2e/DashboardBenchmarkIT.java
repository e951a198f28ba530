package ru.mentoring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 14's benchmark, not a test of speed: the department viewer's dashboard over the monitoring
 * benchmark's million answers (made by {@link MonitoringBenchmarkIT} itself, in this run), timed in
 * headless Chromium from the click on Keycloak's «Вход» to the dashboard rendered (its last figure
 * in the page, the document complete), and the dashboard of 2022, the benchmark's densest year,
 * reloaded. The anchor is a static file through the same gateway. Runs only when asked
 * (docs/benchmarks.md):
 * {@code ./mvnw -pl infra/e2e -am verify -Dit.test=DashboardBenchmarkIT -Dbenchmark=true}
 */
class DashboardBenchmarkIT {

    static final int LOGINS = 6;
    static final int LOADS = 7;

    @Test
    void theDepartmentDashboardOverAMillionAnswersRendersWithinTwoSecondsOfLogin() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("benchmark"), "benchmark runs only with -Dbenchmark=true");
        new MonitoringBenchmarkIT().aMillionAnswersSubmittedAndAggregatedThroughTheGateway();
        String gateway = WebSession.gateway();

        List<Double> logins = new ArrayList<>();
        for (int i = 0; i < LOGINS; i++) {
            ChromeDriver driver = Browser.start(1280, 900);
            try {
                driver.get(gateway + "/");
                WebSession.awaitKeycloakLogin(driver);
                driver.findElement(By.id("username")).sendKeys("department");
                if (driver.findElements(By.id("password")).isEmpty()) {
                    driver.findElement(By.id("kc-login")).click();
                    WebSession.await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
                }
                driver.findElement(By.id("password")).sendKeys(ru.mentoring.launcher.DemoDistrict.PASSWORD);
                long t0 = System.nanoTime();
                driver.findElement(By.id("kc-login")).click();
                WebSession.await(driver).until(d -> d.getCurrentUrl().equals(gateway + "/dashboard")
                        && "complete".equals(((ChromeDriver) d).executeScript("return document.readyState"))
                        && !d.findElements(By.id("figure-plan")).isEmpty());
                double ms = (System.nanoTime() - t0) / 1e6;
                assertThat(driver.findElements(By.cssSelector(".notice.error"))).as("every service answered").isEmpty();
                if (i > 0) { // the first login warms the caches and the JIT
                    logins.add(ms);
                }
                if (i == LOGINS - 1) {
                    load(driver, "/css/app.css", gateway, "anchor: /css/app.css");
                    load(driver, "/dashboard", gateway, "/dashboard (its latest classified year)");
                    load(driver, "/dashboard?year=2022", gateway, "/dashboard?year=2022 (the million answers' year)");
                }
            } finally {
                driver.quit();
            }
        }
        logins.sort(Comparator.naturalOrder());
        System.out.printf("DASHBOARD BENCHMARK: login click -> dashboard rendered, %d logins: p50 %.0f ms, max %.0f ms%n",
                logins.size(), logins.get(logins.size() / 2), logins.get(logins.size() - 1));
    }

    private static void load(ChromeDriver driver, String page, String gateway, String what) {
        List<PageMetrics.Timing> timings = new ArrayList<>();
        for (int i = 0; i < LOADS; i++) {
            driver.get(gateway + page);
            if (i > 0) {
                timings.add(PageMetrics.timing(driver));
            }
        }
        timings.sort(Comparator.comparingDouble(PageMetrics.Timing::loadMs));
        PageMetrics.Timing median = timings.get(timings.size() / 2);
        System.out.printf("DASHBOARD BENCHMARK: %s | TTFB p50 %.0f ms | load p50 %.0f ms, max %.0f ms | HTML %d KiB%n", what,
                timings.stream().mapToDouble(PageMetrics.Timing::ttfbMs).sorted().toArray()[timings.size() / 2],
                median.loadMs(), timings.get(timings.size() - 1).loadMs(), median.htmlBytes() / 1024);
    }
}
