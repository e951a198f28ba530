package ru.mentoring.registry.statistics;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.registry.TestData;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.internalService;

/**
 * The programme year's pairs and people for the monitoring's note. Municipality {@code pst}: a
 * teacher pair in {@code pst-a}, a cross-school teacher pair (the same mentor of a, a mentee of
 * {@code pst-b}), a group of two students of a with a teacher of a; another municipality's pair
 * that must not count. All start today.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeriodStatisticsTest {

    private final MockMvc mvc;

    PeriodStatisticsTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeAll
    static void pairs(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, "pst");
        data.school("pst-a");
        data.school("pst-b");
        String mentor = data.teacher("pst-a", "PS-1", "Опытная", "математика", 25);
        String young = data.teacher("pst-a", "PS-2", "Молодая", "математика", 1);
        String ofB = data.teacher("pst-b", "PS-3", "Бэшкина", "физика", 2);
        String teacher = data.teacher("pst-a", "PS-4", "Классная", "русский язык", 12);
        String s1 = data.student("pst-a", "PS-5", "Первый", 6);
        String s2 = data.student("pst-a", "PS-6", "Второй", 6);
        for (String p : new String[] {mentor, young, ofB, teacher}) {
            data.consent(p);
        }
        data.consent(s1, true);
        data.consent(s2, true);
        data.pair(mentor, "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", young);
        data.pair(mentor, "TEACHER_TEACHER", "EXPERIENCED_SUBJECT_TEACHER_INEXPERIENCED", "TRADITIONAL", ofB);
        data.pair(teacher, "TEACHER_STUDENT", "TEACHER_UNDERACHIEVING_STUDENT", "GROUP", s1, s2);
        TestData other = new TestData(mvc, "psu");
        other.school("psu-z");
        String far = other.teacher("psu-z", "PU-1", "Далёкая", "химия", 20);
        String farYoung = other.teacher("psu-z", "PU-2", "Далёкий", "химия", 1);
        other.consent(far);
        other.consent(farYoung);
        other.pair(far, "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", farYoung);
    }

    private static String from() {
        return TestData.today().minusMonths(1).toString();
    }

    private static String to() {
        return TestData.today().plusMonths(8).toString();
    }

    @Test
    void theMunicipalitysYearCountsEachPairOnceByFormAndModelAndEachPersonOnceByRoleAndCategory() throws Exception {
        mvc.perform(get("/api/registry/statistics/in-period").param("municipalityCode", "pst").param("from", from()).param("to", to())
                        .with(internalService("monitoring")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pairs").value(3))
                .andExpect(jsonPath("$.models", hasSize(3)))
                .andExpect(jsonPath("$.models[0].formLabel").value("педагог – педагог"))
                .andExpect(jsonPath("$.models[0].interactionModelLabel").value("опытный педагог – молодой специалист"))
                .andExpect(jsonPath("$.models[?(@.form == 'TEACHER_STUDENT')].pairs", contains(1)))
                // the shared mentor is one mentor of the form, the students two mentees
                .andExpect(jsonPath("$.people[?(@.form == 'TEACHER_TEACHER' && @.role == 'MENTOR')].people", contains(1)))
                .andExpect(jsonPath("$.people[?(@.form == 'TEACHER_TEACHER' && @.role == 'MENTEE')].people", contains(2)))
                .andExpect(jsonPath("$.people[?(@.form == 'TEACHER_STUDENT' && @.role == 'MENTEE')].kindLabel", contains("обучающийся")))
                .andExpect(jsonPath("$.people[?(@.form == 'TEACHER_STUDENT' && @.role == 'MENTEE')].people", contains(2)))
                // over every form: two mentors (one per form), both of them teachers
                .andExpect(jsonPath("$.people[?(@.form == null && @.role == 'MENTOR')].people", contains(2)));
    }

    @Test
    void aSchoolsYearCountsItsOwnPeopleOnlyOfACrossSchoolPair() throws Exception {
        mvc.perform(get("/api/registry/statistics/in-period").param("schoolCode", "pst-b").param("from", from()).param("to", to())
                        .with(internalService("monitoring")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pairs").value(1))
                .andExpect(jsonPath("$.models[0].interactionModel").value("EXPERIENCED_SUBJECT_TEACHER_INEXPERIENCED"))
                .andExpect(jsonPath("$.people[?(@.role == 'MENTOR')]", hasSize(0)))
                .andExpect(jsonPath("$.people[?(@.form == 'TEACHER_TEACHER' && @.role == 'MENTEE')].people", contains(1)));
    }

    @Test
    void aPeriodBeforeThePairsStartedHasNone() throws Exception {
        LocalDate today = TestData.today();
        mvc.perform(get("/api/registry/statistics/in-period").param("municipalityCode", "pst")
                        .param("from", today.minusYears(1).toString()).param("to", today.minusDays(1).toString())
                        .with(internalService("monitoring")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pairs").value(0))
                .andExpect(jsonPath("$.people", hasSize(0)));
    }

    @Test
    void onlyAServiceReadsTheYearsCountsAndItNamesASchoolOrAMunicipality() throws Exception {
        mvc.perform(get("/api/registry/statistics/in-period").param("municipalityCode", "pst").param("from", from()).param("to", to())
                .with(coordinator("pst"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/statistics/in-period").param("municipalityCode", "pst").param("from", from()).param("to", to())
                .with(departmentViewer("pst"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/statistics/in-period").param("from", from()).param("to", to())
                .with(internalService("monitoring"))).andExpect(status().isBadRequest());
    }
}
