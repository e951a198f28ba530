package ru.mentoring.monitoring.targets;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.mentoring.monitoring.TestRounds;
import ru.mentoring.monitoring.TestRounds.Round;
import ru.mentoring.monitoring.TestSchools;
import ru.mentoring.monitoring.export.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Programme targets with hand-computed figures. Municipality {@code tg}: schools tg-a (20 teachers,
 * 1 mentor, 12 mentees), tg-b (30, 3, 0), tg-c (50, 4, 2). ШНОР in 2025: tg-a, tg-b, tg-c; in
 * 2026: tg-a only (a school of {@code tgx} is ШНОР both years and must not count). So for 2026:
 * mentees of ШНОР 12/20 = 60 % (target 70: not met); mentors 8/100 = 8 % (10: not met); ШНОР
 * 3 → 1, a fall of 66.7 % (40: met); ШНОР in 2023, the programme's first year: tg-a, tg-b, so
 * 2 → 1 over the programme, a fall of 50 % (50: met). Five mentees of tg-a answered joint work 9,
 * 8, 7, 7, 3: 4 of 5 = 80 % (85: not met); two mentors of tg-b both 9: 100 % (met). Competency:
 * two teachers of tg-a 50 → 70 and 30 → 40 (and one tested only before): mean 40 → 55, +37.5 %
 * (30: met); a teacher of tg-c (not ШНОР in 2026) 10 → 50 does not count. In 2028 the region's
 * official list names tg-c while the computed classification names tg-a: tg-c's teacher 20 → 30
 * counts (+50 %), tg-a's 50 → 70 does not. Learners (seed 003) in 2026: six pupils of tg-a, marks
 * 3 → 4 (five) and 3 → 3,5 (mean 3 → 3,92, +0,92: all rose, Wilcoxon exact p = 2/2⁶ = 0,031: met),
 * none in a club before, all six after (+6, sign test p = 0,031: met), two on a register before and
 * none after (−2, p = 0,5: not met); two pupils of tg-c with nothing changed (a line of 2: suppressed
 * for everyone). The municipality's eight: six rose and two unchanged, still p = 0,031.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
class ProgrammeTargetsTest {

    private final MockMvc mvc;

    ProgrammeTargetsTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeAll
    static void figures(@Autowired MockMvc mvc) throws Exception {
        TestSchools.REGISTRY.school("tg-a", "СОШ №1", 20L, 1L, 12L);
        TestSchools.REGISTRY.school("tg-b", "СОШ №2", 30L, 3L, 0L);
        TestSchools.REGISTRY.school("tg-c", "Лицей", 50L, 4L, 2L);
        TestSchools.REGISTRY.school("tgx-q", "Чужая СОШ", 10L, 10L, 10L);
        TestSchools.INDEX.lowResults(2025, "tg-a", "tg-b", "tg-c", "tgx-q");
        TestSchools.INDEX.lowResults(2026, "tg-a", "tgx-q");
        TestSchools.INDEX.classified(2026, "tg-c", "EFFECTIVE");
        TestSchools.INDEX.lowResults(2023, "tg-a", "tg-b", "tgx-q");
        TestSchools.INDEX.lowResults(2028, "tg-a");
        TestSchools.INDEX.official(2028, "tg-c");

        RequestPostProcessor coordinator = coordinator("tg");
        learners(mvc, coordinator);
        answer(mvc, coordinator, "tg-a", "MENTEE_AFTER", "MENTEE", 9, 8, 7, 7, 3);
        answer(mvc, coordinator, "tg-b", "MENTOR_AFTER", "MENTOR", 9, 9);
        mvc.perform(post("/api/monitoring/competency-scores").with(coordinator).contentType("text/csv").content("""
                        teacher_key,school_code,programme_year,stage,score
                        T1,tg-a,2026,BEFORE,50
                        T1,tg-a,2026,AFTER,70
                        T2,tg-a,2026,BEFORE,30
                        T2,tg-a,2026,AFTER,40
                        T3,tg-a,2026,BEFORE,40
                        T4,tg-c,2026,BEFORE,10
                        T4,tg-c,2026,AFTER,50
                        T1,tg-a,2028,BEFORE,50
                        T1,tg-a,2028,AFTER,70
                        T5,tg-c,2028,BEFORE,20
                        T5,tg-c,2028,AFTER,30
                        """))
                .andExpect(status().isCreated());
    }

    static void learners(MockMvc mvc, RequestPostProcessor coordinator) throws Exception {
        List<UUID> a = java.util.stream.IntStream.range(0, 6).mapToObj(i -> UUID.randomUUID()).toList();
        List<UUID> c = List.of(UUID.randomUUID(), UUID.randomUUID());
        java.time.LocalDate start = java.time.LocalDate.of(2026, 2, 1);
        TestSchools.PAIRS.bySchool.put("tg-a", List.of(pupils("STUDENT_STUDENT", start, a)));
        TestSchools.PAIRS.bySchool.put("tg-c", List.of(pupils("TEACHER_STUDENT", start, c)));
        StringBuilder csv = new StringBuilder("participant_id,school_code,programme_year,stage,average_mark,absences,on_register,in_club\n");
        for (int i = 0; i < 6; i++) {
            csv.append(a.get(i)).append(",tg-a,2026,BEFORE,3,4,").append(i < 2 ? "да" : "нет").append(",нет\n");
            csv.append(a.get(i)).append(",tg-a,2026,AFTER,").append(i < 5 ? "4" : "3.5").append(",4,нет,да\n");
        }
        for (UUID p : c) {
            csv.append(p).append(",tg-c,2026,BEFORE,4,2,нет,нет\n").append(p).append(",tg-c,2026,AFTER,4,2,нет,нет\n");
        }
        mvc.perform(post("/api/monitoring/learners").with(coordinator).contentType("text/csv").content(csv.toString()))
                .andExpect(status().isCreated());
    }

    static ru.mentoring.monitoring.registry.RegistryPairs.PeriodPair pupils(String form, java.time.LocalDate start, List<UUID> mentees) {
        List<ru.mentoring.monitoring.registry.RegistryPairs.Member> members = new java.util.ArrayList<>(
                List.of(new ru.mentoring.monitoring.registry.RegistryPairs.Member(UUID.randomUUID(), "MENTOR")));
        mentees.forEach(m -> members.add(new ru.mentoring.monitoring.registry.RegistryPairs.Member(m, "MENTEE")));
        return new ru.mentoring.monitoring.registry.RegistryPairs.PeriodPair(UUID.randomUUID(), form, "PEER_TO_PEER",
                "равный – равному", "IMPLEMENTATION", start, start.plusMonths(8), members);
    }

    @Test
    void theLearnersResultsOfSeed003AreTargetsMetBySignificantChangeInTheirDirection() throws Exception {
        mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2026").with(coordinator("tg")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[7].code").value("LEARNERS_MARKS_RISE"))
                .andExpect(jsonPath("$.targets[7].title").value("Повышение успеваемости в школе"))
                .andExpect(jsonPath("$.targets[7].direction").value("RISE"))
                .andExpect(jsonPath("$.targets[7].unit").value("балла"))
                .andExpect(jsonPath("$.targets[7].basis.menteesWithBoth").value(8))
                .andExpect(jsonPath("$.targets[7].met").value(true))
                .andExpect(jsonPath("$.targets[8].code").value("LEARNERS_CLUBS_RISE"))
                .andExpect(jsonPath("$.targets[8].value").value(6.0))
                .andExpect(jsonPath("$.targets[8].met").value(true))
                .andExpect(jsonPath("$.targets[9].code").value("LEARNERS_REGISTER_FALL"))
                .andExpect(jsonPath("$.targets[9].direction").value("FALL"))
                .andExpect(jsonPath("$.targets[9].value").value(-2.0))
                .andExpect(jsonPath("$.targets[9].basis.pValue").value(0.5))
                .andExpect(jsonPath("$.targets[9].met").value(false))
                .andExpect(jsonPath("$.schools[0].targets[7].value").value(0.92))
                .andExpect(jsonPath("$.schools[0].targets[7].basis.meanMarkBefore").value(3.0))
                .andExpect(jsonPath("$.schools[0].targets[7].basis.meanMarkAfter").value(3.92))
                .andExpect(jsonPath("$.schools[0].targets[7].basis.pValue").value(0.03125))
                .andExpect(jsonPath("$.schools[0].targets[7].met").value(true))
                .andExpect(jsonPath("$.schools[1].targets[7].unavailableReason").value(containsString("Нет наставляемых-обучающихся")))
                .andExpect(jsonPath("$.schools[2].targets[7].suppressed").value(true))
                .andExpect(jsonPath("$.schools[2].targets[7].value").value(nullValue()))
                .andExpect(jsonPath("$.schools[2].targets[7].basis.meanMarkBefore").doesNotExist())
                .andExpect(jsonPath("$.schools[2].targets[7].unavailableReason").value(containsString("менее 5")));
        // a department viewer: tg-c's two are hidden, so is tg-a's line, else the municipality's minus tg-a's would tell them
        mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2026").with(departmentViewer("tg")))
                .andExpect(jsonPath("$.targets[7].met").value(true))
                .andExpect(jsonPath("$.schools[0].targets[7].suppressed").value(true))
                .andExpect(jsonPath("$.schools[0].targets[7].value").value(nullValue()));
    }

    static void answer(MockMvc mvc, RequestPostProcessor caller, String school, String template, String role, int... jointWork)
            throws Exception {
        List<UUID> people = java.util.stream.IntStream.range(0, jointWork.length).mapToObj(i -> UUID.randomUUID()).toList();
        Round round = TestRounds.open(mvc, caller, 2026, school, template, role, "TEACHER_TEACHER", people);
        for (int i = 0; i < jointWork.length; i++) {
            TestRounds.answer(mvc, caller, template, round.links().get(i), Map.of("joint_work_satisfaction", jointWork[i]));
        }
    }

    @Test
    void theMunicipalitysTargetsShowValueTargetAndWhetherMet() throws Exception {
        mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2026").with(coordinator("tg")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.municipalityCode").value("tg"))
                .andExpect(jsonPath("$.targets", hasSize(10)))
                .andExpect(jsonPath("$.targets[0].code").value("LOW_RESULT_SCHOOL_TEACHERS_AS_MENTEES"))
                .andExpect(jsonPath("$.targets[0].title").value("Доля педагогов ШНОР, вошедших в программы наставничества в роли наставляемого"))
                .andExpect(jsonPath("$.targets[0].value").value(60.0))
                .andExpect(jsonPath("$.targets[0].target").value(70.0))
                .andExpect(jsonPath("$.targets[0].met").value(false))
                .andExpect(jsonPath("$.targets[0].basis.teachers").value(20))
                .andExpect(jsonPath("$.targets[0].basis.mentees").value(12))
                .andExpect(jsonPath("$.targets[0].basis.lowResultSchools[0].code").value("tg-a"))
                .andExpect(jsonPath("$.targets[0].basis.lowResultSchools[0].name").value("СОШ №1"))
                .andExpect(jsonPath("$.targets[1].code").value("TEACHERS_AS_MENTORS"))
                .andExpect(jsonPath("$.targets[1].value").value(8.0))
                .andExpect(jsonPath("$.targets[1].met").value(false))
                .andExpect(jsonPath("$.targets[1].basis.teachers").value(100))
                .andExpect(jsonPath("$.targets[1].basis.mentors").value(8))
                .andExpect(jsonPath("$.targets[2].code").value("MENTEE_SATISFACTION"))
                .andExpect(jsonPath("$.targets[2].value").value(80.0))
                .andExpect(jsonPath("$.targets[2].target").value(85.0))
                .andExpect(jsonPath("$.targets[2].met").value(false))
                .andExpect(jsonPath("$.targets[2].basis.respondents").value(5))
                .andExpect(jsonPath("$.targets[2].basis.satisfiedWithJointWork").value(4))
                .andExpect(jsonPath("$.targets[3].code").value("MENTOR_SATISFACTION"))
                .andExpect(jsonPath("$.targets[3].value").value(100.0))
                .andExpect(jsonPath("$.targets[3].met").value(true))
                .andExpect(jsonPath("$.targets[4].code").value("LOW_RESULT_SCHOOLS_DECLINE"))
                .andExpect(jsonPath("$.targets[4].value").value(66.7))
                .andExpect(jsonPath("$.targets[4].met").value(true))
                .andExpect(jsonPath("$.targets[4].basis.lowResultSchoolsPreviousYear").value(3))
                .andExpect(jsonPath("$.targets[4].basis.lowResultSchoolsThisYear").value(1))
                .andExpect(jsonPath("$.targets[5].code").value("LOW_RESULT_SCHOOLS_PROGRAMME_DECLINE"))
                .andExpect(jsonPath("$.targets[5].value").value(50.0))
                .andExpect(jsonPath("$.targets[5].target").value(50.0))
                .andExpect(jsonPath("$.targets[5].met").value(true))
                .andExpect(jsonPath("$.targets[5].basis.lowResultSchoolsFirstYear").value(2))
                .andExpect(jsonPath("$.targets[5].basis.lowResultSchoolsThisYear").value(1))
                .andExpect(jsonPath("$.targets[5].basis.firstYear").value(2023))
                .andExpect(jsonPath("$.targets[6].code").value("COMPETENCY_RISE"))
                .andExpect(jsonPath("$.targets[6].value").value(37.5))
                .andExpect(jsonPath("$.targets[6].met").value(true))
                .andExpect(jsonPath("$.targets[6].basis.teachersWithBoth").value(2))
                .andExpect(jsonPath("$.targets[6].basis.teachersOfOtherSchools").value(1))
                .andExpect(jsonPath("$.targets[6].basis.lowResultsList").value(containsString("рассчитанная классификация 2026")))
                .andExpect(jsonPath("$.targets[6].basis.meanBefore").value(40.0))
                .andExpect(jsonPath("$.targets[6].basis.meanAfter").value(55.0));
    }

    @Test
    void whereTheOfficialListIsLoadedTheCompetencyTargetCountsItsSchoolsTeachers() throws Exception {
        mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2028").with(coordinator("tg")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[6].code").value("COMPETENCY_RISE"))
                .andExpect(jsonPath("$.targets[6].value").value(50.0))
                .andExpect(jsonPath("$.targets[6].basis.teachersWithBoth").value(1))
                .andExpect(jsonPath("$.targets[6].basis.lowResultSchools[0].code").value("tg-c"))
                .andExpect(jsonPath("$.targets[6].basis.lowResultsList").value("официальный перечень ШНОР 2028 года"));
    }

    @Test
    void eachSchoolOfTheMunicipalityHasItsOwnLine() throws Exception {
        // the coordinator's exact figures (a department viewer's small cells are hidden: see below)
        mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2026").with(coordinator("tg")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schools", hasSize(3)))
                .andExpect(jsonPath("$.schools[0].schoolCode").value("tg-a"))
                .andExpect(jsonPath("$.schools[0].schoolName").value("СОШ №1"))
                .andExpect(jsonPath("$.schools[0].targets[0].value").value(60.0))
                .andExpect(jsonPath("$.schools[0].targets[1].value").value(5.0))
                .andExpect(jsonPath("$.schools[0].targets[2].value").value(80.0))
                .andExpect(jsonPath("$.schools[0].targets[3].met").doesNotExist())
                .andExpect(jsonPath("$.schools[0].targets[6].value").value(37.5))
                .andExpect(jsonPath("$.schools[2].targets[6].value").doesNotExist())
                .andExpect(jsonPath("$.schools[2].targets[6].unavailableReason").value(containsString("не относится к ШНОР")))
                .andExpect(jsonPath("$.schools[1].schoolCode").value("tg-b"))
                .andExpect(jsonPath("$.schools[1].targets[0].value").doesNotExist())
                .andExpect(jsonPath("$.schools[1].targets[0].unavailableReason").value(containsString("не относится к ШНОР")))
                .andExpect(jsonPath("$.schools[1].targets[1].value").value(10.0))
                .andExpect(jsonPath("$.schools[1].targets[1].met").value(true))
                .andExpect(jsonPath("$.schools[1].targets[3].value").value(100.0))
                .andExpect(jsonPath("$.schools[*].schoolCode", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("tgx-q"))));
    }

    @Test
    void withoutSchoolLinesTheMunicipalitysTotalsAreTheSame() throws Exception {
        mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2026").param("bySchool", "false")
                        .with(coordinator("tg")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schools", hasSize(0)))
                .andExpect(jsonPath("$.targets", hasSize(10)))
                .andExpect(jsonPath("$.targets[0].value").value(60.0))
                .andExpect(jsonPath("$.targets[4].value").value(66.7))
                .andExpect(jsonPath("$.targets[6].value").value(37.5));
    }

    @Test
    void aDepartmentViewerGetsNoTargetRestingOnOneToFourPeople() throws Exception {
        mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2026").with(departmentViewer("tg")))
                .andExpect(status().isOk())
                // five mentees of tg-a: shown
                .andExpect(jsonPath("$.schools[0].targets[2].value").value(80.0))
                .andExpect(jsonPath("$.schools[0].targets[2].suppressed").value(false))
                // two mentors of tg-b: hidden, in the school's line and in the municipality's (also two)
                .andExpect(jsonPath("$.schools[1].targets[3].suppressed").value(true))
                .andExpect(jsonPath("$.schools[1].targets[3].value").value(nullValue()))
                .andExpect(jsonPath("$.schools[1].targets[3].met").value(nullValue()))
                .andExpect(jsonPath("$.schools[1].targets[3].basis.respondents").doesNotExist())
                .andExpect(jsonPath("$.targets[3].suppressed").value(true))
                .andExpect(jsonPath("$.targets[3].value").value(nullValue()))
                .andExpect(jsonPath("$.targets[3].basis.satisfiedWithJointWork").doesNotExist())
                // two teachers with both competency scores at tg-a: no mean, no rise, for the school or the municipality
                .andExpect(jsonPath("$.schools[0].targets[6].suppressed").value(true))
                .andExpect(jsonPath("$.schools[0].targets[6].basis.meanBefore").doesNotExist())
                .andExpect(jsonPath("$.targets[6].suppressed").value(true))
                .andExpect(jsonPath("$.targets[6].value").value(nullValue()))
                // teachers as mentors rest on 20, 30 and 50 teachers: shown
                .andExpect(jsonPath("$.schools[1].targets[1].value").value(10.0))
                .andExpect(jsonPath("$.targets[1].suppressed").value(false));
        mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2026").with(coordinator("tg")))
                .andExpect(jsonPath("$.schools[1].targets[3].value").value(100.0))
                .andExpect(jsonPath("$.schools[1].targets[3].suppressed").value(false))
                .andExpect(jsonPath("$.targets[6].value").value(37.5));
    }

    @Test
    void aSchoolAdminGetsTheirSchoolsTargetsAndNotAnotherSchools() throws Exception {
        mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2026").with(schoolAdmin("tg-a", "tg")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schoolCode").value("tg-a"))
                .andExpect(jsonPath("$.schoolName").value("СОШ №1"))
                .andExpect(jsonPath("$.targets[0].value").value(60.0))
                .andExpect(jsonPath("$.targets[4].value").doesNotExist())
                .andExpect(jsonPath("$.targets[4].unavailableReason").value(containsString("муниципального уровня")))
                .andExpect(jsonPath("$.targets[4].basis.lowResultsPreviousYear").value(true))
                .andExpect(jsonPath("$.schools", hasSize(0)));
        mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2026").param("schoolCode", "tg-b")
                        .with(schoolAdmin("tg-a", "tg")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSchoolOfAnotherMunicipalityIsNotFoundForACoordinator() throws Exception {
        mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2026").param("schoolCode", "tgx-q")
                        .with(coordinator("tg")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2026").param("schoolCode", "tg-c")
                        .with(coordinator("tg")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schoolName").value("Лицей"))
                .andExpect(jsonPath("$.targets[1].value").value(8.0));
    }

    @Test
    void anUnreachableRegistryMakesItsTargetsUnavailableNotAnError() throws Exception {
        TestSchools.REGISTRY.down = "Реестр не ответил на запрос на список школ: данные временно недоступны";
        try {
            mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2026").with(coordinator("tg")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.targets[0].value").doesNotExist())
                    .andExpect(jsonPath("$.targets[0].met").doesNotExist())
                    .andExpect(jsonPath("$.targets[1].met").doesNotExist())
                    .andExpect(jsonPath("$.targets[1].unavailableReason").value(containsString("Реестр не ответил")))
                    .andExpect(jsonPath("$.targets[2].value").value(80.0))
                    .andExpect(jsonPath("$.targets[4].unavailableReason").value(containsString("Реестр не ответил")))
                    // without the municipality's schools its ШНОР are unknown, so are their teachers
                    .andExpect(jsonPath("$.targets[6].unavailableReason").value(containsString("Реестр не ответил")));
        } finally {
            TestSchools.REGISTRY.down = null;
        }
    }

    @Test
    void anUnreachableIndexServiceOrAMissingYearLeavesTheShnorTargetsUnavailable() throws Exception {
        TestSchools.INDEX.down = "Сервис индексов не ответил";
        try {
            mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2026").with(coordinator("tg")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.targets[0].unavailableReason").value("Сервис индексов не ответил"))
                    .andExpect(jsonPath("$.targets[1].value").value(8.0))
                    .andExpect(jsonPath("$.targets[4].met").doesNotExist());
        } finally {
            TestSchools.INDEX.down = null;
        }
        mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2031").with(coordinator("tg")))
                .andExpect(jsonPath("$.targets[4].unavailableReason").value("Классификация школ за 2030 год не рассчитана"))
                .andExpect(jsonPath("$.targets[2].unavailableReason").value(containsString("Нет ответов наставляемых")))
                .andExpect(jsonPath("$.targets[5].unavailableReason").value("Классификация школ за 2031 год не рассчитана"))
                .andExpect(jsonPath("$.targets[6].unavailableReason").value("Классификация школ за 2031 год не рассчитана"));
        TestSchools.INDEX.lowResults(2032, "tg-a");
        mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2032").with(coordinator("tg")))
                .andExpect(jsonPath("$.targets[6].unavailableReason").value(containsString("Нет педагогов ШНОР с баллами")));
    }

    @Test
    void aRegistryThatDoesNotPublishMentorCountsLeavesThatTargetUnavailable() throws Exception {
        TestSchools.REGISTRY.school("tgm-a", "Школа без счётчиков", 40L, null, null);
        TestSchools.INDEX.lowResults(2026, "tgm-a");
        mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2026").with(coordinator("tgm")))
                .andExpect(jsonPath("$.targets[0].met").doesNotExist())
                .andExpect(jsonPath("$.targets[0].unavailableReason").value("Реестр пока не публикует число наставляемых по школам"))
                .andExpect(jsonPath("$.targets[1].unavailableReason").value("Реестр пока не публикует число наставников по школам"));
    }

    @Test
    void theTargetsExportAsAWorkbook() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2026")
                        .accept(Workbooks.XLSX_TYPE).with(coordinator("tg")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet main = book.getSheet("Целевые показатели");
            assertThat(main.getRow(3).getCell(0).getStringCellValue()).startsWith("Доля педагогов ШНОР");
            assertThat(main.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(60.0);
            assertThat(main.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(70.0);
            assertThat(main.getRow(3).getCell(3).getStringCellValue()).isEqualTo("не выполнен");
            assertThat(main.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(80.0);
            assertThat(main.getRow(7).getCell(3).getStringCellValue()).isEqualTo("выполнен");
            assertThat(main.getRow(8).getCell(0).getStringCellValue()).startsWith("Снижение количества ШНОР за период программы");
            assertThat(main.getRow(8).getCell(4).getStringCellValue()).contains("ШНОР в первый год программы: 2");
            Sheet bySchool = book.getSheet("По школам");
            assertThat(bySchool.getRow(3).getCell(0).getStringCellValue()).isEqualTo("tg-a");
            assertThat(bySchool.getRow(3).getCell(1).getStringCellValue()).isEqualTo("СОШ №1");
        }
    }
}
