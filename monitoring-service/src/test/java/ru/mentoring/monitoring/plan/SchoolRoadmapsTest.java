package ru.mentoring.monitoring.plan;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.monitoring.TestSchools;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Schools' own roadmaps of municipalities {@code rdm} and {@code rdt} (programme year 2020/21, wholly past: an open
 * event with a month is overdue) and the coordinator's table of them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
class SchoolRoadmapsTest {

    private final MockMvc mvc;

    SchoolRoadmapsTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    private String roadmap(String school) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/monitoring/plans").with(schoolAdmin(school, municipality(school)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"programmeYear\":2020,\"schoolCode\":\"" + school + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.events", hasSize(0)))
                .andReturn().getResponse().getContentAsString(), "$.plan.id");
    }

    private static String municipality(String school) {
        return school.substring(0, school.indexOf('-'));
    }

    private String event(String school, String plan, int month) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/monitoring/plans/" + plan + "/events").with(schoolAdmin(school, municipality(school)))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"stage":"2.5","event":"Открытый урок наставника","monthText":"месяц %d","dueMonth":%d,
                                 "responsible":"Куратор школы","expectedResult":"Проведён урок"}""".formatted(month, month)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void theCoordinatorSeesWhichSchoolsHaveNoRoadmapOrOverdueEventsFirst() throws Exception {
        TestSchools.REGISTRY.school("rdm-a", "МБОУ Аксайская СОШ", 10L, 1L, 2L);
        TestSchools.REGISTRY.school("rdm-b", "МБОУ Берёзовская СОШ", 10L, 1L, 2L);
        TestSchools.REGISTRY.school("rdm-c", "МБОУ Вишнёвая ООШ", 10L, 1L, 2L);
        String a = roadmap("rdm-a");
        String done = event("rdm-a", a, 10);
        mvc.perform(patch("/api/monitoring/plans/" + a + "/events/" + done).with(schoolAdmin("rdm-a", "rdm"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DONE\",\"evidence\":\"Приказ № 12\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overdue").value(false));
        String b = roadmap("rdm-b");
        event("rdm-b", b, 10);
        event("rdm-b", b, 11);
        mvc.perform(get("/api/monitoring/roadmaps").param("programmeYear", "2020").with(coordinator("rdm")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schools", hasSize(3)))
                .andExpect(jsonPath("$.schools[0].shortName").value("МБОУ Вишнёвая ООШ"))
                .andExpect(jsonPath("$.schools[0].hasRoadmap").value(false))
                .andExpect(jsonPath("$.schools[0].needsAttention").value(true))
                .andExpect(jsonPath("$.schools[1].shortName").value("МБОУ Берёзовская СОШ"))
                .andExpect(jsonPath("$.schools[1].events").value(2))
                .andExpect(jsonPath("$.schools[1].overdue").value(2))
                .andExpect(jsonPath("$.schools[2].shortName").value("МБОУ Аксайская СОШ"))
                .andExpect(jsonPath("$.schools[2].done").value(1))
                .andExpect(jsonPath("$.schools[2].overdue").value(0))
                .andExpect(jsonPath("$.schools[2].needsAttention").value(false))
                .andExpect(jsonPath("$.schools[2].planId").value(a));
        mvc.perform(get("/api/monitoring/roadmaps").param("programmeYear", "2020").with(departmentViewer("rdm")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schools", hasSize(3)));
        mvc.perform(get("/api/monitoring/roadmaps").param("programmeYear", "2020").with(coordinator("rdmx")))
                .andExpect(jsonPath("$.schools", hasSize(0)));
        mvc.perform(get("/api/monitoring/roadmaps").param("programmeYear", "2020").with(schoolAdmin("rdm-a", "rdm")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSchoolSeesOnlyItsOwnRoadmapAndAnothersIsNotFound() throws Exception {
        String own = roadmap("rdt-d");
        String event = event("rdt-d", own, 9);
        mvc.perform(get("/api/monitoring/plans/" + own).with(schoolAdmin("rdt-d", "rdt"))).andExpect(status().isOk());
        mvc.perform(get("/api/monitoring/plans/" + own).with(schoolAdmin("rdt-e", "rdt"))).andExpect(status().isNotFound());
        mvc.perform(patch("/api/monitoring/plans/" + own + "/events/" + event).with(schoolAdmin("rdt-e", "rdt"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DONE\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/monitoring/plans/" + own + "/events").with(schoolAdmin("rdt-e", "rdt"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"stage":"1","event":"x","monthText":"x","responsible":"x","expectedResult":"x"}"""))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/monitoring/plans").param("programmeYear", "2020").with(schoolAdmin("rdt-e", "rdt")))
                .andExpect(jsonPath("$[?(@.schoolCode == 'rdt-d')]", hasSize(0)));
    }
}
