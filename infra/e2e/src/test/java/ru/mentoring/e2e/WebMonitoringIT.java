package ru.mentoring.e2e;

import org.openqa.selenium.Dimension;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import ru.mentoring.launcher.DemoDistrict;

/**
 * The "Мониторинг" section in a real browser against the demo district (programme year 2025 has
 * answered rounds, competency scores, stage 1 and a plan): a coordinator opens a round and gets the
 * personal links with QR codes, downloads the note, reads the dynamics and the targets; a school
 * administrator sees their school's rounds only and marks an event of their plan done; a department
 * viewer's pages name nobody.
 */
class WebMonitoringIT extends BrowserTest {

    /** The demo's monitored year. */
    private static final int YEAR = 2025;
    /** A year no demo data and no other test uses: this test's own school plan. */
    private static final int OWN_PLAN_YEAR = 2022;

    private static DemoDistrict.DemoSchool school(String code) {
        return DemoDistrict.SCHOOLS.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void coordinatorOpensARoundGetsLinksWithQrCodesDownloadsTheNoteAndReadsDynamicsAndTargets() throws Exception {
        DemoDistrict.DemoSchool school = school("mil-sosh-3");
        driver = WebSession.loggedIn("coordinator", 1280);
        assertThat(WebSession.menu(driver)).contains("Мониторинг");
        driver.findElement(By.linkText("Мониторинг")).click();
        WebSession.await(driver).until(ExpectedConditions.urlContains("/monitoring"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Мониторинг программы наставничества");
        Browser.screenshot(driver, "monitoring");

        // the form: a round without anyone ticked is refused, the reason next to the list of people
        driver.get(gateway + "/monitoring/rounds/new?school=" + school.code());
        new Select(driver.findElement(By.id("templateCode"))).selectByValue("MENTEE_BEFORE");
        new Select(driver.findElement(By.id("form"))).selectByValue("TEACHER_TEACHER");
        driver.findElement(By.cssSelector("#round-form button[type=submit]")).click();
        WebSession.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("respondents-error")));
        assertThat(driver.findElement(By.id("respondents-error")).getText()).startsWith("Укажите хотя бы одного участника");
        assertThat(driver.findElement(By.id("participants")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(new Select(driver.findElement(By.id("templateCode"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("MENTEE_BEFORE");

        // two people ticked: the round opens and shows both as pending, each with a link and a QR code
        List<WebElement> people = driver.findElements(By.cssSelector("#participants input[type=checkbox]"));
        assertThat(people).hasSizeGreaterThanOrEqualTo(2);
        List<String> names = new ArrayList<>();
        for (WebElement box : people.subList(0, 2)) {
            box.click();
            names.add(driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText());
        }
        Browser.screenshot(driver, "monitoring-round-new");
        driver.findElement(By.cssSelector("#round-form button[type=submit]")).click();
        WebSession.await(driver).until(ExpectedConditions.urlMatches(Pattern.quote(gateway) + "/monitoring/rounds/[0-9a-f-]{36}$"));
        assertThat(driver.findElement(By.cssSelector(".done")).getText()).startsWith("Опрос открыт: ссылок выдано — 2.");
        List<WebElement> pending = driver.findElements(By.cssSelector("#pending tbody tr"));
        assertThat(pending).hasSize(2);
        assertThat(driver.findElement(By.id("pending")).getText()).contains(names.get(0), names.get(1));
        for (WebElement row : pending) {
            assertThat(row.findElement(By.cssSelector("input.link")).getAttribute("value"))
                    .matches(Pattern.quote(gateway) + "/q/[A-Za-z0-9_-]+$");
            assertThat(row.findElements(By.cssSelector("svg.qr"))).hasSize(1);
        }
        assertThat(driver.findElement(By.cssSelector(".facts")).getText()).contains(school.shortName(), "педагог – педагог");
        Browser.screenshot(driver, "monitoring-round-links");
        String round = driver.getCurrentUrl();

        // the printable sheet: a QR code per person
        driver.get(round + "/print");
        assertThat(driver.findElements(By.cssSelector(".qr-sheet li svg.qr"))).hasSize(2);
        Browser.screenshot(driver, "monitoring-round-print");

        // the list of rounds: the new one among them, schools by name
        driver.get(gateway + "/monitoring/rounds?school=" + school.code());
        assertThat(driver.findElement(By.id("rounds")).getText()).contains(school.shortName());
        driver.get(gateway + "/monitoring/rounds");
        assertThat(driver.findElements(By.cssSelector("#rounds tbody tr")).size()).isGreaterThan(1);
        DemoDistrict.SCHOOLS.forEach(s -> assertThat(driver.getPageSource()).doesNotContain(">" + s.code() + "<"));
        Browser.screenshot(driver, "monitoring-rounds");

        // the information note, as the browser would download it with this session
        driver.get(gateway + "/monitoring?year=" + YEAR);
        String pdfHref = driver.findElement(By.cssSelector("a[href*='format=pdf']")).getAttribute("href");
        HttpResponse<byte[]> pdf = fetch(pdfHref);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.body().length).isGreaterThan(5_000);
        // its charts (the dynamics, the targets, the ШНОР share over the years) are pictures; schools and the district by name
        try (PDDocument note = Loader.loadPDF(pdf.body())) {
            int images = 0;
            for (PDPage page : note.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            String text = new PDFTextStripper().getText(note);
            assertThat(images).as(text).isGreaterThanOrEqualTo(3);
            assertThat(text).contains(DemoDistrict.MUNICIPALITY_NAME).doesNotContain("mil-sosh-");
        }
        HttpResponse<byte[]> docx = fetch(driver.findElement(By.cssSelector("a[href*='format=docx']")).getAttribute("href"));
        assertThat(docx.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("wordprocessingml"));
        assertThat(new String(docx.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");

        // the dynamics: per item, before and after, the Wilcoxon p and the result in words
        driver.get(gateway + "/monitoring/dynamics?year=" + YEAR);
        List<WebElement> items = driver.findElements(By.cssSelector("table.dynamics tbody tr"));
        assertThat(items).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("table.dynamics td.pvalue")).stream().map(WebElement::getText).toList())
                .anyMatch(p -> p.matches("(< )?0,\\d+|1"));
        assertThat(driver.findElements(By.cssSelector("table.dynamics td.significance")).stream().map(WebElement::getText).toList())
                .anyMatch(t -> t.startsWith("изменение статистически"));
        assertThat(driver.findElement(By.cssSelector("main .lead")).getText()).contains("Уилкоксона");
        Browser.screenshot(driver, "monitoring-dynamics");

        // the targets against their values: met or not met (seven of seed 004, three learners' of seed 003)
        driver.get(gateway + "/monitoring/targets?year=" + YEAR);
        List<String> met = driver.findElements(By.cssSelector("#targets tbody td .badge")).stream().map(WebElement::getText).toList();
        assertThat(met).hasSize(10).allMatch(t -> t.equals("выполнено") || t.equals("не выполнено") || t.equals("нет данных"))
                .anyMatch(t -> t.equals("выполнено") || t.equals("не выполнено"));
        Browser.screenshot(driver, "monitoring-targets");

        // the assessment, the competency results and stage 1 render with the demo's figures
        driver.get(gateway + "/monitoring/assessment?year=" + YEAR);
        assertThat(driver.findElements(By.cssSelector("main section h2"))).hasSize(2);
        Browser.screenshot(driver, "monitoring-assessment");
        driver.get(gateway + "/monitoring/competency?year=" + YEAR);
        assertThat(driver.findElements(By.cssSelector("#competency tbody tr"))).isNotEmpty();
        // a scores file with a bad row: refused whole, the row's reason shown, the demo's scores untouched
        Path scores = Files.createTempFile("competency", ".csv");
        Files.writeString(scores, "teacher_key;school_code;programme_year;stage;score\nT-1;mil-sosh-2;" + YEAR + ";BEFORE;много\n");
        driver.findElement(By.id("file")).sendKeys(scores.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("#competency-upload button[type=submit]")).click();
        WebSession.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".row-errors")));
        assertThat(driver.findElement(By.cssSelector(".row-errors")).getText()).contains("Балл — число от 0 до 1000");
        Browser.screenshot(driver, "monitoring-competency-upload");
        driver.get(gateway + "/monitoring/stage1?year=" + YEAR);
        assertThat(driver.findElements(By.cssSelector(".swot .quadrant"))).hasSize(4);
        assertThat(driver.findElements(By.cssSelector(".swot li"))).isNotEmpty();
        Browser.screenshot(driver, "monitoring-stage1");

        // the plan of events: what is overdue
        driver.get(gateway + "/monitoring/plans?year=" + YEAR);
        driver.findElement(By.linkText("План работы МНЦ")).click();
        WebSession.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("events")));
        assertThat(driver.findElements(By.cssSelector("#events tbody tr"))).hasSizeGreaterThanOrEqualTo(40);
        assertThat(driver.findElements(By.cssSelector("#events tr.overdue .badge.risk")))
                .isNotEmpty().allMatch(b -> b.getText().equals("просрочено"));
        Browser.screenshot(driver, "monitoring-plan");

        // 360 px: no page-wide horizontal scroll
        driver.manage().window().setSize(new Dimension(360, 780));
        for (String page : List.of(round, gateway + "/monitoring/dynamics?year=" + YEAR, gateway + "/monitoring/targets?year=" + YEAR)) {
            driver.get(page);
            assertThat(driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth"))
                    .as(page).isEqualTo(false);
        }
    }

    @Test
    void schoolAdministratorSeesOnlyTheirSchoolsRoundsAndMarksAnEventOfTheirPlanDone() {
        DemoDistrict.DemoSchool own = school("mil-sosh-1");
        driver = WebSession.loggedIn(own.adminLogin(), 1280);
        driver.get(gateway + "/monitoring/rounds");
        List<WebElement> rows = driver.findElements(By.cssSelector("#rounds tbody tr"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(4); // the demo's before and after rounds of the school
        assertThat(rows).allMatch(r -> r.findElement(By.cssSelector("td")).getText().equals(own.shortName()));
        DemoDistrict.SCHOOLS.stream().filter(s -> s != own)
                .forEach(s -> assertThat(driver.findElement(By.id("content")).getText()).doesNotContain(s.shortName()));

        // their own roadmap for a year nobody else uses: started once (empty: the school builds it), then a new event
        // (without a responsible it comes back as typed, with the reason), then the first event marked done with evidence
        driver.get(gateway + "/monitoring/plans?year=" + OWN_PLAN_YEAR);
        if (driver.findElements(By.cssSelector("#plans a")).isEmpty()) {
            driver.findElement(By.cssSelector("form.inline button")).click();
            WebSession.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("events")));
        } else {
            driver.findElement(By.cssSelector("#plans a")).click();
            WebSession.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("events")));
        }
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(own.shortName());
        String title = "Мастер-класс наставников " + System.nanoTime();
        driver.findElement(By.id("stage")).sendKeys("2.1");
        driver.findElement(By.id("event")).sendKeys(title);
        driver.findElement(By.id("monthText")).sendKeys("октябрь");
        new Select(driver.findElement(By.id("dueMonth"))).selectByValue("10");
        driver.findElement(By.id("expectedResult")).sendKeys("Проведён мастер-класс");
        driver.findElement(By.cssSelector("#add-event button[type=submit]")).click();
        WebSession.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("responsible-error")));
        assertThat(driver.findElement(By.id("event")).getAttribute("value")).isEqualTo(title);
        driver.findElement(By.id("responsible")).sendKeys("руководитель методического объединения");
        driver.findElement(By.cssSelector("#add-event button[type=submit]")).click();
        WebSession.await(driver).until(ExpectedConditions.textToBe(By.cssSelector(".done"), "Мероприятие добавлено в план: " + title + "."));
        assertThat(driver.findElement(By.id("events")).getText()).contains(title);

        WebElement first = driver.findElement(By.cssSelector("#events tbody tr"));
        String id = first.getAttribute("id");
        new Select(first.findElement(By.name("status"))).selectByValue("DONE");
        WebElement evidence = first.findElement(By.name("evidence"));
        evidence.clear();
        evidence.sendKeys("Приказ № 12 от 02.09.2022");
        first.findElement(By.cssSelector("button[type=submit]")).click();
        WebSession.await(driver).until(ExpectedConditions.textToBe(By.cssSelector(".done"), "Мероприятие отмечено: выполнено."));
        WebElement row = driver.findElement(By.id(id));
        assertThat(row.findElement(By.cssSelector("td.status span")).getText()).isEqualTo("выполнено");
        assertThat(row.getText()).contains("Подтверждение: Приказ № 12 от 02.09.2022").doesNotContain("просрочено");

        // stage 1 of the same year: the curator's answers and SWOT, a wrong figure refused next to its question
        driver.get(gateway + "/monitoring/stage1?year=" + OWN_PLAN_YEAR);
        WebSession.await(driver).until(ExpectedConditions.urlContains("/monitoring/stage1/schools/" + own.code()));
        driver.findElement(By.id("stage1-edit")).click();
        WebSession.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("stage1-form")));
        WebElement figure = driver.findElement(By.cssSelector("#stage1-form input[inputmode=decimal]"));
        String figureId = figure.getAttribute("id");
        figure.clear();
        figure.sendKeys("150");
        WebElement strengths = driver.findElement(By.id("strengths"));
        strengths.clear();
        strengths.sendKeys("Опытные наставники\nСплочённый коллектив");
        driver.findElement(By.cssSelector("#stage1-form button[type=submit]")).click();
        WebSession.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.id(figureId + "-error")));
        assertThat(driver.findElement(By.id(figureId)).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id(figureId)).getAttribute("value")).isEqualTo("150");
        assertThat(driver.findElement(By.id("strengths")).getAttribute("value")).contains("Сплочённый коллектив");
        driver.findElement(By.id(figureId)).clear();
        driver.findElement(By.id(figureId)).sendKeys("7");
        driver.findElement(By.cssSelector("#stage1-form button[type=submit]")).click();
        WebSession.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".done")));
        assertThat(driver.findElement(By.cssSelector(".swot")).getText()).contains("Опытные наставники", "Сплочённый коллектив");
    }

    @Test
    void departmentViewersMonitoringPagesNameNobodyAndHideSmallCells() {
        List<String> names = new ArrayList<>();
        DemoDistrict.SCHOOLS.forEach(s -> DemoDistrict.teachersOf(s).forEach(t -> names.add(t.lastName() + " " + t.firstName())));
        driver = WebSession.loggedIn("department", 1280);
        List<String> pages = List.of("/monitoring?year=" + YEAR, "/monitoring/assessment?year=" + YEAR,
                "/monitoring/dynamics?year=" + YEAR, "/monitoring/targets?year=" + YEAR, "/monitoring/competency?year=" + YEAR,
                "/monitoring/stage1?year=" + YEAR, "/monitoring/plans?year=" + YEAR);
        for (String page : pages) {
            driver.get(gateway + page);
            assertThat(driver.findElement(By.tagName("h1")).getText()).as(page).isNotEqualTo("Не найдено");
            String source = driver.getPageSource();
            assertThat(names).as(page).noneMatch(source::contains);
        }
        // the plan itself, read only
        driver.get(gateway + "/monitoring/plans?year=" + YEAR);
        driver.findElement(By.linkText("План работы МНЦ")).click();
        WebSession.await(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("events")));
        assertThat(driver.findElements(By.cssSelector("#events form"))).isEmpty();
        String plan = driver.getPageSource();
        assertThat(names).noneMatch(plan::contains);

        // one mentor per school: the schools' lines of the mentors' assessment are hidden as the service marks them
        driver.get(gateway + "/monitoring/assessment?year=" + YEAR);
        assertThat(driver.findElement(By.id("content")).getText()).contains("<5");
        Browser.screenshot(driver, "monitoring-department");

        // the rounds name people: not for this role
        driver.get(gateway + "/monitoring/rounds");
        assertThat(driver.findElement(By.id("content")).getText()).doesNotContain("Опросов:");
        assertThat(WebSession.menu(driver)).contains("Мониторинг");
    }

    /** A GET with the browser's session cookie, as a download link would be followed. */
    private HttpResponse<byte[]> fetch(String url) throws Exception {
        String cookie = driver.manage().getCookieNamed("MENTORING_SESSION").getValue();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "MENTORING_SESSION=" + cookie)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
