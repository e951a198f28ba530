package ru.mentoring.monitoring.report;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import io.micrometer.core.instrument.MeterRegistry;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.mentoring.monitoring.TestRounds;
import ru.mentoring.monitoring.TestRounds.Round;
import ru.mentoring.monitoring.TestSchools;
import ru.mentoring.monitoring.export.Workbooks;
import ru.mentoring.monitoring.metrics.MonitoringMetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * The information note of municipality {@code rp} for 2026, read back from the generated files.
 * Figures: rp-a «СОШ №7» (20 teachers, 2 mentors, 15 mentees, ШНОР in 2025 and 2026), rp-b
 * «Гимназия» (30, 3, 0; ШНОР in 2025 only): mentees of ШНОР 15/20 = 75 % (met), mentors 5/50 = 10 %
 * (met), ШНОР 2 → 1 = 50 % fall (met). Six mentees of rp-a: joint work 9, 9, 8, 7, 7, 3, so 5 of 6
 * = 83,3 % (target 85: not met); «Эффективность программы наставничества» rose by 3 for all six:
 * exact p = 2/64 = 0,031. No mentor answered and no competency scores were loaded: no data.
 */
@SpringBootTest(properties = "platform.municipalities.rp=Ростовский тестовый район")
@AutoConfigureMockMvc
@Import({TestSchools.class, TestRegistryYear.class})
class InformationNoteReportTest {

    private final MockMvc mvc;

    private final MeterRegistry meters;

    InformationNoteReportTest(MockMvc mvc, MeterRegistry meters) {
        this.mvc = mvc;
        this.meters = meters;
    }

    static final List<UUID> MENTEES = new ArrayList<>();

    @BeforeAll
    static void monitoring(@Autowired MockMvc mvc) throws Exception {
        TestSchools.REGISTRY.school("rp-a", "СОШ №7", 20L, 2L, 15L);
        TestSchools.REGISTRY.school("rp-b", "Гимназия", 30L, 3L, 0L);
        TestSchools.INDEX.lowResults(2025, "rp-a", "rp-b");
        TestSchools.INDEX.lowResults(2026, "rp-a");

        RequestPostProcessor admin = schoolAdmin("rp-a", "rp");
        for (int i = 0; i < 6; i++) {
            MENTEES.add(UUID.randomUUID());
        }
        int[] before = {3, 4, 5, 6, 5, 4};
        int[] joint = {9, 9, 8, 7, 7, 3};
        Round b = TestRounds.open(mvc, admin, 2026, "rp-a", "MENTEE_BEFORE", "MENTEE", "TEACHER_TEACHER", MENTEES);
        Round a = TestRounds.open(mvc, admin, 2026, "rp-a", "MENTEE_AFTER", "MENTEE", "TEACHER_TEACHER", MENTEES);
        for (int i = 0; i < 6; i++) {
            TestRounds.answer(mvc, admin, "MENTEE_BEFORE", b.links().get(i), Map.of("programme_effectiveness", before[i]));
            TestRounds.answer(mvc, admin, "MENTEE_AFTER", a.links().get(i),
                    Map.of("programme_effectiveness", before[i] + 3, "joint_work_satisfaction", joint[i]));
        }
        mvc.perform(put("/api/monitoring/stage1/2026/schools/rp-a").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"answers":[{"itemKey":"regulation_approved","value":true},{"itemKey":"beginners_with_mentors_percent","value":100}],
                         "strengths":["Опытные наставники"],"threats":["Текучесть кадров"]}"""))
                .andExpect(status().isOk());
        String plan = mvc.perform(post("/api/monitoring/plans").with(coordinator("rp")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programmeYear\":2026}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String planId = JsonPath.read(plan, "$.plan.id");
        String eventId = JsonPath.read(plan, "$.events[0].id");
        mvc.perform(patch("/api/monitoring/plans/" + planId + "/events/" + eventId).with(coordinator("rp"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DONE\",\"evidence\":\"Протокол № 1\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void theMunicipalityNoteAsDocxHoldsTheTargetsTheAssessmentTheDynamicsTheSwotAndTheEventsDone() throws Exception {
        double before = meters.counter(MonitoringMetrics.REPORTS, "report", "note", "format", "docx").count();
        byte[] docx = mvc.perform(get("/api/monitoring/reports/note").param("programmeYear", "2026").with(coordinator("rp")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ReportController.DOCX))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".docx")))
                .andReturn().getResponse().getContentAsByteArray();
        if (System.getenv("NOTE_OUT") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getenv("NOTE_OUT"), "note.docx"), docx);
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = text(doc);
            assertThat(text).contains("Информационная справка по итогам мониторинга реализации программы наставничества")
                    .contains("Ростовский тестовый район")
                    .contains("Цели мониторинга:")
                    .contains("Личностная оценка наставляемых")
                    .contains("Всего участников – 6. Из них: довольны совместной работой – 5 (83,3 %)")
                    .contains("Опытные наставники")
                    .contains("Мероприятий в плане: 40. Выполнено: 1")
                    .contains("Протокол № 1")
                    .contains("выполнено 3 из 4 целевых показателей программы, по которым есть данные (по 6 показателям данных нет)");
            List<String> mentees = row(doc, "Доля педагогов ШНОР, вошедших в программы наставничества в роли наставляемого");
            assertThat(mentees.subList(1, 4)).containsExactly("75,0 %", "не менее 70 %", "выполнен");
            assertThat(mentees.get(4)).contains("педагогов: 20").contains("наставляемых: 15");
            assertThat(row(doc, "Уровень удовлетворенности наставляемых участием в программах наставничества").subList(1, 4))
                    .containsExactly("83,3 %", "не менее 85 %", "не выполнен");
            assertThat(row(doc, "Уровень удовлетворенности наставников участием в программах наставничества").get(3))
                    .isEqualTo("нет данных");
            assertThat(row(doc, "Снижение числа ШНОР по сравнению с предыдущим годом").get(1)).isEqualTo("50,0 %");
            List<String> dynamics = row(doc, "Эффективность программы наставничества");
            assertThat(dynamics).containsExactly("Эффективность программы наставничества", "6", "4,50", "7,50", "+3,00",
                    "100,0 %", "0,031", "да");
            assertThat(row(doc, "Понравилось участвовать в программе").subList(1, 3)).containsExactly("6", "100,0 %");
            for (UUID person : MENTEES) {
                assertThat(text).doesNotContain(person.toString());
            }
        }
        assertThat(meters.counter(MonitoringMetrics.REPORTS, "report", "note", "format", "docx").count()).isEqualTo(before + 1);
    }

    @Test
    void theNoteAsPdfReadsBackWithTheSameFigures() throws Exception {
        byte[] pdf = mvc.perform(get("/api/monitoring/reports/note").param("programmeYear", "2026").param("format", "pdf")
                        .with(departmentViewer("rp")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        if (System.getenv("NOTE_OUT") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getenv("NOTE_OUT"), "note.pdf"), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Информационная справка по итогам мониторинга")
                    .contains("Всего участников – 6. Из них: довольны совместной работой – 5 (83,3 %)")
                    .contains("75,0 %")
                    .contains("83,3 %")
                    .contains("Опытные наставники")
                    .contains("Протокол № 1")
                    .contains("Эффективность программы наставничества");
        }
    }

    @Test
    void aSchoolAdminGetsTheirSchoolsNoteWithItsCuratorQuestionnaireAndNotAnotherSchools() throws Exception {
        byte[] docx = mvc.perform(get("/api/monitoring/reports/note").param("programmeYear", "2026").with(schoolAdmin("rp-a", "rp")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = text(doc);
            assertThat(text).contains("СОШ №7, Ростовский тестовый район")
                    .contains("Таблица 1. SWOT-анализ реализуемой программы наставничества")
                    .contains("Собственный план мероприятий школы на 2026 год в системе не ведется");
            assertThat(row(doc, "Утверждено Положение о наставничестве").get(1)).isEqualTo("да");
            assertThat(row(doc, "Доля начинающих педагогов, у которых есть наставники, %").get(1)).isEqualTo("100 %");
            assertThat(row(doc, "Угрозы").get(1)).isEqualTo("• Текучесть кадров");
            assertThat(row(doc, "Доля педагогов ШНОР, вошедших в программы наставничества в роли наставляемого").get(1))
                    .isEqualTo("75,0 %");
        }
        mvc.perform(get("/api/monitoring/reports/note").param("programmeYear", "2026").param("schoolCode", "rp-b")
                        .with(schoolAdmin("rp-a", "rp")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theNoteHasItsChartsAsPicturesAndNamesSchoolsAndTheMunicipalityNotTheirCodes() throws Exception {
        byte[] pdf = mvc.perform(get("/api/monitoring/reports/note").param("programmeYear", "2026").param("format", "pdf")
                        .with(coordinator("rp")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int images = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            // dynamics before/after, targets against values, the ШНОР share over the years
            assertThat(images).isEqualTo(3);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Рисунок 1. Средние оценки до и после программы")
                    .contains("Рисунок 2. Целевые показатели программы")
                    .contains("Рисунок 3. Доля школ с низкими образовательными результатами (ШНОР) по годам, Ростовский тестовый район")
                    .contains("СОШ №7")
                    .doesNotContain("rp-a").doesNotContain("rp-b").doesNotContain("муниципалитет rp");
        }
        byte[] docx = mvc.perform(get("/api/monitoring/reports/note").param("programmeYear", "2026").with(coordinator("rp")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getAllPictures()).hasSize(3);
            assertThat(doc.getAllPictures()).allSatisfy(p -> assertThat(p.getPictureType()).isEqualTo(Document.PICTURE_TYPE_PNG));
            assertThat(text(doc)).contains("Ростовский тестовый район").doesNotContain("rp-a").doesNotContain("rp-b");
        }
    }

    @Test
    void theNotesTablesExportAsOneWorkbook() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/monitoring/reports/note").param("programmeYear", "2026").param("format", "xlsx")
                        .with(coordinator("rp")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(Workbooks.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheet("Целевые показатели").getRow(3).getCell(1).getNumericCellValue()).isEqualTo(75.0);
            assertThat(book.getSheet("Оценка — наставляемые").getRow(3).getCell(1).getNumericCellValue()).isEqualTo(6);
            assertThat(book.getSheet("Динамика — наставляемые").getRow(3).getCell(4).getNumericCellValue()).isEqualTo(3.0);
            assertThat(book.getSheet("SWOT").getRow(3).getCell(1).getStringCellValue()).isEqualTo("Опытные наставники");
            assertThat(book.getSheet("План мероприятий").getRow(3).getCell(7).getStringCellValue()).isEqualTo("выполнено");
            assertThat(book.getSheet("Тестирование педагогов")).isNotNull();
        }
    }

    @Test
    void exportsOfTablesAreCounted() throws Exception {
        double before = meters.counter(MonitoringMetrics.REPORTS, "report", "export", "format", "xlsx").count();
        mvc.perform(get("/api/monitoring/targets").param("programmeYear", "2026").accept(Workbooks.XLSX_TYPE).with(coordinator("rp")))
                .andExpect(status().isOk());
        assertThat(meters.counter(MonitoringMetrics.REPORTS, "report", "export", "format", "xlsx").count()).isEqualTo(before + 1);
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("monitoring_reports_generated_total")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("monitoring_competency_imports_total")));
    }

    @Test
    void anUnknownFormatIsAProblem() throws Exception {
        mvc.perform(get("/api/monitoring/reports/note").param("programmeYear", "2026").param("format", "odt").with(coordinator("rp")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(get("/api/monitoring/reports/note").param("programmeYear", "2026")).andExpect(status().isUnauthorized());
    }

    static String text(XWPFDocument doc) {
        StringBuilder text = new StringBuilder();
        doc.getParagraphs().stream().map(XWPFParagraph::getText).forEach(t -> text.append(t).append('\n'));
        for (XWPFTable table : doc.getTables()) {
            text.append(table.getText()).append('\n');
        }
        return text.toString();
    }

    static List<String> row(XWPFDocument doc, String firstCell) {
        for (XWPFTable table : doc.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                if (row.getCell(0).getText().equals(firstCell)) {
                    return row.getTableCells().stream().map(c -> c.getText()).toList();
                }
            }
        }
        throw new AssertionError("no table row «" + firstCell + "»");
    }
}
