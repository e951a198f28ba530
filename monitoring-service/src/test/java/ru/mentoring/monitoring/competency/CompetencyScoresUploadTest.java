package ru.mentoring.monitoring.competency;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;

import io.micrometer.core.instrument.MeterRegistry;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.monitoring.TestSchools;
import ru.mentoring.monitoring.export.Workbooks;
import ru.mentoring.monitoring.metrics.MonitoringMetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/** Loading the district competency test scores: all or nothing, with a report of every bad row. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
class CompetencyScoresUploadTest {

    private final MockMvc mvc;

    private final JdbcTemplate jdbc;

    private final MeterRegistry meters;

    CompetencyScoresUploadTest(MockMvc mvc, JdbcTemplate jdbc, MeterRegistry meters) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.meters = meters;
    }

    @Test
    void aValidCsvIsStoredAndALaterFileReplacesTheSameTeachersScore() throws Exception {
        double accepted = meters.counter(MonitoringMetrics.IMPORTS, "outcome", "accepted").count();
        mvc.perform(post("/api/monitoring/competency-scores").with(coordinator("cs")).contentType("text/csv").content("""
                        participant_id,school_code,programme_year,stage,score
                        5b0a6a4e-2a7e-4a59-9a56-8c0c9d1e0001,cs-a,2026,BEFORE,40
                        5b0a6a4e-2a7e-4a59-9a56-8c0c9d1e0001,cs-a,2026,AFTER,52.5
                        5b0a6a4e-2a7e-4a59-9a56-8c0c9d1e0002,cs-b,2026,before,60
                        """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsRead").value(3))
                .andExpect(jsonPath("$.inserted").value(3))
                .andExpect(jsonPath("$.replaced").value(0))
                .andExpect(jsonPath("$.schools", hasSize(2)))
                .andExpect(jsonPath("$.programmeYears[0]").value(2026));
        mvc.perform(post("/api/monitoring/competency-scores").with(coordinator("cs")).contentType("text/csv").content("""
                        participant_id,school_code,programme_year,stage,score
                        5b0a6a4e-2a7e-4a59-9a56-8c0c9d1e0002,cs-b,2026,AFTER,66
                        5b0a6a4e-2a7e-4a59-9a56-8c0c9d1e0001,cs-a,2026,AFTER,50
                        """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inserted").value(1))
                .andExpect(jsonPath("$.replaced").value(1));
        assertThat(meters.counter(MonitoringMetrics.IMPORTS, "outcome", "accepted").count()).isEqualTo(accepted + 2);

        // cs-a: 40 -> 50 (+25 %); cs-b: 60 -> 66 (+10 %); together 100 -> 116 over two teachers: +16 %
        mvc.perform(get("/api/monitoring/competency-scores/summary").param("programmeYear", "2026").with(coordinator("cs")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.suppressed").value(false))
                .andExpect(jsonPath("$.total.paired").value(2))
                .andExpect(jsonPath("$.total.meanBefore").value(50.0))
                .andExpect(jsonPath("$.total.meanAfter").value(58.0))
                .andExpect(jsonPath("$.total.risePercent").value(16.0))
                .andExpect(jsonPath("$.bySchool[0].schoolCode").value("cs-a"))
                .andExpect(jsonPath("$.bySchool[0].risePercent").value(25.0))
                .andExpect(jsonPath("$.bySchool[1].risePercent").value(10.0));
        // a department viewer: one teacher per school, two in all: no count, mean or rise is shown, and "<5" in the workbook
        mvc.perform(get("/api/monitoring/competency-scores/summary").param("programmeYear", "2026").with(departmentViewer("cs")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.suppressed").value(true))
                .andExpect(jsonPath("$.total.paired").value(nullValue()))
                .andExpect(jsonPath("$.total.meanBefore").value(nullValue()))
                .andExpect(jsonPath("$.bySchool[0].schoolCode").value("cs-a"))
                .andExpect(jsonPath("$.bySchool[0].suppressed").value(true))
                .andExpect(jsonPath("$.bySchool[0].risePercent").value(nullValue()))
                .andExpect(jsonPath("$.bySchool[1].teachersBefore").value(nullValue()));
        byte[] xlsx = mvc.perform(get("/api/monitoring/competency-scores/summary").param("programmeYear", "2026")
                        .accept(Workbooks.XLSX_TYPE).with(departmentViewer("cs")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if ("cs-a".equals(row.getCell(0).getStringCellValue())) {
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo("<5");
                    assertThat(row.getCell(6).getStringCellValue()).isEqualTo("<5");
                }
            }
            assertThat(sheet.getLastRowNum()).isGreaterThan(1);
        }
        mvc.perform(get("/api/monitoring/competency-scores/summary").param("programmeYear", "2026").with(schoolAdmin("cs-b", "cs")))
                .andExpect(jsonPath("$.bySchool", hasSize(1)))
                .andExpect(jsonPath("$.total.risePercent").value(10.0));
        mvc.perform(get("/api/monitoring/competency-scores/summary").param("programmeYear", "2026").with(coordinator("csx")))
                .andExpect(jsonPath("$.total.paired").value(0))
                .andExpect(jsonPath("$.bySchool", hasSize(0)));
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeListingEveryRowAndField() throws Exception {
        double rejected = meters.counter(MonitoringMetrics.IMPORTS, "outcome", "rejected").count();
        Long before = jdbc.queryForObject("select count(*) from competency_score", Long.class);
        mvc.perform(post("/api/monitoring/competency-scores").with(coordinator("cs")).contentType("text/csv").content("""
                        teacher_key,school_code,programme_year,stage,score
                        K1,cs-a,2026,BEFORE,40
                        K2,csx-z,2026,BEFORE,40
                        K3,cs-a,1999,MIDDLE,abc
                        ,cs-a,2026,AFTER,-3
                        K1,cs-a,2026,BEFORE,41
                        K5,unknown-1,2026,AFTER,1000.5
                        """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rowsRead").value(6))
                .andExpect(jsonPath("$.rejectedRows").value(5))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("school_code"))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].field").value("programme_year"))
                .andExpect(jsonPath("$.errors[2].field").value("stage"))
                .andExpect(jsonPath("$.errors[3].field").value("score"))
                .andExpect(jsonPath("$.errors[4].row").value(5))
                .andExpect(jsonPath("$.errors[4].field").value("teacher_key"))
                .andExpect(jsonPath("$.errors[5].field").value("score"))
                .andExpect(jsonPath("$.errors[6].row").value(6))
                .andExpect(jsonPath("$.errors[6].reason").value("Балл этого педагога за этот год и этап уже указан в строке 2"))
                .andExpect(jsonPath("$.errors[7].row").value(7))
                .andExpect(jsonPath("$.errors[7].field").value("school_code"))
                .andExpect(jsonPath("$.errors[8].field").value("score"));
        assertThat(jdbc.queryForObject("select count(*) from competency_score", Long.class)).isEqualTo(before);
        assertThat(meters.counter(MonitoringMetrics.IMPORTS, "outcome", "rejected").count()).isEqualTo(rejected + 1);
    }

    @Test
    void aValueBeyondTheHeaderIsRefusedAtItsRowWithThePlatformsOneShape() throws Exception {
        double rejected = meters.counter(MonitoringMetrics.IMPORTS, "outcome", "rejected").count();
        Long before = jdbc.queryForObject("select count(*) from competency_score", Long.class);
        mvc.perform(post("/api/monitoring/competency-scores").with(coordinator("cs")).contentType("text/csv")
                        .content("teacher_key,school_code,programme_year,stage,score\nA,cs-a,2026,BEFORE,1,=1+1\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Unprocessable Content"))
                .andExpect(jsonPath("$.rowsRead").value(0))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("столбец F"))
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString("за пределами столбцов заголовка")));
        assertThat(jdbc.queryForObject("select count(*) from competency_score", Long.class)).isEqualTo(before);
        assertThat(meters.counter(MonitoringMetrics.IMPORTS, "outcome", "rejected").count()).isEqualTo(rejected + 1);
    }

    @Test
    void missingColumnsAreReportedOnTheHeaderRow() throws Exception {
        mvc.perform(post("/api/monitoring/competency-scores").with(coordinator("cs")).contentType("text/csv").content("""
                        school_code,stage,score
                        cs-a,BEFORE,1
                        """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("participant_id"))
                .andExpect(jsonPath("$.errors[1].field").value("programme_year"));
    }

    @Test
    void aWorkbookUploadedAsAFormFieldIsReadFromItsFirstSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Баллы");
            Object[][] rows = {{"teacher_key", "school_code", "programme_year", "stage", "score"},
                    {"X-1", "cs-c", 2027, "BEFORE", 10}, {"X-1", "cs-c", 2027, "AFTER", 13.5}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            book.write(out);
        }
        mvc.perform(multipart("/api/monitoring/competency-scores")
                        .file(new MockMultipartFile("file", "баллы.xlsx", Workbooks.XLSX, out.toByteArray()))
                        .with(coordinator("cs")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inserted").value(2));
        mvc.perform(get("/api/monitoring/competency-scores/summary").param("programmeYear", "2027").with(coordinator("cs")))
                .andExpect(jsonPath("$.total.risePercent").value(35.0));
    }

    @Test
    void aRussianExcelCsvWithSemicolonsAndDecimalCommasIsAccepted() throws Exception {
        byte[] cp1251 = """
                Ключ педагога;Код школы;Год;Этап;Балл
                Иванова;cs-d;2028;до;45,5
                Иванова;cs-d;2028;после;50
                """.getBytes(Charset.forName("windows-1251"));
        mvc.perform(post("/api/monitoring/competency-scores").with(coordinator("cs")).contentType("text/csv").content(cp1251))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inserted").value(2));
        assertThat(jdbc.queryForObject("select score from competency_score where teacher_key = 'Иванова' and stage = 'BEFORE'",
                java.math.BigDecimal.class)).isEqualByComparingTo("45.5");
    }

    @Test
    void onlyACoordinatorLoadsScores() throws Exception {
        String csv = "teacher_key,school_code,programme_year,stage,score\nA,cs-a,2026,BEFORE,1\n";
        mvc.perform(post("/api/monitoring/competency-scores").with(schoolAdmin("cs-a", "cs")).contentType("text/csv").content(csv))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/monitoring/competency-scores").with(departmentViewer("cs")).contentType("text/csv").content(csv))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/monitoring/competency-scores").with(coordinator("cs")).contentType("text/csv").content(""))
                .andExpect(status().isBadRequest()) // an empty file is no table: 400, as in every service
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }
}
