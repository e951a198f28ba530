package ru.mentoring.registry.programme;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.registry.TestData;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.internalService;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * The forms of support the pairs' programmes held in a period. Municipality {@code pev}: two pairs
 * of {@code pev-a} both plan an interview (written in two ways), one of them also an open lesson,
 * done; a pair of {@code pev-b} plans a consultation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeEventsForMonitoringTest {

    static final String M = "pev";

    private final MockMvc mvc;

    ProgrammeEventsForMonitoringTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeAll
    static void programmes(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        data.school("pev-a");
        data.school("pev-b");
        String[] a = new String[4];
        for (int i = 0; i < 4; i++) {
            a[i] = data.teacher("pev-a", "PE-" + i, "Учителева" + i, "история", i % 2 == 0 ? 20 : 1);
            data.consent(a[i]);
        }
        String mentorB = data.teacher("pev-b", "PE-b1", "Бэ", "химия", 20);
        String youngB = data.teacher("pev-b", "PE-b2", "Бэшка", "химия", 1);
        data.consent(mentorB);
        data.consent(youngB);
        String first = data.pair(a[0], "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", a[1]);
        String second = data.pair(a[2], "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", a[3]);
        String ofB = data.pair(mentorB, "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", youngB);
        LocalDate d = TestData.today().plusDays(10);
        programme(mvc, first, """
                [{"date":"%s","event":"Собеседование с молодым специалистом"},
                 {"date":"%s","event":"Открытое занятие наставника","done":true}]""".formatted(d, d));
        programme(mvc, second, """
                [{"date":"%s","event":"собеседование  с молодым специалистом"}]""".formatted(d));
        programme(mvc, ofB, """
                [{"date":"%s","event":"Консультация по рабочей программе"}]""".formatted(d));
    }

    private static void programme(MockMvc mvc, String pair, String events) throws Exception {
        mvc.perform(put("/api/registry/pairs/" + pair + "/programme").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"goals\":[\"Адаптация в профессии\"],\"events\":" + events + "}")).andExpect(status().isOk());
    }

    @Test
    void aSchoolsFormsOfSupportAreItsPairsEventTitlesOnceEachWithPairsAndDoneCounts() throws Exception {
        LocalDate today = TestData.today();
        mvc.perform(get("/api/registry/programmes/events-in-period").param("schoolCode", "pev-a")
                        .param("from", today.toString()).param("to", today.plusMonths(6).toString())
                        .with(internalService("monitoring")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].title").value("Собеседование с молодым специалистом"))
                .andExpect(jsonPath("$[0].pairs").value(2))
                .andExpect(jsonPath("$[0].events").value(2))
                .andExpect(jsonPath("$[0].done").value(0))
                .andExpect(jsonPath("$[1].title").value("Открытое занятие наставника"))
                .andExpect(jsonPath("$[1].done").value(1));
    }

    @Test
    void theMunicipalitysFormsOfSupportTakeEverySchoolAndNoEventOutsideThePeriod() throws Exception {
        LocalDate today = TestData.today();
        mvc.perform(get("/api/registry/programmes/events-in-period").param("municipalityCode", M)
                        .param("from", today.toString()).param("to", today.plusMonths(6).toString())
                        .with(internalService("monitoring")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)));
        mvc.perform(get("/api/registry/programmes/events-in-period").param("municipalityCode", M)
                        .param("from", today.plusDays(11).toString()).param("to", today.plusMonths(6).toString())
                        .with(internalService("monitoring")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void onlyAServiceReadsTheFormsOfSupport() throws Exception {
        LocalDate today = TestData.today();
        mvc.perform(get("/api/registry/programmes/events-in-period").param("schoolCode", "pev-a")
                        .param("from", today.toString()).param("to", today.plusMonths(6).toString())
                        .with(schoolAdmin("pev-a", M)))
                .andExpect(status().isForbidden());
    }
}
