package ru.mentoring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Seed 004's management teams and personnel reserve in a real browser: a school administrator adds a teacher to the
 * team and another to the reserve, has the same teacher twice refused next to the field with what was typed kept, and
 * the coordinator's table counts the school's.
 */
class WebManagementIT extends BrowserTest {

    private static final String OWN = "mil-sosh-4";

    @Test
    void aSchoolKeepsItsTeamAndReserveAndTheCoordinatorCountsThem() {
        driver = WebSession.loggedIn("admin-" + OWN, 1280);
        driver.get(gateway + "/registry");
        driver.findElement(By.linkText("Управленческие команды и кадровый резерв")).click();
        await(ExpectedConditions.urlContains("/registry/management"));
        assertThat(driver.findElement(By.cssSelector("main h2")).getText()).isEqualTo("МБОУ СОШ №4");

        String listed = String.join("\n", driver.findElements(By.cssSelector("main table.data")).stream().map(WebElement::getText).toList());
        List<WebElement> free = new Select(driver.findElement(By.id("participantId"))).getOptions().stream()
                .filter(o -> !listed.contains(o.getText())).toList();
        assertThat(free).as("teachers of the school not in a list yet").hasSizeGreaterThanOrEqualTo(2);
        String head = free.get(0).getText();
        String hope = free.get(1).getText();

        add(head, "TEAM", "заместитель директора по воспитательной работе");
        assertThat(driver.findElement(By.cssSelector(".done")).getText())
                .isEqualTo(head + ": член управленческой команды, заместитель директора по воспитательной работе.");
        add(hope, "RESERVE", "заместитель директора по УВР");
        WebElement reserve = driver.findElement(By.xpath("//section[h3[@id='reserve-title']]"));
        assertThat(reserve.getText()).contains(hope).contains("заместитель директора по УВР");

        add(head, "TEAM", "директор");
        await(ExpectedConditions.presenceOfElementLocated(By.id("participantId-error")));
        assertThat(driver.findElement(By.id("participantId-error")).getText()).isEqualTo("Педагог уже в управленческой команде");
        assertThat(driver.findElement(By.id("position")).getAttribute("value")).isEqualTo("директор");
        driver.quit();

        driver = WebSession.loggedIn("coordinator", 360);
        driver.get(gateway + "/registry/management");
        WebElement row = driver.findElement(By.xpath("//tr[td/a[text()='МБОУ СОШ №4']]"));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(Integer.parseInt(cells.get(1).getText())).isGreaterThanOrEqualTo(1);
        assertThat(Integer.parseInt(cells.get(2).getText())).isGreaterThanOrEqualTo(1);
        Object pageScroll = driver.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        assertThat(pageScroll).as("no sideways scrolling at 360 px").isEqualTo(true);
        Browser.screenshot(driver, "registry-management");
    }

    private void add(String teacher, String role, String position) {
        new Select(driver.findElement(By.id("participantId"))).selectByVisibleText(teacher);
        new Select(driver.findElement(By.id("role"))).selectByValue(role);
        WebElement field = driver.findElement(By.id("position"));
        field.clear();
        field.sendKeys(position);
        driver.findElement(By.cssSelector("main form.form button[type=submit]")).click();
        await(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".done")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".problem"))));
    }

    private void await(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        WebSession.await(driver).until(condition);
    }
}
