package ru.mentoring.registry.statistics;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.registry.TestData;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.internalService;

/**
 * Counts per school: for other services (every school) and by the category of the people in active
 * pairs; exact for a coordinator, without counts of 1–4 for a department viewer.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StatisticsTest {

    private final MockMvc mvc;

    StatisticsTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeAll
    static void pairs(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, "sta");
        data.school("sta-a");
        String mentor = data.teacher("sta-a", "SA-1", "Наставникова", "математика", 25);
        String youngTeacher = data.teacher("sta-a", "SA-2", "Молодова", "математика", 1);
        String pupil = data.student("sta-a", "SA-3", "Учеников", 6);
        data.teacher("sta-a", "SA-4", "Свободная", "физика", 10);
        data.consent(mentor);
        data.consent(youngTeacher);
        data.consent(pupil, true);
        data.pair(mentor, "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", youngTeacher);
        data.pair(mentor, "TEACHER_STUDENT", "TEACHER_UNDERACHIEVING_STUDENT", "TRADITIONAL", pupil);
        TestData other = new TestData(mvc, "stb");
        other.school("stb-z");
        other.teacher("stb-z", "SZ-1", "Далёкая", "химия", 3);
    }

    @Test
    void anotherServiceReadsTheCountsOfEverySchool() throws Exception {
        mvc.perform(get("/api/registry/statistics/schools").with(internalService("monitoring-service")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].schoolCode", hasItems("sta-a", "stb-z")))
                .andExpect(jsonPath("$[?(@.schoolCode == 'sta-a')].participants.TEACHER").value(3))
                .andExpect(jsonPath("$[?(@.schoolCode == 'sta-a')].participants.STUDENT").value(1))
                .andExpect(jsonPath("$[?(@.schoolCode == 'sta-a')].activePairs").value(2))
                .andExpect(jsonPath("$[?(@.schoolCode == 'stb-z')].participants.TEACHER").value(1))
                .andExpect(jsonPath("$[?(@.schoolCode == 'stb-z')].mentors").value(0));
    }

    @Test
    void mentorsAndMenteesOfActivePairsAreCountedByCategory() throws Exception {
        String a = "$[?(@.schoolCode == 'sta-a')]";
        mvc.perform(get("/api/registry/statistics/schools").with(coordinator("sta")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(a + ".suppressed").value(false))
                .andExpect(jsonPath(a + ".mentors").value(1))
                .andExpect(jsonPath(a + ".mentees").value(2))
                .andExpect(jsonPath(a + ".mentorsByKind.TEACHER").value(1))
                .andExpect(jsonPath(a + ".mentorsByKind.STUDENT").value(0))
                .andExpect(jsonPath(a + ".mentorsByKind.PARENT").value(0))
                .andExpect(jsonPath(a + ".mentorsByKind.PARTNER").value(0))
                .andExpect(jsonPath(a + ".menteesByKind.TEACHER").value(1))
                .andExpect(jsonPath(a + ".menteesByKind.STUDENT").value(1))
                .andExpect(jsonPath(a + ".menteesByKind.PARENT").value(0))
                .andExpect(jsonPath(a + ".menteesByKind.PARTNER").value(0))
                .andExpect(jsonPath(a + ".activePairsByForm.TEACHER_TEACHER").value(1))
                .andExpect(jsonPath(a + ".activePairsByForm.TEACHER_STUDENT").value(1));
        mvc.perform(get("/api/registry/statistics/schools").with(coordinator("stb")))
                .andExpect(jsonPath("$[?(@.schoolCode == 'stb-z')].mentorsByKind.TEACHER").value(0))
                .andExpect(jsonPath("$[?(@.schoolCode == 'stb-z')].menteesByKind.STUDENT").value(0));
    }

    @Test
    void aDepartmentViewerGetsNoCountOfOneToFourButSeesZeros() throws Exception {
        String a = "$[?(@.schoolCode == 'sta-a')]";
        mvc.perform(get("/api/registry/statistics/schools").with(departmentViewer("sta")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(a + ".suppressed").value(true))
                .andExpect(jsonPath(a + ".participants.TEACHER").value(contains(nullValue())))
                .andExpect(jsonPath(a + ".participants.STUDENT").value(contains(nullValue())))
                .andExpect(jsonPath(a + ".participants.PARENT").value(0))
                .andExpect(jsonPath(a + ".mentors").value(contains(nullValue())))
                .andExpect(jsonPath(a + ".mentees").value(contains(nullValue())))
                .andExpect(jsonPath(a + ".activePairs").value(contains(nullValue())))
                .andExpect(jsonPath(a + ".mentorsByKind.TEACHER").value(contains(nullValue())))
                // the lone hidden mentor kind takes a complement with it: only zeros are left, so the first zero
                .andExpect(jsonPath(a + ".mentorsByKind.STUDENT").value(contains(nullValue())))
                .andExpect(jsonPath(a + ".mentorsByKind.PARENT").value(0))
                .andExpect(jsonPath(a + ".menteesByKind.STUDENT").value(contains(nullValue())))
                .andExpect(jsonPath(a + ".activePairsByForm.TEACHER_STUDENT").value(contains(nullValue())))
                .andExpect(jsonPath(a + ".suppressedFigures[*]", hasItems("participants.TEACHER", "mentors",
                        "mentorsByKind.TEACHER", "menteesByKind.TEACHER", "activePairsByForm.TEACHER_TEACHER")));
        // the same line read by the coordinator of the municipality: exact
        mvc.perform(get("/api/registry/statistics/schools").with(coordinator("sta")))
                .andExpect(jsonPath(a + ".participants.TEACHER").value(3))
                .andExpect(jsonPath(a + ".suppressedFigures[*]").isEmpty());
    }
}
