package ru.mentoring.monitoring.assessment;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.mentoring.monitoring.TestRounds;
import ru.mentoring.monitoring.TestRounds.Round;
import ru.mentoring.monitoring.TestSchools;
import ru.mentoring.monitoring.access.Scope;
import ru.mentoring.monitoring.export.Workbooks;
import ru.mentoring.monitoring.kept.KeptAggregates;
import ru.mentoring.monitoring.questionnaire.QuestionnaireService;
import ru.mentoring.monitoring.questionnaire.RespondentRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Личностная оценка against embedded PostgreSQL, with hand-counted answers. Municipality {@code as}:
 * school {@code as-a} has three mentees (form педагог – педагог) who answered the after form with
 * joint work 9, 7, 6 and expectations met 8, 6, 7, liked the programme yes, yes, no; school
 * {@code as-b} two mentees (ученик – ученик) with 10, 8 and 3, 9, liked yes, no. So of 5
 * respondents, 4 are satisfied with the joint work (80 %), 3 with the result (60 %), 3 liked it.
 * One mentor of {@code as-a} answered 5: not satisfied. A mentee of {@code asx-z} lies in another
 * municipality.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
class PersonalAssessmentTest {

    static final int YEAR = 2026;

    private final MockMvc mvc;

    PersonalAssessmentTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeAll
    static void answers(@Autowired MockMvc mvc) throws Exception {
        RequestPostProcessor coordinator = coordinator("as");
        after(mvc, coordinator, "as-a", "TEACHER_TEACHER", "MENTEE_AFTER", "MENTEE", List.of(
                Map.of("joint_work_satisfaction", 9, "expectations_met", 8, "liked_participating", true),
                Map.of("joint_work_satisfaction", 7, "expectations_met", 6, "liked_participating", true),
                Map.of("joint_work_satisfaction", 6, "expectations_met", 7, "liked_participating", false)));
        after(mvc, coordinator, "as-b", "STUDENT_STUDENT", "MENTEE_AFTER", "MENTEE", List.of(
                Map.of("joint_work_satisfaction", 10, "expectations_met", 3, "liked_participating", true),
                Map.of("joint_work_satisfaction", 8, "expectations_met", 9, "liked_participating", false)));
        after(mvc, coordinator, "as-a", "TEACHER_TEACHER", "MENTOR_AFTER", "MENTOR", List.of(
                Map.of("joint_work_satisfaction", 5, "expectations_met", 10, "wants_to_continue", false)));
        // a before form does not count in the assessment
        after(mvc, coordinator, "as-a", "TEACHER_TEACHER", "MENTEE_BEFORE", "MENTEE", List.of(Map.of()));
        after(mvc, coordinator("asx"), "asx-z", null, "MENTEE_AFTER", "MENTEE", List.of(Map.of("joint_work_satisfaction", 10)));
        // municipality asn: six mentees of asn-a, two of asn-b (the viewer's narrowed reads)
        after(mvc, coordinator("asn"), "asn-a", "TEACHER_TEACHER", "MENTEE_AFTER", "MENTEE",
                java.util.Collections.nCopies(6, Map.<String, Object>of("joint_work_satisfaction", 9)));
        after(mvc, coordinator("asn"), "asn-b", "STUDENT_STUDENT", "MENTEE_AFTER", "MENTEE",
                java.util.Collections.nCopies(2, Map.<String, Object>of("joint_work_satisfaction", 9)));
    }

    static void after(MockMvc mvc, RequestPostProcessor caller, String school, String form, String template, String role,
            List<Map<String, Object>> people) throws Exception {
        List<UUID> ids = people.stream().map(p -> UUID.randomUUID()).toList();
        Round round = TestRounds.open(mvc, caller, YEAR, school, template, role, form, ids);
        for (int i = 0; i < people.size(); i++) {
            TestRounds.answer(mvc, caller, template, round.links().get(i), people.get(i));
        }
    }

    @Test
    void aCoordinatorCountsTheMunicipalitysRespondentsAndThoseSatisfied() throws Exception {
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").param("role", "MENTEE")
                        .with(coordinator("as")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.municipalityCode").value("as"))
                .andExpect(jsonPath("$.satisfiedFrom").value(7))
                .andExpect(jsonPath("$.tables", hasSize(1)))
                .andExpect(jsonPath("$.tables[0].title").value("Личностная оценка наставляемых"))
                .andExpect(jsonPath("$.tables[0].respondents").value(5))
                .andExpect(jsonPath("$.tables[0].satisfiedWithJointWork").value(4))
                .andExpect(jsonPath("$.tables[0].satisfiedWithJointWorkPercent").value(80.0))
                .andExpect(jsonPath("$.tables[0].satisfiedWithResult").value(3))
                .andExpect(jsonPath("$.tables[0].satisfiedWithResultPercent").value(60.0))
                .andExpect(jsonPath("$.tables[0].characteristics", hasSize(8)))
                .andExpect(jsonPath("$.tables[0].characteristics[0].characteristic").value("Понравилось участвовать в программе"))
                .andExpect(jsonPath("$.tables[0].characteristics[0].marked").value(3))
                .andExpect(jsonPath("$.tables[0].characteristics[0].percent").value(60.0))
                .andExpect(jsonPath("$.tables[0].characteristics[1].marked").value(5))
                .andExpect(jsonPath("$.tables[0].bySchool[0].key").value("as-a"))
                .andExpect(jsonPath("$.tables[0].bySchool[0].respondents").value(3))
                .andExpect(jsonPath("$.tables[0].bySchool[0].satisfiedWithJointWork").value(2))
                .andExpect(jsonPath("$.tables[0].bySchool[1].key").value("as-b"))
                .andExpect(jsonPath("$.tables[0].bySchool[1].satisfiedWithJointWork").value(2))
                .andExpect(jsonPath("$.tables[0].byForm[0].key").value("TEACHER_TEACHER"))
                .andExpect(jsonPath("$.tables[0].byForm[0].label").value("педагог – педагог"))
                .andExpect(jsonPath("$.tables[0].byForm[0].respondents").value(3))
                .andExpect(jsonPath("$.tables[0].byForm[1].key").value("STUDENT_STUDENT"))
                .andExpect(jsonPath("$.tables[0].byForm[1].satisfiedWithResult").value(1));
    }

    @Test
    void bothTablesOfTheSeedAreShownWhenNoRoleIsAsked() throws Exception {
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").with(coordinator("as")))
                .andExpect(jsonPath("$.tables", hasSize(2)))
                .andExpect(jsonPath("$.tables[0].role").value("MENTEE"))
                .andExpect(jsonPath("$.tables[1].role").value("MENTOR"))
                .andExpect(jsonPath("$.tables[1].title").value("Личностная оценка наставников"))
                .andExpect(jsonPath("$.tables[1].respondents").value(1))
                .andExpect(jsonPath("$.tables[1].satisfiedWithJointWork").value(0))
                .andExpect(jsonPath("$.tables[1].satisfiedWithResult").value(1))
                // the seed's seven rows: «Достаточность и понятность обучения наставников» first (mentor after form v2)
                .andExpect(jsonPath("$.tables[1].characteristics", hasSize(7)))
                .andExpect(jsonPath("$.tables[1].characteristics[0].characteristic").value("Достаточность и понятность обучения наставников"))
                .andExpect(jsonPath("$.tables[1].characteristics[?(@.itemKey == 'wants_to_continue')].marked").value(0));
    }

    @Test
    void theFormOfMentoringNarrowsTheCount() throws Exception {
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").param("role", "MENTEE")
                        .param("form", "STUDENT_STUDENT").with(coordinator("as")))
                .andExpect(jsonPath("$.form").value("STUDENT_STUDENT"))
                .andExpect(jsonPath("$.tables[0].respondents").value(2))
                .andExpect(jsonPath("$.tables[0].satisfiedWithJointWork").value(2))
                .andExpect(jsonPath("$.tables[0].satisfiedWithResult").value(1));
    }

    @Test
    void aSchoolAdminSeesTheirOwnSchoolOnlyAndAnotherSchoolIsNotFound() throws Exception {
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").param("role", "MENTEE")
                        .with(schoolAdmin("as-a", "as")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schoolCode").value("as-a"))
                .andExpect(jsonPath("$.tables[0].respondents").value(3))
                .andExpect(jsonPath("$.tables[0].satisfiedWithJointWork").value(2))
                .andExpect(jsonPath("$.tables[0].satisfiedWithJointWorkPercent").value(66.7))
                .andExpect(jsonPath("$.tables[0].satisfiedWithResult").value(2))
                .andExpect(jsonPath("$.tables[0].bySchool", hasSize(1)));
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").param("schoolCode", "as-b")
                        .with(schoolAdmin("as-a", "as")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aDepartmentViewerGetsTheAggregatesAndNoPerson() throws Exception {
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").with(departmentViewer("as")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].respondents").value(5))
                .andExpect(content().string(not(containsString("participant"))))
                .andExpect(content().string(not(containsString("respondentId"))));
    }

    @Test
    void aDepartmentViewerGetsNoFigureOfASchoolOrFormWithOneToFourRespondents() throws Exception {
        // as-a 3 and as-b 2 respondents: both hidden (and each is the other's complement); the 5 in all are shown
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").with(departmentViewer("as")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].suppressed").value(false))
                .andExpect(jsonPath("$.tables[0].satisfiedWithJointWorkPercent").value(80.0))
                .andExpect(jsonPath("$.tables[0].characteristics[0].marked").value(3))
                .andExpect(jsonPath("$.tables[0].bySchool[0].key").value("as-a"))
                .andExpect(jsonPath("$.tables[0].bySchool[0].suppressed").value(true))
                .andExpect(jsonPath("$.tables[0].bySchool[0].respondents").value(nullValue()))
                .andExpect(jsonPath("$.tables[0].bySchool[0].satisfiedWithJointWork").value(nullValue()))
                .andExpect(jsonPath("$.tables[0].bySchool[0].satisfiedWithJointWorkPercent").value(nullValue()))
                .andExpect(jsonPath("$.tables[0].bySchool[1].suppressed").value(true))
                .andExpect(jsonPath("$.tables[0].bySchool[1].satisfiedWithResult").value(nullValue()))
                .andExpect(jsonPath("$.tables[0].byForm[0].respondents").value(nullValue()))
                .andExpect(jsonPath("$.tables[0].byForm[1].suppressed").value(true))
                // the one mentor: the whole table
                .andExpect(jsonPath("$.tables[1].suppressed").value(true))
                .andExpect(jsonPath("$.tables[1].respondents").value(nullValue()))
                .andExpect(jsonPath("$.tables[1].satisfiedWithJointWorkPercent").value(nullValue()))
                .andExpect(jsonPath("$.tables[1].characteristics[0].suppressed").value(true))
                .andExpect(jsonPath("$.tables[1].characteristics[0].marked").value(nullValue()));
        // one school named: its 3 respondents are hidden everywhere, the total being the same 3
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").param("schoolCode", "as-a")
                        .param("role", "MENTEE").with(departmentViewer("as")))
                .andExpect(jsonPath("$.tables[0].suppressed").value(true))
                .andExpect(jsonPath("$.tables[0].respondents").value(nullValue()));
        // the coordinator and the school's administrator read the exact figures
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").with(coordinator("as")))
                .andExpect(jsonPath("$.tables[0].bySchool[0].respondents").value(3))
                .andExpect(jsonPath("$.tables[0].bySchool[0].suppressed").value(false))
                .andExpect(jsonPath("$.tables[1].respondents").value(1))
                .andExpect(jsonPath("$.tables[1].suppressed").value(false));
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").param("role", "MENTEE")
                        .with(schoolAdmin("as-a", "as")))
                .andExpect(jsonPath("$.tables[0].respondents").value(3));
    }

    @Test
    void aDepartmentViewersNarrowedReadIsHiddenWhereItsLineOfTheWiderReadIs() throws Exception {
        // the district: 8 shown; asn-b's 2 hidden, and asn-a's 6 as its complement (8 − 6 would be asn-b)
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").param("role", "MENTEE")
                        .with(departmentViewer("asn")))
                .andExpect(jsonPath("$.tables[0].respondents").value(8))
                .andExpect(jsonPath("$.tables[0].bySchool[0].key").value("asn-a"))
                .andExpect(jsonPath("$.tables[0].bySchool[0].suppressed").value(true))
                .andExpect(jsonPath("$.tables[0].bySchool[1].suppressed").value(true))
                .andExpect(jsonPath("$.tables[0].byForm[0].suppressed").value(true));
        // so asn-a asked alone, or its form alone, is hidden too, though 6 is not small
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").param("role", "MENTEE")
                        .param("schoolCode", "asn-a").with(departmentViewer("asn")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].suppressed").value(true))
                .andExpect(jsonPath("$.tables[0].respondents").value(nullValue()));
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").param("role", "MENTEE")
                        .param("form", "TEACHER_TEACHER").with(departmentViewer("asn")))
                .andExpect(jsonPath("$.tables[0].suppressed").value(true))
                .andExpect(jsonPath("$.tables[0].respondents").value(nullValue()));
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").param("role", "MENTEE")
                        .param("schoolCode", "asn-a").with(coordinator("asn")))
                .andExpect(jsonPath("$.tables[0].respondents").value(6));
    }

    @Test
    void aDepartmentViewersWorkbookShowsLessThanFiveInsteadOfTheFigure() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026")
                        .accept(Workbooks.XLSX_TYPE).with(departmentViewer("as")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet bySchool = book.getSheet("По школам — наставляемые");
            assertThat(row(bySchool, "as-a").getCell(1).getStringCellValue()).isEqualTo("<5");
            assertThat(row(bySchool, "as-b").getCell(4).getStringCellValue()).isEqualTo("<5");
            assertThat(row(book.getSheet("Оценка — наставляемые"), "Всего участников").getCell(1).getNumericCellValue())
                    .isEqualTo(5);
            assertThat(row(book.getSheet("Оценка — наставники"), "Всего участников").getCell(1).getStringCellValue())
                    .isEqualTo("<5");
        }
    }

    @Test
    void anotherMunicipalitySeesNothingOfThisOneAndItsSchoolsAreNotFound() throws Exception {
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").param("role", "MENTEE")
                        .with(coordinator("asx")))
                .andExpect(jsonPath("$.tables[0].respondents").value(1))
                .andExpect(jsonPath("$.tables[0].bySchool[0].key").value("asx-z"));
        // naming a school of another municipality is "not found", not an empty table that says it exists
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").param("schoolCode", "as-a")
                        .param("role", "MENTEE").with(departmentViewer("asx")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").param("schoolCode", "asx-z")
                        .param("role", "MENTEE").with(coordinator("as")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPersonWhoAnsweredTwiceCountsOnceWithTheirLatestAnswers() throws Exception {
        UUID person = UUID.randomUUID();
        RequestPostProcessor caller = schoolAdmin("as-c", "as");
        Round first = TestRounds.open(mvc, caller, 2027, "as-c", "MENTEE_AFTER", "MENTEE", null, List.of(person));
        TestRounds.answer(mvc, caller, "MENTEE_AFTER", first.links().get(0), Map.of("joint_work_satisfaction", 3));
        Round second = TestRounds.open(mvc, caller, 2027, "as-c", "MENTEE_AFTER", "MENTEE", null, List.of(person));
        TestRounds.answer(mvc, caller, "MENTEE_AFTER", second.links().get(0), Map.of("joint_work_satisfaction", 9));
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2027").param("role", "MENTEE").with(caller))
                .andExpect(jsonPath("$.tables[0].respondents").value(1))
                .andExpect(jsonPath("$.tables[0].satisfiedWithJointWork").value(1));
    }

    /**
     * Municipality {@code asv}: four mentors answered; one of them on MENTOR_AFTER version 1, which
     * never asked about the mentors' training. Of the three asked, two said yes: 66.7 %, not 2 of 4.
     */
    @Test
    void theMentorsTrainingRowIsAShareOfThoseWhoseFormAskedIt(@Autowired JdbcClient jdbc) throws Exception {
        RequestPostProcessor caller = coordinator("asv");
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Round round = TestRounds.open(mvc, caller, YEAR, "asv-a", "MENTOR_AFTER", "MENTOR", null, ids);
        List<Boolean> training = List.of(true, true, false, true);
        for (int i = 0; i < ids.size(); i++) {
            TestRounds.answer(mvc, caller, "MENTOR_AFTER", round.links().get(i),
                    Map.of("mentor_training_sufficient", training.get(i), "wants_to_continue", true));
        }
        // the fourth answered version 1: its submission pins v1 and v1 has no training item to answer
        long v1 = jdbc.sql("select id from questionnaire_template where code = 'MENTOR_AFTER' and version = 1")
                .query(Long.class).single();
        UUID submission = jdbc.sql("select s.id from questionnaire_submission s join round_respondent r on r.id = s.respondent_id"
                        + " where r.participant_id = :p").param("p", ids.get(3)).query(UUID.class).single();
        jdbc.sql("update questionnaire_submission set template_id = :v1 where id = :s").param("v1", v1).param("s", submission)
                .update();
        jdbc.sql("delete from answer_value where submission_id = :s and item_key = 'mentor_training_sufficient'")
                .param("s", submission).update();

        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").param("role", "MENTOR")
                        .with(caller))
                .andExpect(jsonPath("$.tables[0].respondents").value(4))
                .andExpect(jsonPath("$.tables[0].characteristics[0].itemKey").value("mentor_training_sufficient"))
                .andExpect(jsonPath("$.tables[0].characteristics[0].asked").value(3))
                .andExpect(jsonPath("$.tables[0].characteristics[0].marked").value(2))
                .andExpect(jsonPath("$.tables[0].characteristics[0].percent").value(66.7))
                // an item every version asks is over all four
                .andExpect(jsonPath("$.tables[0].characteristics[?(@.itemKey == 'wants_to_continue')].asked").value(4))
                .andExpect(jsonPath("$.tables[0].characteristics[?(@.itemKey == 'wants_to_continue')].percent").value(100.0));
    }

    @Test
    void theThresholdIsASetting(@Autowired JdbcClient jdbc, @Autowired QuestionnaireService questionnaires) {
        AssessmentService strict = new AssessmentService(jdbc, questionnaires, new AssessmentProperties(9, 8), new KeptAggregates(jdbc));
        var table = strict.assess(new Scope("as", null), YEAR, RespondentRole.MENTEE, null).table(RespondentRole.MENTEE);
        assertThat(table.respondents()).isEqualTo(5);
        assertThat(table.satisfiedWithJointWork()).isEqualTo(2); // 9 and 10
        assertThat(table.satisfiedWithResult()).isEqualTo(2); // 8 and 9
        assertThat(new AssessmentProperties(7, null).resultThreshold()).isEqualTo(7);
    }

    @Test
    void theTablesExportAsAWorkbookHoldingTheFigures() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026")
                        .accept(Workbooks.XLSX_TYPE).with(coordinator("as")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(Workbooks.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet mentees = book.getSheet("Оценка — наставляемые");
            assertThat(mentees.getRow(0).getCell(0).getStringCellValue()).startsWith("Личностная оценка наставляемых");
            assertThat(row(mentees, "Всего участников").getCell(1).getNumericCellValue()).isEqualTo(5);
            assertThat(row(mentees, "Довольны совместной работой").getCell(1).getNumericCellValue()).isEqualTo(4);
            assertThat(row(mentees, "Довольны совместной работой").getCell(2).getNumericCellValue()).isEqualTo(80.0);
            assertThat(row(mentees, "Довольны результатом").getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(row(mentees, "Понравилось участвовать в программе").getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(row(book.getSheet("По школам — наставляемые"), "as-b").getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(book.getSheet("Оценка — наставники")).isNotNull();
        }
    }

    @Test
    void badParametersAreProblemDetailsNamingTheParameter() throws Exception {
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "1999").with(coordinator("as")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("programmeYear"));
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026").param("role", "BOSS").with(coordinator("as")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("MENTEE")));
        mvc.perform(get("/api/monitoring/assessment").with(coordinator("as")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programmeYear"));
        mvc.perform(get("/api/monitoring/assessment").param("programmeYear", "2026"))
                .andExpect(status().isUnauthorized());
    }

    static Row row(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && firstCell.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row «" + firstCell + "» in " + sheet.getSheetName());
    }
}
