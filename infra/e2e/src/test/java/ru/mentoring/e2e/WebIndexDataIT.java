package ru.mentoring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import ru.mentoring.launcher.DemoDistrict;

/**
 * The section "Данные индекса" in a real browser as the region's analyst: a year's data uploaded
 * (2031, a year neither the demo nor another test uses), its row report, a classification and its
 * workbook; a file with bad rows refused row by row with nothing changed; an htmx click after the
 * session expired going through the login; the schools' table at 360 px; the pages' weight.
 */
class WebIndexDataIT extends BrowserTest {

    static final int YEAR = 2031;
    static final String[] INDICATORS = {"OGE_MATH_AVG", "OGE_RUS_AVG", "EGE_BELOW_MIN_SHARE", "VPR_MATH_5_AVG", "VPR_RUS_5_AVG",
            "VPR_FAIL_SHARE"};
    static final String[] FACTORS = {"LOW_INCOME_SHARE", "PARENTS_HIGHER_EDU_SHARE", "NON_NATIVE_RUSSIAN_SHARE", "OVZ_SHARE",
            "PREVENTIVE_REGISTER_SHARE", "RURAL"};

    @Test
    void theRegionAnalystUploadsAYearSeesTheRowReportRunsTheClassificationAndDownloadsTheWorkbook() throws Exception {
        driver = WebSession.loggedIn(DemoDistrict.REGION_LOGIN, 1280);
        await(ExpectedConditions.urlToBe(gateway + "/index-data"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Данные индекса");
        assertThat(WebSession.menu(driver)).containsExactly("Данные индекса");
        // the demo's years with their current data sets, by file, uploader, date, rows and schools
        String years = driver.findElement(By.id("years-title")).findElement(By.xpath("..")).getText();
        assertThat(years).contains("2025", "Показатели", "Контекстные факторы", "region");
        assertThat(PageMetrics.scriptsAndStylesBytes(driver)).isPositive().isLessThanOrEqualTo(PageMetrics.SCRIPTS_AND_STYLES_BUDGET);
        Browser.screenshot(driver, "index-data");

        Path indicators = file("indicators-" + YEAR + ".csv", values("indicator_code", INDICATORS, 11));
        Path context = file("context-" + YEAR + ".csv", values("factor_code", FACTORS, 12));
        upload("INDICATOR", indicators);
        String report = driver.findElement(By.cssSelector(".done")).getText();
        assertThat(report).contains("Файл загружен", "«indicators-" + YEAR + ".csv»", "Показатели за " + YEAR + " год");
        assertThat(driver.findElement(By.id("report-rows")).getText()).isEqualTo(String.valueOf(DemoDistrict.SCHOOLS.size() * INDICATORS.length));
        assertThat(driver.findElement(By.id("report-schools")).getText()).isEqualTo(String.valueOf(DemoDistrict.SCHOOLS.size()));
        assertThat(driver.getCurrentUrl()).isEqualTo(gateway + "/index-data?year=" + YEAR);
        assertThat(driver.findElement(By.id("data-sets")).getText()).contains("indicators-" + YEAR + ".csv", "текущая");
        Browser.screenshot(driver, "index-data-upload-report");
        upload("CONTEXT", context);
        assertThat(driver.findElement(By.id("report-schools")).getText()).isEqualTo(String.valueOf(DemoDistrict.SCHOOLS.size()));

        // a file with bad rows: each row's reason, and nothing stored
        int versions = driver.findElements(By.cssSelector("#data-sets tbody tr")).size();
        Path bad = file("bad-" + YEAR + ".csv", "school_code,year,indicator_code,value\n"
                + "no-such-school," + YEAR + ",OGE_MATH_AVG,3.5\n"
                + DemoDistrict.SCHOOLS.get(0).code() + "," + YEAR + ",OGE_MATH_AVG,много\n");
        driver.get(gateway + "/index-data/upload?year=" + YEAR + "&kind=INDICATOR");
        driver.findElement(By.id("file")).sendKeys(bad.toString());
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("row-errors-title")));
        List<WebElement> rejected = driver.findElements(By.cssSelector(".row-errors tbody tr"));
        assertThat(rejected).hasSizeGreaterThanOrEqualTo(2);
        assertThat(rejected.stream().map(r -> r.findElement(By.cssSelector("td")).getText()).toList()).contains("2", "3");
        assertThat(rejected).allMatch(r -> !r.findElements(By.cssSelector("td")).get(2).getText().isBlank());
        assertThat(driver.findElement(By.id("problem")).getText()).isNotBlank();
        driver.get(gateway + "/index-data?year=" + YEAR);
        assertThat(driver.findElements(By.cssSelector("#data-sets tbody tr"))).hasSize(versions);
        assertThat(driver.findElement(By.id("data-sets")).getText()).doesNotContain("bad-" + YEAR + ".csv");

        // the classification of the year with the demo's methodology
        driver.findElement(By.linkText("Провести классификацию")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("methodology")));
        new Select(driver.findElement(By.id("methodology"))).selectByValue("demo-2024");
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".done"), "Классификация за " + YEAR + " год выполнена"));
        String summary = driver.findElement(By.id("run-summary")).getText();
        assertThat(summary).contains("demo-2024", "region");
        assertThat(driver.findElements(By.cssSelector("#run-summary tbody tr"))).isNotEmpty();
        Browser.screenshot(driver, "index-data-run");

        // the workbook, fetched with the browser's session as the link would
        String href = driver.findElement(By.id("download-xlsx")).getAttribute("href");
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "MENTORING_SESSION=" + driver.manage().getCookieNamed("MENTORING_SESSION").getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(xlsx.body().length).isGreaterThan(1000);

        // the official list: two of the demo's schools, shown by name beside the computed list
        DemoDistrict.DemoSchool first = DemoDistrict.SCHOOLS.get(0);
        DemoDistrict.DemoSchool second = DemoDistrict.SCHOOLS.get(1);
        driver.findElement(By.linkText("Загрузить официальный перечень ШНОР")).click();
        driver.findElement(By.id("file")).sendKeys(file("official-" + YEAR + ".csv",
                "school_code\n" + first.code() + "\n" + second.code() + "\n").toString());
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".done"), "Официальный перечень ШНОР за " + YEAR));
        String comparison = driver.findElement(By.id("official-comparison")).getText();
        assertThat(comparison).contains(first.shortName(), second.shortName()).doesNotContain(first.code());
        assertThat(driver.findElements(By.cssSelector("#only-official li, #in-both li"))).hasSize(2);

        // the session expires; a click on an htmx button goes through the login (Keycloak's session still
        // stands) and back to the whole page, never Keycloak's page inside the table
        String page = driver.getCurrentUrl();
        driver.manage().deleteCookieNamed("MENTORING_SESSION");
        driver.findElement(By.xpath("//button[normalize-space()='Пересчитать и сравнить']")).click();
        await(d -> d.manage().getCookieNamed("MENTORING_SESSION") != null
                && d.getCurrentUrl().matches(Pattern.quote(page) + "(&continue)?$")
                && !d.findElements(By.id("run-summary")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("header.top"))).hasSize(1);
        assertThat(driver.findElements(By.tagName("h1"))).extracting(WebElement::getText).containsExactly("Данные индекса");
        assertThat(driver.findElements(By.id("username"))).isEmpty();
    }

    @Test
    void theSchoolsTableAt360PxShowsEverySchoolsStatusesOnScreenAndEveryPageStaysWithinItsScriptBudget() {
        driver = WebSession.loggedIn("coordinator", 360);
        await(ExpectedConditions.urlToBe(gateway + "/schools"));
        assertThat(driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth")).isEqualTo(false);
        List<WebElement> badges = driver.findElements(By.cssSelector("#results .badge"));
        assertThat(badges).isNotEmpty();
        long width = (Long) driver.executeScript("return window.innerWidth");
        // every status is inside the window, not behind a sideways scroll
        for (WebElement badge : badges) {
            Number right = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().right", badge);
            assertThat(right.doubleValue()).as(badge.getText()).isLessThanOrEqualTo(width);
        }
        assertThat(PageMetrics.scriptsAndStylesBytes(driver)).isLessThanOrEqualTo(PageMetrics.SCRIPTS_AND_STYLES_BUDGET);

        // the coordinator reads the region's data sets; writing them is the region's in this deployment
        // (index.municipalities-own-data=false): the service's refusal is shown in its own words
        driver.get(gateway + "/index-data?year=2025");
        assertThat(driver.findElement(By.id("data-sets")).getText()).contains("Показатели");
        assertThat(driver.findElements(By.xpath("//button[normalize-space()='Сделать текущей']"))).isEmpty();
        driver.get(gateway + "/index-data/upload?year=" + YEAR + "&kind=INDICATOR");
        driver.findElement(By.id("file")).sendKeys(tempFile("coordinator-" + YEAR + ".csv", values("indicator_code", INDICATORS, 13)).toString());
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("problem")));
        assertThat(driver.findElement(By.id("problem")).getText()).contains("Недостаточно прав");

        for (String path : List.of("/schools/" + DemoDistrict.SCHOOLS.get(1).code(), "/index-data", "/registry", "/monitoring",
                "/mentoring")) {
            driver.get(gateway + path);
            assertThat(driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth")).as(path).isEqualTo(false);
            assertThat(PageMetrics.scriptsAndStylesBytes(driver)).as(path).isLessThanOrEqualTo(PageMetrics.SCRIPTS_AND_STYLES_BUDGET);
        }
    }

    private void upload(String kind, Path file) {
        driver.get(gateway + "/index-data/upload?year=" + YEAR + "&kind=" + kind);
        assertThat(driver.findElement(By.id("year")).getAttribute("value")).isEqualTo(String.valueOf(YEAR));
        driver.findElement(By.id("file")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".done"), file.getFileName().toString()));
    }

    /** One value per demo school and code, drawn with a fixed seed: plausible, different between schools. */
    private static String values(String codeColumn, String[] codes, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("school_code,year," + codeColumn + ",value\n");
        for (DemoDistrict.DemoSchool school : DemoDistrict.SCHOOLS) {
            for (String code : codes) {
                double value = code.equals("RURAL") ? (school.rural() ? 1 : 0)
                        : code.endsWith("_AVG") ? 3 + random.nextDouble() * 1.5 : random.nextDouble() * 0.4;
                csv.append(school.code()).append(',').append(YEAR).append(',').append(code).append(',')
                        .append(String.format(Locale.ROOT, "%.4f", value)).append('\n');
            }
        }
        return csv.toString();
    }

    private static Path tempFile(String name, String content) {
        try {
            return file(name, content);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Path file(String name, String content) throws Exception {
        Path dir = Files.createTempDirectory("web-index-data");
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    private <T> void await(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        WebSession.await(driver).until(condition);
    }
}
