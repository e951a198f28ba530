package ru.mentoring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import ru.mentoring.launcher.DemoDistrict;
import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;

/**
 * «Мои пары» in a real browser: the demo mentor lands on their pair, with the "done" buttons and the
 * stage report; the demo mentee, at 360 px, has no "done" buttons and sends a proposal (an empty one
 * refused next to the form), which the school administrator accepts on the pair's page and the mentee
 * then sees accepted, with the comment; neither reaches a school-wide page or another pair; the school
 * administrator's card of the mentor offers «Пригласить в личный кабинет».
 */
class WebOwnAccountsIT extends BrowserTest {

    @Test
    void theMentorSeesTheirPairMarksTheProgrammeAndWritesTheReport() {
        driver = WebSession.loggedIn(DemoDistrict.MENTOR_LOGIN, 1280);
        await(ExpectedConditions.urlContains("/me"));
        assertThat(WebSession.menu(driver)).containsExactly("Мои пары");
        driver.findElement(By.cssSelector("main table a")).click();
        await(ExpectedConditions.urlContains("/me/pairs/"));
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Вы в паре").contains("наставник");
        assertThat(driver.findElements(By.xpath("//button[contains(., 'Отметить выполненным') or contains(., 'Снять отметку')]")))
                .isNotEmpty();
        assertThat(driver.findElements(By.id("proposal-text"))).as("proposals are the mentee's").isEmpty();

        String text = "Отчёт из кабинета " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        driver.findElement(By.id("report-text")).sendKeys(text);
        driver.findElement(By.xpath("//button[text()='Сохранить отчёт']")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".done")));
        assertThat(driver.findElement(By.cssSelector(".done")).getText()).isEqualTo("Отчёт сохранён.");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains(text);
        Browser.screenshot(driver, "own-mentor");

        driver.get(gateway + "/mentoring/pairs");
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Недоступно для вашей роли");
        String otherPair = otherPairId();
        driver.get(gateway + "/me/pairs/" + otherPair);
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo(notFoundHeading());
    }

    @Test
    void theMenteeProposesAChangeOnANarrowScreenAndMarksNothing() {
        driver = WebSession.loggedIn(DemoDistrict.MENTEE_LOGIN, 360);
        await(ExpectedConditions.urlContains("/me"));
        driver.findElement(By.cssSelector("main table a")).click();
        await(ExpectedConditions.urlContains("/me/pairs/"));
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("наставляемый");
        assertThat(driver.findElements(By.xpath("//button[contains(., 'Отметить выполненным')]"))).isEmpty();
        assertThat(driver.findElements(By.id("report-text"))).as("the report is the mentor's").isEmpty();

        driver.findElement(By.xpath("//button[text()='Отправить предложение']")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".problem")));
        assertThat(driver.findElement(By.cssSelector(".problem")).getText()).isNotBlank();

        String text = "Добавить взаимопосещение " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        driver.findElement(By.id("proposal-text")).sendKeys(text);
        driver.findElement(By.xpath("//button[text()='Отправить предложение']")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".done")));
        assertThat(driver.findElement(By.cssSelector(".done")).getText()).isEqualTo("Предложение передано куратору.");
        assertThat(proposalRow(text).getText()).contains("на рассмотрении");
        String pairId = driver.getCurrentUrl().replaceAll(".*/me/pairs/([0-9a-f-]+).*", "$1");
        driver.quit();

        // the curator accepts it on the pair's page, with a comment for the mentee
        driver = WebSession.loggedIn("admin-" + DemoDistrict.OWN_ACCOUNTS_SCHOOL, 1280);
        driver.get(gateway + "/mentoring/pairs/" + pairId);
        String note = "Добавим в план на январь";
        proposalRow(text).findElement(By.tagName("textarea")).sendKeys(note);
        proposalRow(text).findElement(By.xpath(".//button[text()='Принять']")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".done")));
        assertThat(driver.findElement(By.cssSelector(".done")).getText()).isEqualTo("Предложение наставляемого принято.");
        assertThat(proposalRow(text).getText()).contains("принято").contains(note);
        assertThat(proposalRow(text).findElements(By.tagName("button"))).as("decided once").isEmpty();
        driver.quit();

        // and the mentee reads the decision in their account
        driver = WebSession.loggedIn(DemoDistrict.MENTEE_LOGIN, 360);
        driver.get(gateway + "/me/pairs/" + pairId);
        assertThat(proposalRow(text).getText()).contains("принято").contains(note);
        Object pageScroll = driver.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        assertThat(pageScroll).as("no sideways scrolling at 360 px").isEqualTo(true);
        Browser.screenshot(driver, "own-mentee");
    }

    private org.openqa.selenium.WebElement proposalRow(String text) {
        return driver.findElement(By.xpath("//table[contains(@class, 'proposals')]//tr[td[contains(., '" + text + "')]]"));
    }

    @Test
    void theSchoolAdministratorInvitesFromTheParticipantsCard() {
        PlatformClient client = E2EPlatform.client();
        String mentor = null;
        for (JsonNode p : client.get("admin-" + DemoDistrict.OWN_ACCOUNTS_SCHOOL, "/api/registry/pairs?schoolCode="
                + DemoDistrict.OWN_ACCOUNTS_SCHOOL).json().get("items")) {
            if ("15".equals(p.get("orderNumber").asString())) {
                mentor = p.get("mentor").get("participantId").asString();
            }
        }
        driver = WebSession.loggedIn("admin-" + DemoDistrict.OWN_ACCOUNTS_SCHOOL, 1280);
        driver.get(gateway + "/registry/participants/" + mentor);
        assertThat(driver.findElement(By.id("account-title")).getText()).isEqualTo("Личный кабинет");
        assertThat(driver.findElements(By.xpath("//button[text()='Пригласить в личный кабинет']"))).hasSize(1);
        // an adult's card: the student's of WebRegistryIT (registry-participant.png) has no such section, a minor has no account
        Browser.screenshot(driver, "registry-participant-account");
    }

    private void await(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        WebSession.await(driver).until(condition);
    }

    private static String otherPairId() {
        JsonNode items = E2EPlatform.client().get("coordinator", "/api/registry/pairs?schoolCode=mil-sosh-1").json().get("items");
        return items.get(0).get("id").asString();
    }

    private static String notFoundHeading() {
        return "Не найдено";
    }
}
