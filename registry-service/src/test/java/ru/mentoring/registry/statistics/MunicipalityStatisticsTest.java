package ru.mentoring.registry.statistics;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.registry.TestData;

import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/** The municipality's totals for the dashboard: exact for the coordinator, no count of 1–4 for the department. */
@SpringBootTest
@AutoConfigureMockMvc
class MunicipalityStatisticsTest {

    private final MockMvc mvc;

    MunicipalityStatisticsTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeAll
    static void people(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, "stm");
        data.school("stm-a");
        data.school("stm-b");
        String mentor = data.teacher("stm-a", "SM-1", "Наставникова", "математика", 25);
        String young = data.teacher("stm-b", "SM-2", "Молодова", "математика", 1);
        for (int i = 3; i <= 7; i++) {
            data.teacher("stm-a", "SM-" + i, "Учителева" + i, "физика", 10);
        }
        data.student("stm-b", "SM-9", "Учеников", 6);
        data.consent(mentor);
        data.consent(young);
        // a pair across two schools of the municipality is one pair of the municipality
        data.pair(mentor, "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", young);
        new TestData(mvc, "stn").school("stn-z");
        new TestData(mvc, "stn").teacher("stn-z", "SN-1", "Далёкая", "химия", 3);
    }

    @Test
    void theCoordinatorReadsTheMunicipalitysExactTotals() throws Exception {
        mvc.perform(get("/api/registry/statistics/municipality").with(coordinator("stm")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participantsByKind.TEACHER").value(7))
                .andExpect(jsonPath("$.participantsByKind.STUDENT").value(1))
                .andExpect(jsonPath("$.participantsByKind.PARENT").value(0))
                .andExpect(jsonPath("$.participants").value(8))
                .andExpect(jsonPath("$.activePairs").value(1))
                .andExpect(jsonPath("$.activePairsByForm.TEACHER_TEACHER").value(1))
                .andExpect(jsonPath("$.activePairsByForm.STUDENT_STUDENT").value(0))
                .andExpect(jsonPath("$.activePairsByStage.PREPARATORY").value(1))
                .andExpect(jsonPath("$.activePairsByStage.RESULTATIVE").value(0))
                .andExpect(jsonPath("$.mentorBank").isNumber())
                .andExpect(jsonPath("$.suppressedFigures").isEmpty());
    }

    @Test
    void theDepartmentViewerGetsNoCountOfOneToFourAndNoName() throws Exception {
        mvc.perform(get("/api/registry/statistics/municipality").with(departmentViewer("stm")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participantsByKind.STUDENT").doesNotExist())
                // the lone small category takes its complement with it
                .andExpect(jsonPath("$.participantsByKind.TEACHER").doesNotExist())
                .andExpect(jsonPath("$.participantsByKind.PARENT").value(0))
                .andExpect(jsonPath("$.participants").value(8))
                .andExpect(jsonPath("$.activePairs").doesNotExist())
                .andExpect(jsonPath("$.activePairsByForm.TEACHER_TEACHER").doesNotExist())
                .andExpect(jsonPath("$.activePairsByStage.PREPARATORY").doesNotExist())
                .andExpect(jsonPath("$.suppressedFigures[*]", hasItems("participantsByKind.STUDENT", "participantsByKind.TEACHER",
                        "activePairs", "activePairsByForm.TEACHER_TEACHER", "activePairsByStage.PREPARATORY")))
                .andExpect(content().string(not(containsString("Наставникова"))));
    }

    @Test
    void aSchoolAdministratorHasNoMunicipalityTotals() throws Exception {
        mvc.perform(get("/api/registry/statistics/municipality").with(schoolAdmin("stm-a", "stm")))
                .andExpect(status().isForbidden());
    }
}
