package ru.mentoring.registry;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ru.mentoring.platform.test.LastRelease;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;

/**
 * The upgrade from the last release (docs/reliability.md): the registry's schema as that release
 * made it, with the data it wrote (its dump: RestartIT's district), then this release's changelogs
 * at the service's start; the school, the people, their consents and the pair read back.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UpgradeFromLastReleaseTest {

    static final String DISTRICT = "restart-district";
    static final String SCHOOL = "rst-sosh-1";

    private final MockMvc mvc;

    UpgradeFromLastReleaseTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @DynamicPropertySource
    static void lastReleasesDatabase(DynamicPropertyRegistry registry) {
        LastRelease.prepare("registry").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Test
    void theLastReleasesSchoolPeopleConsentsAndPairReadBackAfterTheCurrentChangelogs() throws Exception {
        mvc.perform(get("/api/registry/schools").with(coordinator(DISTRICT))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value(SCHOOL)).andExpect(jsonPath("$[0].shortName").value("МБОУ Перезапусковская СОШ"));
        String participants = mvc.perform(get("/api/registry/schools/" + SCHOOL + "/participants").with(coordinator(DISTRICT)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Сохранова")))
                .andExpect(content().string(containsString("Новикова"))).andReturn().getResponse().getContentAsString();
        String mentee = JsonPath.<java.util.List<String>>read(participants, "$..[?(@.lastName == 'Новикова')].id").get(0);
        mvc.perform(get("/api/registry/participants/" + mentee + "/consents").with(coordinator(DISTRICT))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Согласие № 1 от 01.09.2025")));
        mvc.perform(get("/api/registry/pairs?participantId=" + mentee).with(coordinator(DISTRICT))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
    }
}
