package ru.mentoring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import ru.mentoring.launcher.DemoDistrict;
import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import ru.mentoring.platform.time.DistrictTime;

/**
 * The section «Наставничество» in a real browser: the coordinator finds a mentee's request, forms a
 * pair from a suggested mentor, moves it a stage on and decides a change request; the bank search
 * by the first letters of a surname; a school administrator sees only pairs with their school, and hands a mentee's
 * lead to their second mentor.
 *
 * <p>The mentee and their request are made here (a teacher of its own, with a consent), so the demo's
 * people stay as other tests expect them; the pair is ended by the approved request (and, should the
 * test stop half-way, by {@link #endWhatWasLeft}), so the district's count of active pairs is the demo's again.
 */
class WebMentoringIT extends BrowserTest {

    private static final String SCHOOL = "mil-sosh-5";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static PlatformClient client;
    private static String menteeId;
    private static String requestId;
    private static String severalMentee;

    @BeforeAll
    static void platform() {
        client = System.getProperty("web.it.gateway", "").isBlank() ? E2EPlatform.client()
                : new PlatformClient(gateway, WebSession.keycloak());
        String key = "WEB-MENT-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        PlatformClient.Response person = client.postJson("coordinator", "/api/registry/schools/" + SCHOOL + "/participants",
                json(Map.of("externalKey", key, "kind", "TEACHER", "lastName", "Зорина", "firstName", "Вероника",
                        "middleName", "Андреевна", "subjects", "математика", "experienceYears", 1)));
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        menteeId = person.json().get("id").asString();
        PlatformClient.Response consent = client.postJson("coordinator", "/api/registry/participants/" + menteeId + "/consents",
                json(Map.of("givenOn", "2025-09-01", "documentRef", "Согласие № " + key + ", хранится в ОО")));
        assertThat(consent.status()).as(consent.body()).isEqualTo(201);
        PlatformClient.Response request = client.postJson("coordinator", "/api/registry/participants/" + menteeId + "/mentee-requests",
                json(Map.of("difficultyKind", "METHODICAL",
                        "text", "Подготовка обучающихся к ОГЭ: как спланировать повторение")));
        assertThat(request.status()).as(request.body()).isEqualTo(201);
        requestId = request.json().get("id").asString();
    }

    /** The active pairs of this class's mentees (a run stopped half-way, the two mentors' pairs) end, so the demo's counts hold. */
    @AfterAll
    static void endWhatWasLeft() {
        for (String mentee : java.util.stream.Stream.of(menteeId, severalMentee).filter(java.util.Objects::nonNull).toList()) {
            for (JsonNode pair : client.get("coordinator", "/api/registry/pairs?active=true&participantId=" + mentee).json().get("items")) {
                client.postJson("coordinator", "/api/registry/pairs/" + pair.get("id").asString() + "/status",
                        "{\"status\":\"TERMINATED\",\"terminationReason\":\"OTHER\",\"note\":\"конец проверки WebMentoringIT\"}");
            }
        }
    }

    /**
     * Seed 001: a mentee with two mentors of one form; the first leads. The school administrator opens the second pair,
     * sees who leads, hands the lead to this pair's mentor in the browser, and the registry says so too; the mentee's card
     * marks the new lead. Usable 360 px wide.
     */
    @Test
    void aSchoolAdministratorHandsTheLeadToAMenteesSecondMentor() {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        String subject = teacher("WEB-LEAD-S-" + tag, "Предметова", 21);
        String methodical = teacher("WEB-LEAD-M-" + tag, "Методова", 27);
        severalMentee = teacher("WEB-LEAD-N-" + tag, "Ведомая", 1);
        String first = formPair(subject, severalMentee);
        String second = formPair(methodical, severalMentee);

        driver = WebSession.loggedIn("admin-" + SCHOOL, 1280);
        driver.get(gateway + "/mentoring/pairs/" + second);
        WebElement leads = driver.findElement(By.id("lead-" + severalMentee));
        assertThat(leads.getText()).contains("Ведомая Ирина: наставники формы «педагог – педагог»", "Предметова Ирина", "Методова Ирина (эта пара)");
        assertThat(leads.findElement(By.xpath(".//li[contains(., 'Предметова')]")).getText()).contains("ведущий наставник");
        assertThat(leads.findElement(By.xpath(".//li[contains(., 'Методова')]")).getText()).doesNotContain("ведущий наставник");
        Browser.screenshot(driver, "mentoring-pair-lead-mentor");

        leads.findElement(By.cssSelector("button[type=submit]")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".done"), "ведущий наставник —"));
        assertThat(driver.findElement(By.cssSelector(".done")).getText())
                .isEqualTo("Ведомая Ирина: ведущий наставник — Методова Ирина.");
        leads = driver.findElement(By.id("lead-" + severalMentee));
        assertThat(leads.findElement(By.xpath(".//li[contains(., 'Методова')]")).getText()).contains("(эта пара)", "ведущий наставник");
        assertThat(leads.findElement(By.xpath(".//li[contains(., 'Предметова')]")).getText()).doesNotContain("ведущий наставник");
        assertThat(leads.findElements(By.cssSelector("button[type=submit]"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("table.history")).getText()).contains("назначен ведущим наставником");

        // read back from the registry: the lead moved from the first pair to the second
        assertThat(client.get("coordinator", "/api/registry/pairs/" + second).json().path("mentees").get(0).path("leadMentor").asBoolean())
                .isTrue();
        assertThat(client.get("coordinator", "/api/registry/pairs/" + first).json().path("mentees").get(0).path("leadMentor").asBoolean())
                .isFalse();

        // the pairs list marks the lead even when the mentee's other pair is not on the page: the second pair moves to the
        // design stage, and the list of that stage shows it without the first
        PlatformClient.Response moved = client.postJson("coordinator", "/api/registry/pairs/" + second + "/status", "{\"status\":\"DESIGN\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        driver.get(gateway + "/mentoring/pairs?stage=DESIGN");
        assertThat(driver.findElements(By.cssSelector("a[href$='/mentoring/pairs/" + first + "']"))).isEmpty();
        WebElement listed = driver.findElement(By.cssSelector("a[href$='/mentoring/pairs/" + second + "']")).findElement(By.xpath("./ancestor::tr"));
        assertThat(listed.findElement(By.cssSelector(".lead-mark")).getText()).isEqualTo("ведущий наставник");
        driver.get(gateway + "/mentoring/pairs?stage=PREPARATORY");
        assertThat(driver.findElements(By.cssSelector("a[href$='/mentoring/pairs/" + second + "']"))).isEmpty();
        WebElement other = driver.findElement(By.cssSelector("a[href$='/mentoring/pairs/" + first + "']")).findElement(By.xpath("./ancestor::tr"));
        assertThat(other.findElement(By.cssSelector(".lead-mark")).getText()).isEqualTo("не ведущий наставник");

        // the mentee's card marks the lead among their mentors; the first pair's page offers the lead back
        driver.get(gateway + "/registry/participants/" + severalMentee);
        WebElement secondRow = driver.findElement(By.cssSelector("a[href$='/mentoring/pairs/" + second + "']"))
                .findElement(By.xpath("./ancestor::tr"));
        WebElement firstRow = driver.findElement(By.cssSelector("a[href$='/mentoring/pairs/" + first + "']"))
                .findElement(By.xpath("./ancestor::tr"));
        assertThat(secondRow.getText()).contains("Методова Ирина", "ведущий наставник").doesNotContain("не ведущий");
        assertThat(firstRow.getText()).contains("Предметова Ирина", "не ведущий наставник");

        driver.manage().window().setSize(new Dimension(360, 780));
        driver.get(gateway + "/mentoring/pairs/" + first);
        assertThat(driver.findElement(By.id("lead-" + severalMentee)).getText()).contains("Назначить ведущим наставником: Предметова Ирина");
        assertThat(driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
    }

    /** A teacher of the class's school with a consent in force (a subject no demo request asks about). */
    private static String teacher(String key, String lastName, int experience) {
        PlatformClient.Response r = client.postJson("coordinator", "/api/registry/schools/" + SCHOOL + "/participants",
                json(Map.of("externalKey", key, "kind", "TEACHER", "lastName", lastName, "firstName", "Ирина",
                        "subjects", "астрономия", "experienceYears", experience)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.json().get("id").asString();
        PlatformClient.Response consent = client.postJson("coordinator", "/api/registry/participants/" + id + "/consents",
                json(Map.of("givenOn", DistrictTime.today().minusDays(10).toString(), "documentRef", "Согласие № " + key)));
        assertThat(consent.status()).as(consent.body()).isEqualTo(201);
        return id;
    }

    private static String formPair(String mentor, String mentee) {
        LocalDate start = DistrictTime.today().minusDays(2);
        PlatformClient.Response r = client.postJson("coordinator", "/api/registry/pairs", json(Map.of("mentorId", mentor,
                "menteeIds", List.of(mentee), "form", "TEACHER_TEACHER", "interactionModel", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST",
                "kind", "TRADITIONAL", "orderNumber", "ВН-" + mentor.substring(0, 4), "orderDate", start.toString(),
                "startDate", start.toString(), "endDate", start.plusMonths(6).toString())));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    void coordinatorFormsAPairFromASuggestionForAMenteesRequestMovesItOnAndDecidesAChangeRequest() {
        driver = WebSession.loggedIn("coordinator", 1280);
        assertThat(WebSession.menu(driver)).contains("Наставничество");
        driver.findElement(By.linkText("Наставничество")).click();
        await().until(ExpectedConditions.urlToBe(gateway + "/mentoring"));
        assertThat(h1()).isEqualTo("Наставничество");
        assertThat(driver.findElement(By.id("content")).getText()).contains("Банк наставников", "Банк наставляемых",
                "Запросы наставляемых", "Пары и группы", "ждут наставника");
        Browser.screenshot(driver, "mentoring");

        // the request, found by the mentee's surname among those waiting for a mentor
        driver.findElement(By.linkText("Запросы наставляемых")).click();
        await().until(ExpectedConditions.urlContains("/mentoring/requests"));
        driver.findElement(By.id("q")).sendKeys("зорин", Keys.ENTER);
        By requestLink = By.cssSelector("#results a[href$='/mentoring/requests/" + requestId + "']");
        // the search's answer, not the first page that was there before it (htmx swaps the results)
        await().until(ExpectedConditions.urlContains("q="));
        await().until(d -> !names().isEmpty() && names().stream().allMatch(n -> n.startsWith("Зорин")));
        await().until(ExpectedConditions.presenceOfElementLocated(requestLink));
        assertThat(driver.findElement(By.id("results")).getText()).contains("Зорина Вероника Андреевна", "методическое",
                "Подготовка обучающихся к ОГЭ",
                DemoDistrict.SCHOOLS.stream().filter(s -> s.code().equals(SCHOOL)).findFirst().orElseThrow().shortName());
        await().until(d -> {
            d.findElement(requestLink).click();
            return true;
        });

        // the suggested mentors, best first, each with the registry's reasons
        await().until(ExpectedConditions.urlToBe(gateway + "/mentoring/requests/" + requestId));
        assertThat(h1()).isEqualTo("Запрос: Зорина Вероника");
        List<WebElement> suggestions = driver.findElements(By.cssSelector(".suggestion"));
        assertThat(suggestions).isNotEmpty();
        assertThat(suggestions.get(0).findElements(By.cssSelector(".reasons-list li"))).isNotEmpty();
        String mentor = suggestions.get(0).findElement(By.cssSelector("h3")).getText();
        Browser.screenshot(driver, "mentoring-request-suggestions");
        suggestions.get(0).findElement(By.linkText("Сформировать пару")).click();

        // the form: a programme of one month is refused next to its field, what was typed stays
        await().until(ExpectedConditions.urlContains("/pair?mentor="));
        assertThat(driver.findElement(By.cssSelector(".form")).getText()).contains(mentor, "Зорина Вероника");
        assertThat(new Select(driver.findElement(By.id("form"))).getFirstSelectedOption().getText()).isEqualTo("педагог – педагог");
        new Select(driver.findElement(By.id("interactionModel"))).selectByValue("EXPERIENCED_TEACHER_YOUNG_SPECIALIST");
        driver.findElement(By.id("orderNumber")).sendKeys("W-12");
        LocalDate today = DistrictTime.today();
        setDate("endDate", today.plusMonths(1));
        driver.findElement(By.cssSelector(".form button[type=submit]")).click();
        WebElement endError = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("endDate-error")));
        assertThat(endError.getText()).contains("от 3 до 12 месяцев");
        assertThat(driver.findElement(By.id("endDate")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("orderNumber")).getAttribute("value")).isEqualTo("W-12");
        assertThat(new Select(driver.findElement(By.id("interactionModel"))).getFirstSelectedOption().getText())
                .isEqualTo("опытный педагог – молодой специалист");
        Browser.screenshot(driver, "mentoring-pair-form");
        setDate("endDate", today.plusMonths(9));
        driver.findElement(By.cssSelector(".form button[type=submit]")).click();

        // the pair's page: its stage and history
        await().until(ExpectedConditions.urlMatches(Pattern.quote(gateway) + "/mentoring/pairs/[0-9a-f-]{36}$"));
        Matcher m = Pattern.compile("/mentoring/pairs/([0-9a-f-]{36})$").matcher(driver.getCurrentUrl());
        assertThat(m.find()).isTrue();
        String pairId = m.group(1);
        assertThat(driver.findElement(By.cssSelector(".done")).getText()).isEqualTo("Пара сформирована. Запрос наставляемого закрыт.");
        assertThat(driver.findElement(By.id("pair-status")).getText()).isEqualTo("подготовительный");
        assertThat(driver.findElement(By.cssSelector("table.history")).getText()).contains("Пара сформирована", "W-12");
        assertThat(driver.findElement(By.cssSelector(".stages li.current")).getText()).startsWith("подготовительный");

        // the next stage, one at a time
        driver.findElement(By.xpath("//button[.='Перейти к этапу «проектировочный»']")).click();
        await().until(ExpectedConditions.textToBe(By.id("pair-status"), "проектировочный"));
        assertThat(driver.findElement(By.cssSelector(".done")).getText()).isEqualTo("Пара переведена на этап «проектировочный».");
        assertThat(driver.findElement(By.cssSelector("table.history")).getText()).contains("Этап «подготовительный» → «проектировочный»");
        assertThat(driver.findElements(By.xpath("//button[.='Перейти к этапу «реализационный»']"))).hasSize(1);
        Browser.screenshot(driver, "mentoring-pair");

        // in the list of pairs, as a pair of педагог – педагог at the stage it is at
        driver.get(gateway + "/mentoring/pairs?form=TEACHER_TEACHER&stage=DESIGN");
        WebElement row = driver.findElement(By.cssSelector("#results a[href$='/mentoring/pairs/" + pairId + "']"))
                .findElement(By.xpath("./ancestor::tr"));
        assertThat(row.getText()).contains(mentor.split(" ")[0], "Зорина Вероника Андреевна", "педагог – педагог", "проектировочный");
        driver.get(gateway + "/mentoring/pairs");
        Browser.screenshot(driver, "mentoring-pairs");

        // the mentee asks for another mentor; the coordinator grants it and the pair ends
        driver.get(gateway + "/mentoring/pairs/" + pairId);
        driver.findElement(By.xpath("//summary[.='Записать обращение']")).click();
        driver.findElement(By.id("cr-reason")).sendKeys("Не совпадают графики работы");
        driver.findElement(By.cssSelector("#change-request-form button[type=submit]")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".done"), "Обращение записано"));
        WebElement decision = driver.findElement(By.cssSelector("form.decision"));
        assertThat(driver.findElement(By.cssSelector("table.change-requests")).getText())
                .contains("запрос наставляемого на замену наставника", "Зорина Вероника", "Не совпадают графики работы", "на рассмотрении");
        decision.findElement(By.tagName("textarea")).sendKeys("Замена согласована");
        Browser.screenshot(driver, "mentoring-change-request");
        decision.findElement(By.cssSelector("button[value=true]")).click();
        await().until(ExpectedConditions.textToBe(By.id("pair-status"), "прекращена"));
        assertThat(driver.findElement(By.cssSelector(".done")).getText())
                .isEqualTo("Обращение удовлетворено (запрос наставляемого на замену наставника): пара прекращена.");
        assertThat(driver.findElement(By.cssSelector("table.change-requests")).getText()).contains("удовлетворён", "Замена согласована");
        assertThat(driver.findElement(By.cssSelector("table.history")).getText())
                .contains("Обращение удовлетворено", "Пара прекращена: замена наставника по запросу наставляемого");
        assertThat(driver.findElements(By.cssSelector("form.decision"))).isEmpty();
    }

    @Test
    void theBankSearchFindsAMentorByTheFirstLettersOfTheirSurname() {
        JsonNode someone = client.get("coordinator", "/api/registry/bank/mentors?school=mil-gymnasium-1").json().get("items").get(0);
        String lastName = someone.get("lastName").asString();
        String prefix = lastName.substring(0, 4);
        String fullName = lastName + " " + someone.get("firstName").asString();

        driver = WebSession.loggedIn("coordinator", 1280);
        driver.get(gateway + "/mentoring/mentors");
        int all = count();
        driver.findElement(By.id("q")).sendKeys(prefix.toLowerCase(Locale.ROOT), Keys.ENTER);
        await().until(ExpectedConditions.urlContains("q="));
        await().until(d -> count() < all);
        String wanted = prefix.toLowerCase(Locale.ROOT).replace('ё', 'е');
        assertThat(names()).isNotEmpty().allMatch(n -> java.util.Arrays.stream(n.toLowerCase(Locale.ROOT).replace('ё', 'е').split(" "))
                .anyMatch(w -> w.startsWith(wanted)));
        // and within the mentor's school (the registry's filter, the name kept): the mentor is there
        new Select(driver.findElement(By.id("school"))).selectByVisibleText("МБОУ гимназия №1");
        await().until(ExpectedConditions.urlContains("school=mil-gymnasium-1"));
        await().until(d -> d.findElements(By.cssSelector("#results tbody tr")).stream()
                .allMatch(r -> r.getText().contains("МБОУ гимназия №1")));
        assertThat(driver.getCurrentUrl()).contains("q=");
        assertThat(names()).anyMatch(n -> n.startsWith(fullName));
        Browser.screenshot(driver, "mentoring-banks");

        // mentees: the young specialists, names never codes; usable 360 px wide
        driver.get(gateway + "/mentoring/mentees?young=true");
        assertThat(driver.findElements(By.cssSelector("#results tbody tr"))).isNotEmpty();
        DemoDistrict.SCHOOLS.forEach(s -> assertThat(driver.getPageSource()).doesNotContain(">" + s.code() + "<"));
        driver.manage().window().setSize(new Dimension(360, 780));
        driver.get(gateway + "/mentoring/mentees?young=true");
        assertThat(driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth")).isEqualTo(false);
    }

    @Test
    void aSchoolAdministratorSeesOnlyPairsWithTheirSchoolAndNotFoundForAnotherSchoolsPair() {
        String own = "mil-sosh-4";
        String ownName = DemoDistrict.SCHOOLS.stream().filter(s -> s.code().equals(own)).findFirst().orElseThrow().shortName();
        // a pair the demo forms between the gymnasium and mil-sosh-2: not this school's
        String other = null;
        for (JsonNode pair : client.get("coordinator", "/api/registry/pairs?schoolCode=mil-sosh-2").json().get("items")) {
            other = pair.get("id").asString();
        }
        assertThat(other).isNotNull();
        String otherMentor = client.get("coordinator", "/api/registry/pairs/" + other).json().get("mentor").get("lastName").asString();

        driver = WebSession.loggedIn("admin-" + own, 1280);
        driver.get(gateway + "/mentoring/pairs");
        List<WebElement> rows = driver.findElements(By.cssSelector("#results tbody tr"));
        assertThat(rows).isNotEmpty().allMatch(r -> r.getText().contains(ownName));
        assertThat(driver.findElements(By.id("school"))).as("one school: nothing to choose").isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(other);

        driver.get(gateway + "/mentoring/pairs/" + other);
        assertThat(h1()).isEqualTo("Не найдено");
        assertThat(driver.getPageSource()).doesNotContain(otherMentor);
        String notFound = driver.findElement(By.id("content")).getText();
        driver.get(gateway + "/mentoring/pairs/" + UUID.randomUUID());
        assertThat(driver.findElement(By.id("content")).getText()).isEqualTo(notFound);

        // their own pair opens, with its stage
        driver.get(gateway + "/mentoring/pairs");
        driver.findElement(By.cssSelector("#results tbody tr a")).click();
        await().until(ExpectedConditions.urlMatches(Pattern.quote(gateway) + "/mentoring/pairs/[0-9a-f-]{36}$"));
        assertThat(driver.findElement(By.id("pair-status")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("content")).getText()).contains(ownName, "История");
    }

    private List<String> names() {
        return driver.findElements(By.cssSelector("#results td.name")).stream().map(WebElement::getText).toList();
    }

    private int count() {
        return Integer.parseInt(driver.findElement(By.cssSelector("#results .count span")).getText().replaceAll("\\D", ""));
    }

    /** A date input's value as the browser submits it (typing into it depends on the browser's locale). */
    private void setDate(String id, LocalDate date) {
        driver.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, date.toString());
    }

    private String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** htmx replaces the results while the test reads them: a stale element is read again. */
    private WebDriverWait await() {
        WebDriverWait wait = WebSession.await(driver);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
