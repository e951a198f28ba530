package ru.mentoring.e2e;

import org.openqa.selenium.Dimension;
import java.util.Comparator;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import ru.mentoring.launcher.DemoDistrict;

/**
 * The web application in a real browser, through the gateway, logging in on Keycloak's own page:
 * what a coordinator and a school administrator see, the session and the logout.
 */
class WebBrowserIT extends BrowserTest {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("^−?\\d+,\\d+$");

    @Test
    void coordinatorLogsInOnKeycloaksRussianPageAndSeesTheDistrictsSchoolsByNameWithStatuses() {
        driver = Browser.start(1280, 900);
        driver.get(gateway + "/");
        awaitKeycloakLogin();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Вход");
        Browser.screenshot(driver, "login");

        logIn("coordinator");
        await().until(ExpectedConditions.urlToBe(gateway + "/schools"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Школы района");
        String header = driver.findElement(By.cssSelector("header.top")).getText();
        assertThat(header).contains("Ирина Координаторова", "Муниципальный координатор", DemoDistrict.MUNICIPALITY_NAME);
        // the sections, whether built yet or shown as coming
        assertThat(menu()).extracting(item -> item.replace(" (скоро)", ""))
                .containsExactly("Школы", "Обзор", "Реестр", "Наставничество", "Мониторинг", "Данные индекса");

        List<WebElement> rows = driver.findElements(By.cssSelector("#results tbody tr"));
        assertThat(rows).hasSize(20); // one page of the district's 22 schools
        int schools = Integer.parseInt(driver.findElement(By.cssSelector("#results .count")).getText().replace("Найдено школ: ", ""));
        assertThat(schools).isGreaterThanOrEqualTo(DemoDistrict.SCHOOLS.size());
        String table = driver.findElement(By.id("results")).getText();
        assertThat(table).contains(DemoDistrict.SCHOOLS.get(0).shortName()).contains("ШНОР");
        // names, never codes
        DemoDistrict.SCHOOLS.forEach(school -> assertThat(driver.getPageSource()).doesNotContain(">" + school.code() + "<"));
        assertThat(driver.findElements(By.cssSelector("#results td.num")).stream().map(WebElement::getText)
                .filter(t -> t.contains(",")).toList()).isNotEmpty().allMatch(t -> DECIMAL_COMMA.matcher(t).matches());
        Browser.screenshot(driver, "schools");

        // the second page, from the server
        driver.findElement(By.cssSelector(".pager a[rel=next]")).click();
        await().until(ExpectedConditions.urlContains("page=2"));
        await().until(d -> d.findElements(By.cssSelector("#results tbody tr")).size() == schools - 20);

        // sort by ИОР, highest first, on the server
        driver.get(gateway + "/schools?sort=ior&dir=desc");
        List<Double> ior = driver.findElements(By.cssSelector("#results tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).filter(t -> !t.equals("—")).map(t -> Double.parseDouble(t.replace(',', '.').replace('−', '-')))
                .toList();
        assertThat(ior).hasSizeGreaterThan(5).isSortedAccordingTo(Comparator.reverseOrder());

        // filter by status (htmx replaces the table; the address follows)
        new Select(driver.findElement(By.id("status"))).selectByValue("LOW_RESULTS");
        await().until(ExpectedConditions.urlContains("status=LOW_RESULTS"));
        await().until(d -> d.findElements(By.cssSelector("#results tbody tr")).stream()
                .allMatch(r -> r.getText().contains("ШНОР")));
        int lowResults = driver.findElements(By.cssSelector("#results tbody tr")).size();
        assertThat(lowResults).isBetween(1, DemoDistrict.SCHOOLS.size() - 1);
        assertThat(driver.findElement(By.cssSelector("#results .count")).getText()).isEqualTo("Найдено школ: " + lowResults);

        // a school's card: the first ШНОР school of the filtered list
        WebElement first = driver.findElement(By.cssSelector("#results tbody tr td a"));
        String name = first.getText();
        first.click();
        await().until(ExpectedConditions.urlMatches(Pattern.quote(gateway) + "/schools/[a-z0-9-]+$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(driver.findElements(By.cssSelector("section[aria-labelledby=history-title] tbody tr"))).hasSize(3);
        assertThat(driver.findElement(By.id("history-title")).getText()).isEqualTo("Результаты за три года");
        assertThat(driver.findElement(By.id("why-title")).getText()).startsWith("Почему такие статусы");
        assertThat(driver.findElements(By.cssSelector(".reasons dd"))).isNotEmpty()
                .allMatch(dd -> !dd.getText().isBlank() && !dd.getText().equals("Пояснение не сохранено."));
        Browser.screenshot(driver, "school-card");

        // 360 px wide: the same page, nothing cut off (the table scrolls inside its frame)
        driver.manage().window().setSize(new Dimension(360, 780));
        driver.get(gateway + "/schools");
        Object overflow = driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
        Browser.screenshot(driver, "schools-360px");
    }

    @Test
    void theBrowserHoldsOnlyAnHttpOnlySameSiteSessionCookieAndComesBackToItsPageWhenTheSessionIsGone() {
        driver = Browser.start(1280, 900);
        driver.get(gateway + "/");
        awaitKeycloakLogin();
        logIn("coordinator");
        await().until(ExpectedConditions.urlToBe(gateway + "/schools"));

        assertThat(driver.manage().getCookies()).extracting(Cookie::getName).containsExactly("MENTORING_SESSION");
        Cookie session = driver.manage().getCookieNamed("MENTORING_SESSION");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(driver.getPageSource()).doesNotContain("eyJ"); // no JWT anywhere in the page

        // the server session ends (expiry): the next page goes through the login and back to itself;
        // Keycloak's own session still stands, so no password is asked
        String card = gateway + "/schools/" + DemoDistrict.SCHOOLS.get(1).code();
        driver.manage().deleteCookieNamed("MENTORING_SESSION");
        driver.get(card);
        await().until(ExpectedConditions.urlMatches(Pattern.quote(card) + "(\\?continue)?$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(DemoDistrict.SCHOOLS.get(1).shortName());
    }

    @Test
    void schoolAdministratorSeesTheirOwnSchoolsCardAndNotFoundForAnotherSchool() {
        DemoDistrict.DemoSchool own = DemoDistrict.SCHOOLS.stream().filter(s -> s.code().equals("mil-sosh-2")).findFirst().orElseThrow();
        DemoDistrict.DemoSchool other = DemoDistrict.SCHOOLS.stream().filter(s -> s.code().equals("mil-sosh-4")).findFirst().orElseThrow();
        driver = Browser.start(1280, 900);
        driver.get(gateway + "/");
        awaitKeycloakLogin();
        logIn(own.adminLogin());

        await().until(ExpectedConditions.urlToBe(gateway + "/schools/" + own.code()));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(own.shortName());
        assertThat(driver.findElement(By.cssSelector("header.top")).getText())
                .contains("Администратор образовательной организации");
        assertThat(menu()).extracting(item -> item.replace(" (скоро)", ""))
                .containsExactly("Моя школа", "Реестр", "Наставничество", "Мониторинг");
        assertThat(driver.findElements(By.cssSelector("section[aria-labelledby=history-title] tbody tr"))).hasSize(3);
        Browser.screenshot(driver, "my-school");

        // another school's card typed into the address bar: as if it did not exist
        driver.get(gateway + "/schools/" + other.code());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Не найдено");
        assertThat(driver.getPageSource()).doesNotContain(other.shortName());
        String notFound = driver.findElement(By.id("content")).getText();
        driver.get(gateway + "/schools/no-such-school");
        assertThat(driver.findElement(By.id("content")).getText()).isEqualTo(notFound);
        Browser.screenshot(driver, "not-found");

        // the district's list is the coordinator's
        driver.get(gateway + "/schools");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Недоступно для вашей роли");
    }

    @Test
    void logoutEndsTheKeycloakSessionTooSoTheNextPageAsksForThePasswordAgain() {
        driver = Browser.start(1280, 900);
        driver.get(gateway + "/");
        awaitKeycloakLogin();
        logIn("coordinator");
        await().until(ExpectedConditions.urlToBe(gateway + "/schools"));

        driver.findElement(By.cssSelector("form.logout button")).click();
        awaitKeycloakLogin();
        driver.get(gateway + "/schools");
        awaitKeycloakLogin(); // had Keycloak's session survived, this would have gone straight back to the page
        assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEmpty();
    }

    private void awaitKeycloakLogin() {
        WebSession.awaitKeycloakLogin(driver);
    }

    private void logIn(String username) {
        WebSession.logIn(driver, username);
    }

    private List<String> menu() {
        return WebSession.menu(driver);
    }

    private WebDriverWait await() {
        return WebSession.await(driver);
    }
}
