package ru.mentoring.monitoring.stage1;

import java.io.ByteArrayInputStream;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.monitoring.TestSchools;
import ru.mentoring.monitoring.export.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Stage 1: schools {@code st-a} (written by its administrator) and {@code st-b} (written by the
 * coordinator) of municipality {@code st}; {@code stx-z} lies in another municipality.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
class CuratorQuestionnaireAndSwotTest {

    static final String PATH = "/api/monitoring/stage1/2026/schools/";

    private final MockMvc mvc;

    private final JdbcTemplate jdbc;

    CuratorQuestionnaireAndSwotTest(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    @BeforeAll
    static void written(@Autowired MockMvc mvc) throws Exception {
        mvc.perform(put(PATH + "st-a").with(schoolAdmin("st-a", "st")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"answers":[{"itemKey":"regulation_approved","value":true},
                                    {"itemKey":"beginners_with_mentors_percent","value":100},
                                    {"itemKey":"joint_work_quality","value":8},
                                    {"itemKey":"conclusion","value":"Программа эффективна, продолжаем"}],
                         "strengths":["Высокая мотивация наставников","Поддержка администрации"],
                         "weaknesses":["Недостаток времени у молодых педагогов"],
                         "opportunities":[],
                         "threats":["Текучесть кадров"]}"""))
                .andExpect(status().isOk());
        mvc.perform(put(PATH + "st-b").with(coordinator("st")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"answers":[{"itemKey":"regulation_approved","value":true},
                                    {"itemKey":"methodical_council","value":false},
                                    {"itemKey":"beginners_with_mentors_percent","value":80}],
                         "strengths":["высокая мотивация наставников!"],
                         "weaknesses":["Недостаточно времени молодых педагогов", "Слабая материально-техническая база"]}"""))
                .andExpect(status().isOk());
        mvc.perform(put(PATH + "stx-z").with(coordinator("stx")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"strengths":["Высокая мотивация наставников"]}"""))
                .andExpect(status().isOk());
    }

    @Test
    void theCuratorQuestionnaireListsItsItems() throws Exception {
        mvc.perform(get("/api/monitoring/stage1/questionnaire").with(departmentViewer("st")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(14)))
                .andExpect(jsonPath("$[0].text").value("Утверждено Положение о наставничестве"))
                .andExpect(jsonPath("$[5].type").value("PERCENT"));
    }

    @Test
    void aSchoolAdminReadsBackWhatTheyWrote() throws Exception {
        mvc.perform(get(PATH + "st-a").with(schoolAdmin("st-a", "st")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.filled").value(true))
                .andExpect(jsonPath("$.municipalityCode").value("st"))
                .andExpect(jsonPath("$.updatedBy").value("admin-st-a"))
                .andExpect(jsonPath("$.answers", hasSize(4)))
                .andExpect(jsonPath("$.answers[0].itemKey").value("regulation_approved"))
                .andExpect(jsonPath("$.answers[0].value").value(true))
                .andExpect(jsonPath("$.answers[1].value").value(100.0))
                .andExpect(jsonPath("$.answers[2].value").value(8))
                .andExpect(jsonPath("$.swot.strengths", hasSize(2)))
                .andExpect(jsonPath("$.swot.strengths[1]").value("Поддержка администрации"))
                .andExpect(jsonPath("$.swot.threats[0]").value("Текучесть кадров"));
    }

    @Test
    void anotherSchoolIsNotFoundForASchoolAdminAndAViewerDoesNotWrite() throws Exception {
        mvc.perform(get(PATH + "st-b").with(schoolAdmin("st-a", "st"))).andExpect(status().isNotFound());
        mvc.perform(put(PATH + "st-b").with(schoolAdmin("st-a", "st")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(put(PATH + "st-a").with(departmentViewer("st")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(put(PATH + "stx-z").with(coordinator("st")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(get(PATH + "stx-z").with(coordinator("st"))).andExpect(status().isNotFound());
        mvc.perform(get(PATH + "st-a").with(departmentViewer("st"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.filled").value(true))
                .andExpect(jsonPath("$.updatedBy").doesNotExist());
    }

    @Test
    void aSchoolOfTheMunicipalityThatHasNotWrittenYetReadsAsEmpty() throws Exception {
        mvc.perform(get(PATH + "st-c").with(coordinator("st")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.filled").value(false))
                .andExpect(jsonPath("$.swot.strengths", hasSize(0)));
    }

    @Test
    void theDistrictViewGroupsWhatSchoolsWroteAndCountsTheIndicators() throws Exception {
        mvc.perform(get("/api/monitoring/stage1/2026/district").with(departmentViewer("st")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schoolsReported", hasSize(2)))
                .andExpect(jsonPath("$.indicators[0].itemKey").value("regulation_approved"))
                .andExpect(jsonPath("$.indicators[0].answered").value(2))
                .andExpect(jsonPath("$.indicators[0].yes").value(2))
                .andExpect(jsonPath("$.indicators[0].yesPercent").value(100.0))
                .andExpect(jsonPath("$.indicators[4].itemKey").value("methodical_council"))
                .andExpect(jsonPath("$.indicators[4].yes").value(0))
                .andExpect(jsonPath("$.indicators[5].mean").value(90.0))
                .andExpect(jsonPath("$.indicators[13].texts[0].schoolCode").value("st-a"))
                .andExpect(jsonPath("$.swot[0].quadrant").value("STRENGTHS"))
                .andExpect(jsonPath("$.swot[0].title").value("Сильные стороны"))
                .andExpect(jsonPath("$.swot[0].groups[0].text").value("Высокая мотивация наставников"))
                .andExpect(jsonPath("$.swot[0].groups[0].count").value(2))
                .andExpect(jsonPath("$.swot[0].groups[0].schools[0]").value("st-a"))
                .andExpect(jsonPath("$.swot[0].groups[0].schools[1]").value("st-b"))
                .andExpect(jsonPath("$.swot[1].groups[0].count").value(2))
                .andExpect(jsonPath("$.swot[1].groups", hasSize(2)))
                .andExpect(jsonPath("$.swot[2].groups", hasSize(0)));
        mvc.perform(get("/api/monitoring/stage1/2026/district").with(coordinator("stx")))
                .andExpect(jsonPath("$.schoolsReported", hasSize(1)))
                .andExpect(jsonPath("$.swot[0].groups[0].count").value(1));
        mvc.perform(get("/api/monitoring/stage1/2026/district").with(schoolAdmin("st-a", "st")))
                .andExpect(status().isForbidden());
    }

    @Test
    void badAnswersAreRefusedNamingEachFieldAndNothingIsStored() throws Exception {
        mvc.perform(put(PATH + "st-c").with(schoolAdmin("st-c", "st")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"answers":[{"itemKey":"joint_work_quality","value":11},
                                    {"itemKey":"beginners_with_mentors_percent","value":120},
                                    {"itemKey":"no_such_item","value":true},
                                    {"itemKey":"regulation_approved","value":"да"}],
                         "strengths":["Хорошо", " "]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("answers[0].value"))
                .andExpect(jsonPath("$.errors[0].reason").value("Оценка — целое число от 1 до 10"))
                .andExpect(jsonPath("$.errors[1].field").value("answers[1].value"))
                .andExpect(jsonPath("$.errors[2].field").value("answers[2].itemKey"))
                .andExpect(jsonPath("$.errors[3].field").value("answers[3].value"))
                .andExpect(jsonPath("$.errors[4].field").value("strengths[1]"));
        assertThat(jdbc.queryForObject("select count(*) from stage1_report where school_code = 'st-c'", Long.class)).isZero();
    }

    @Test
    void writingAgainReplacesTheRecord() throws Exception {
        mvc.perform(put(PATH + "sr-d").with(schoolAdmin("sr-d", "sr")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"strengths":["Один","Два"],"answers":[{"itemKey":"regulation_approved","value":true}]}"""))
                .andExpect(status().isOk());
        mvc.perform(put(PATH + "sr-d").with(schoolAdmin("sr-d", "sr")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"strengths":["Три"]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.swot.strengths", hasSize(1)))
                .andExpect(jsonPath("$.swot.strengths[0]").value("Три"))
                .andExpect(jsonPath("$.answers", hasSize(0)));
        assertThat(jdbc.queryForObject("select count(*) from stage1_report where school_code = 'sr-d'", Long.class)).isEqualTo(1);
    }

    @Test
    void theDistrictViewExportsAsAWorkbook() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/monitoring/stage1/2026/district").accept(Workbooks.XLSX_TYPE).with(coordinator("st")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet swot = book.getSheet("SWOT");
            Row first = swot.getRow(3);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Сильные стороны");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Высокая мотивация наставников");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("st-a, st-b");
            Sheet curator = book.getSheet("Анкета куратора");
            assertThat(curator.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(2);
        }
    }
}
