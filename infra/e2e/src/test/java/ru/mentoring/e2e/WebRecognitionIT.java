package ru.mentoring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import ru.mentoring.launcher.PlatformClient;

/**
 * Recognition in a real browser (seed 003's «Лучшая пара», letters of thanks): a school administrator nominates the
 * school's pair, has a nominee that does not fit the kind refused next to the field, and the coordinator, on a phone's
 * width, is asked for a reason to decline and then awards it.
 */
class WebRecognitionIT extends BrowserTest {

    private static final String OWN = "mil-sosh-4";

    @Test
    void aSchoolNominatesItsPairAndTheCoordinatorAwardsIt() {
        driver = WebSession.loggedIn("admin-" + OWN, 1280);
        driver.get(gateway + "/mentoring");
        driver.findElement(By.linkText("Поощрение наставников")).click();
        await(ExpectedConditions.urlContains("/mentoring/recognition"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Поощрение наставников");

        Select nominee = new Select(driver.findElement(By.id("nominee")));
        List<WebElement> pairs = nominee.getOptions().stream().filter(o -> o.getText().startsWith("Пара: ")).toList();
        assertThat(pairs).as("the school's active pairs to nominate").isNotEmpty();
        WebElement mentor = nominee.getOptions().stream().filter(o -> o.getAttribute("value").startsWith("participant:"))
                .findFirst().orElseThrow();
        // «Пара: <mentor> — <mentees> (<form>)»; read now: the page is loaded again below
        String pairLabel = pairs.getFirst().getText();
        String pairValue = pairs.getFirst().getAttribute("value");
        String mentorName = pairLabel.substring("Пара: ".length(), pairLabel.indexOf(" — "));
        String mentorId = mentor.getAttribute("value").substring("participant:".length());
        String year = new Select(driver.findElement(By.id("programmeYear"))).getFirstSelectedOption().getAttribute("value");

        // a teacher is not a student mentor: the letter to the parents is refused, what was typed stays
        new Select(driver.findElement(By.id("kind"))).selectByValue("THANKS_TO_PARENTS");
        nominee.selectByValue(mentor.getAttribute("value"));
        driver.findElement(By.id("justification")).sendKeys("Помогает пятиклассникам с математикой");
        driver.findElement(By.cssSelector("main form.form button[type=submit]")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("nominee-error")));
        assertThat(driver.findElement(By.id("nominee-error")).getText())
                .isEqualTo("Благодарственное письмо родителям — для наставника из числа обучающихся");
        assertThat(driver.findElement(By.id("justification")).getAttribute("value")).isEqualTo("Помогает пятиклассникам с математикой");

        new Select(driver.findElement(By.id("kind"))).selectByValue("BEST_PAIR");
        new Select(driver.findElement(By.id("nominee"))).selectByValue(pairValue);
        driver.findElement(By.id("justification")).clear();
        driver.findElement(By.id("justification")).sendKeys("Открытые уроки каждую четверть");
        driver.findElement(By.cssSelector("main form.form button[type=submit]")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".done")));
        assertThat(driver.findElement(By.cssSelector(".done")).getText()).contains("«Лучшая пара»").contains(mentorName);
        WebElement row = driver.findElement(By.xpath("//tr[td[text()='«Лучшая пара»'] and td[text()='Открытые уроки каждую четверть']]"));
        assertThat(row.getText()).contains("МБОУ СОШ №4").contains("выдвинут");
        // the school does not decide
        assertThat(row.findElements(By.xpath(".//button[text()='Поощрить']"))).isEmpty();
        driver.quit();

        // a long justification: the table shows its beginning, the whole on request
        String longText = "Провела двенадцать открытых уроков для молодых педагогов школы, подготовила методическое пособие "
                + "по наставничеству и выступила на муниципальном семинаре наставников с опытом работы в паре";
        PlatformClient.Response nominated = E2EPlatform.client().postJson("admin-" + OWN, "/api/registry/recognition/nominations",
                "{\"programmeYear\":" + year + ",\"kind\":\"MENTOR_DIPLOMA\",\"participantId\":\"" + mentorId
                        + "\",\"justification\":\"" + longText + "\"}");
        assertThat(nominated.status()).as(nominated.body()).isEqualTo(201);

        driver = WebSession.loggedIn("coordinator", 360);
        driver.get(gateway + "/mentoring/recognition?school=" + OWN + "&status=PROPOSED");
        WebElement diploma = driver.findElement(By.xpath("//tr[td[text()='Диплом, благодарственное письмо наставнику']"
                + " and .//summary[starts-with(text(), 'Провела двенадцать открытых уроков')]]"));
        WebElement summary = diploma.findElement(By.tagName("summary"));
        assertThat(summary.getText()).endsWith("…").hasSizeLessThan(longText.length());
        assertThat(diploma.findElement(By.cssSelector("details span")).isDisplayed()).isFalse();
        summary.click();
        assertThat(diploma.findElement(By.cssSelector("details span")).getText()).isEqualTo(longText);
        // at 360 px a nomination is a card of "label: value" lines, its long text wrapped inside the screen
        assertThat(driver.executeScript("return getComputedStyle(arguments[0]).display", diploma)).isEqualTo("block");
        assertThat(driver.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling at 360 px with a long text open").isEqualTo(true);
        Browser.screenshot(driver, "mentoring-recognition-360px");
        String rowPath = "//tr[td[text()='«Лучшая пара»'] and td[text()='Открытые уроки каждую четверть']]";
        driver.findElement(By.xpath(rowPath + "//button[text()='Не поддержать']")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(driver.findElement(By.cssSelector(".field-error")).getText()).isEqualTo("Укажите, почему выдвижение не поддержано");
        Object pageScroll = driver.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        assertThat(pageScroll).as("no sideways scrolling at 360 px").isEqualTo(true);

        driver.get(gateway + "/mentoring/recognition?school=" + OWN);
        driver.findElement(By.xpath(rowPath + "//input[@name='note']")).sendKeys("Приказ № 48 от 25.05.2026");
        driver.findElement(By.xpath(rowPath + "//button[text()='Поощрить']")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".done")));
        assertThat(driver.findElement(By.cssSelector(".done")).getText()).endsWith(": поощрён.");
        assertThat(driver.findElement(By.xpath(rowPath)).getText()).contains("поощрён").contains("Приказ № 48 от 25.05.2026");
        Browser.screenshot(driver, "mentoring-recognition");
    }

    private void await(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        WebSession.await(driver).until(condition);
    }
}
