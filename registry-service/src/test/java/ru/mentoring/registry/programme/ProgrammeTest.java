package ru.mentoring.registry.programme;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ru.mentoring.registry.TestData;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeTest {

    static final String M = "prg";

    private final MockMvc mvc;

    ProgrammeTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    static String inSchool;
    static String crossSchool;

    @BeforeAll
    static void pairs(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        data.school("prg-a");
        data.school("prg-b");
        data.school("prg-c");
        String mentor = data.teacher("prg-a", "m", "Планова", "биология", 20);
        String young = data.teacher("prg-a", "y", "Целева", "биология", 1);
        String ofB = data.teacher("prg-b", "y", "Бэшкова", "биология", 1);
        for (String p : new String[] {mentor, young, ofB}) {
            data.consent(p);
        }
        inSchool = data.pair(mentor, "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", young);
        crossSchool = data.pair(mentor, "TEACHER_TEACHER", "EXPERIENCED_SUBJECT_TEACHER_INEXPERIENCED", "VIRTUAL", ofB);
    }

    private String programme(LocalDate eventDate) {
        return """
                {"goals":["Освоить проектирование урока по ФГОС"],
                 "difficulties":["методические: структура урока","предметные: генетика"],
                 "events":[{"date":"%s","event":"Посещение урока наставника","expectedResult":"анализ урока"},
                           {"date":"%s","event":"Открытый урок наставляемого","expectedResult":"самоанализ","done":false}]}
                """.formatted(eventDate, TestData.today().plusMonths(2));
    }

    @Test
    void theSchoolsCuratorWritesTheProgrammeAndMarksEventsDone() throws Exception {
        mvc.perform(get("/api/registry/pairs/" + inSchool + "/programme").with(schoolAdmin("prg-a", M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events", hasSize(0)));
        String body = mvc.perform(put("/api/registry/pairs/" + inSchool + "/programme").with(schoolAdmin("prg-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content(programme(TestData.today().plusDays(7))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goals[0]").value("Освоить проектирование урока по ФГОС"))
                .andExpect(jsonPath("$.difficulties", hasSize(2)))
                .andExpect(jsonPath("$.events[1].event").value("Открытый урок наставляемого"))
                .andExpect(jsonPath("$.doneCount").value(0))
                .andExpect(jsonPath("$.updatedBy").value("admin-prg-a"))
                .andReturn().getResponse().getContentAsString();
        String event = JsonPath.read(body, "$.events[0].id");
        mvc.perform(post("/api/registry/pairs/" + inSchool + "/programme/events/" + event + "/done").with(schoolAdmin("prg-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"done\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[0].done").value(true))
                .andExpect(jsonPath("$.doneCount").value(1));
        mvc.perform(get("/api/registry/pairs/" + inSchool + "/history").with(schoolAdmin("prg-a", M)))
                .andExpect(jsonPath("$[?(@.action == 'PROGRAMME_UPDATED')]", hasSize(1)))
                .andExpect(jsonPath("$[?(@.action == 'PROGRAMME_EVENT_DONE')]", hasSize(1)));
        // a second PUT replaces the plan instead of adding to it
        mvc.perform(put("/api/registry/pairs/" + inSchool + "/programme").with(schoolAdmin("prg-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content(programme(TestData.today().plusDays(8))))
                .andExpect(jsonPath("$.events", hasSize(2)));
    }

    @Test
    void anEventOutsideTheProgrammesDatesIsRefusedNamingTheLine() throws Exception {
        mvc.perform(put("/api/registry/pairs/" + inSchool + "/programme").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content(programme(TestData.today().minusDays(1))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("events[0].date"));
        mvc.perform(put("/api/registry/pairs/" + inSchool + "/programme").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"goals\":[],\"events\":[{\"event\":\"x\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'goals')].reason").value("Укажите хотя бы одну цель программы"))
                .andExpect(jsonPath("$.errors[?(@.field == 'events[0].date')].reason").value("Укажите дату мероприятия"));
    }

    @Test
    void bothSchoolsReadTheCrossSchoolProgrammeOnlyTheCoordinatorWritesItAndOthersSeeNothing() throws Exception {
        mvc.perform(put("/api/registry/pairs/" + crossSchool + "/programme").with(schoolAdmin("prg-b", M))
                        .contentType(MediaType.APPLICATION_JSON).content(programme(TestData.today().plusDays(7))))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/registry/pairs/" + crossSchool + "/programme").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content(programme(TestData.today().plusDays(7))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/registry/pairs/" + crossSchool + "/programme").with(schoolAdmin("prg-b", M)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.events", hasSize(2)));
        mvc.perform(get("/api/registry/pairs/" + crossSchool + "/programme").with(schoolAdmin("prg-a", M)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/registry/pairs/" + crossSchool + "/programme").with(schoolAdmin("prg-c", M)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/registry/pairs/" + crossSchool + "/programme").with(departmentViewer(M)))
                .andExpect(status().isForbidden());
    }
}
