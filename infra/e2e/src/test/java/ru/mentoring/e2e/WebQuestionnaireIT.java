package ru.mentoring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ru.mentoring.launcher.PlatformClient;

/**
 * A participant answers the questionnaire behind their personal link on a 360 px phone, in a real
 * browser, without an account; the link then says it is used, and the coordinator's dynamics and
 * targets count the answer. Programme year 2029 of mil-sosh-8 belongs to this class alone.
 */
class WebQuestionnaireIT extends BrowserTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int YEAR = 2029;
    static final String SCHOOL = "mil-sosh-8";
    static final int BEFORE = 4;
    static final int AFTER = 9;

    private static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void aMenteeAnswersOnAPhoneOnceAndTheCoordinatorsDynamicsAndTargetsCountIt() {
        String mentee = client.get("coordinator", "/api/registry/schools/" + SCHOOL + "/participants").json().valueStream()
                .filter(p -> "TEACHER".equals(p.get("kind").asString())).findFirst().orElseThrow().get("id").asString();
        answerByApi(open("MENTEE_BEFORE", mentee), BEFORE);
        String after = open("MENTEE_AFTER", mentee);
        String token = after.substring(after.lastIndexOf('/') + 1);
        assertThat(menteeDynamics().get("people").asLong()).isZero();
        assertThat(menteeSatisfaction().get("value").isNull()).isTrue();

        driver = Browser.start(360, 780);
        driver.get(gateway + "/q/" + token);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        List<WebElement> items = driver.findElements(By.cssSelector("fieldset.q-item"));
        assertThat(items).hasSizeGreaterThan(3);
        assertThat(driver.findElement(By.id("q-answered")).getText()).isEqualTo("0");
        assertThat(driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth")).isEqualTo(false);
        // the scale's buttons are big enough to hit with a thumb
        WebElement nine = driver.findElement(By.xpath("(//fieldset[contains(@class,'q-item')]//div[contains(@class,'q-scale')])[1]"
                + "//label[.//span[text()='9']]/span"));
        assertThat(nine.getSize().getHeight()).isGreaterThanOrEqualTo(40);
        Browser.screenshot(driver, "questionnaire-phone");

        int answered = 0;
        for (WebElement item : items) {
            answer(item);
            answered++;
            assertThat(driver.findElement(By.id("q-answered")).getText()).isEqualTo(String.valueOf(answered));
        }
        // answers kept in the tab: a reload (a dropped connection) brings them back
        driver.navigate().refresh();
        assertThat(driver.findElement(By.id("q-answered")).getText()).isEqualTo(String.valueOf(items.size()));

        driver.findElement(By.id("q-send")).click();
        WebSession.await(driver).until(ExpectedConditions.urlToBe(gateway + "/q/done"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Спасибо!");
        Browser.screenshot(driver, "questionnaire-thanks");

        driver.get(gateway + "/q/" + token);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ссылка уже использована");

        driver.get(gateway + "/q/not-a-real-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ссылка недействительна");

        JsonNode dynamics = menteeDynamics();
        assertThat(dynamics.get("people").asLong()).isEqualTo(1);
        assertThat(dynamics.get("items")).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("meanBefore").asDouble()).isEqualTo(BEFORE);
            assertThat(item.get("meanAfter").asDouble()).isEqualTo(AFTER);
        });
        JsonNode satisfaction = menteeSatisfaction();
        assertThat(satisfaction.get("value").isNull()).as(satisfaction.toString()).isFalse();

        // the link's secret is in no log of the platform
        assertThat(logsMentioning(token)).isEmpty();
    }

    /** Chooses 9 on a scale, "да", the first option, or writes a line, by clicking as a person does. */
    private void answer(WebElement item) {
        if (!item.findElements(By.cssSelector(".q-scale")).isEmpty()) {
            item.findElement(By.xpath(".//label[.//span[text()='" + AFTER + "']]/span")).click();
        } else if (!item.findElements(By.tagName("textarea")).isEmpty()) {
            item.findElement(By.tagName("textarea")).sendKeys("Больше открытых уроков");
        } else {
            item.findElements(By.cssSelector("label.q-choice span")).get(0).click();
        }
    }

    private static JsonNode menteeDynamics() {
        JsonNode d = client.get("coordinator", "/api/monitoring/dynamics?programmeYear=" + YEAR + "&schoolCode=" + SCHOOL).json();
        return d.get("tables").valueStream().filter(r -> "MENTEE".equals(r.get("role").asString())).findFirst().orElseThrow();
    }

    private static JsonNode menteeSatisfaction() {
        JsonNode targets = client.get("coordinator", "/api/monitoring/targets?programmeYear=" + YEAR + "&schoolCode=" + SCHOOL).json();
        return targets.get("targets").valueStream()
                .filter(t -> "MENTEE_SATISFACTION".equals(t.get("code").asString())).findFirst().orElseThrow();
    }

    private static String open(String template, String participant) {
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("programmeYear", YEAR);
        round.put("schoolCode", SCHOOL);
        round.put("templateCode", template);
        round.put("validityDays", 7);
        round.put("respondents", List.of(Map.of("participantId", participant, "role", "MENTEE")));
        PlatformClient.Response opened = client.postJson("coordinator", "/api/monitoring/rounds", JSON.writeValueAsString(round));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().get("links").get(0).get("path").asString();
    }

    private static void answerByApi(String path, int scale) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode item : client.get(null, path).json().get("items")) {
            Object value = switch (item.get("type").asString()) {
                case "YES_NO" -> true;
                case "SCALE_1_10" -> scale;
                case "FREQUENCY" -> item.get("options").get(0).asString();
                default -> "Хочу научиться работать с трудными классами";
            };
            answers.add(Map.of("itemKey", item.get("key").asString(), "value", value));
        }
        PlatformClient.Response sent = client.send(client.request(null, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("answers", answers)))));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    }

    private static List<Path> logsMentioning(String secret) {
        Path logs = E2EPlatform.get().settings().logDir();
        try (Stream<Path> files = Files.walk(logs)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return Files.readString(f).contains(secret);
                } catch (IOException | UncheckedIOException e) {
                    return false;
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
