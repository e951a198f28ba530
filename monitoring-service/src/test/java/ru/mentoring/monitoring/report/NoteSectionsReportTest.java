package ru.mentoring.monitoring.report;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import ru.mentoring.monitoring.registry.RegistryYear.ModelLine;
import ru.mentoring.monitoring.registry.RegistryYear.PeopleLine;
import ru.mentoring.monitoring.registry.RegistryYear.SupportLine;
import ru.mentoring.monitoring.registry.RegistryYear.YearCounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.monitoring.report.InformationNoteReportTest.row;
import static ru.mentoring.monitoring.report.InformationNoteReportTest.text;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * The note's sections from the registry and the plan, the note of one school, and the report to the
 * head of the department, for municipality {@code rp} in 2025 (the same context as
 * {@link InformationNoteReportTest}, another year). The registry's year: 6 pairs, 5 of «педагог –
 * педагог» (model «опытный педагог – молодой специалист») and 1 of «учитель – ученик» with 4 pupils;
 * school rp-a alone 2 teacher pairs. Programmes: an interview in 6 pairs, an open lesson in 2.
 * Six mentees of rp-a in a «педагог – педагог» round each rose by 2: p = 2/64 = 0,031, significant.
 */
@SpringBootTest(properties = "platform.municipalities.rp=Ростовский тестовый район")
@AutoConfigureMockMvc
@Import({TestSchools.class, TestRegistryYear.class})
class NoteSectionsReportTest {

    private final MockMvc mvc;

    NoteSectionsReportTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    static String firstStage;

    @BeforeAll
    static void year(@Autowired MockMvc mvc) throws Exception {
        TestSchools.REGISTRY.school("rp-a", "СОШ №7", 20L, 2L, 15L);
        TestSchools.REGISTRY.school("rp-b", "Гимназия", 30L, 3L, 0L);
        TestRegistryYear.YEAR.counts.put("m:rp:2025", new YearCounts(6,
                List.of(new ModelLine("TEACHER_TEACHER", "педагог – педагог", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST",
                                "опытный педагог – молодой специалист", 5),
                        new ModelLine("TEACHER_STUDENT", "учитель – ученик", "TEACHER_UNDERACHIEVING_STUDENT",
                                "учитель – неуспевающий ученик", 1)),
                List.of(new PeopleLine("TEACHER_TEACHER", "MENTOR", "TEACHER", "педагог", 5),
                        new PeopleLine("TEACHER_TEACHER", "MENTEE", "TEACHER", "педагог", 5),
                        new PeopleLine("TEACHER_STUDENT", "MENTOR", "TEACHER", "педагог", 1),
                        new PeopleLine("TEACHER_STUDENT", "MENTEE", "STUDENT", "обучающийся", 4),
                        new PeopleLine(null, "MENTOR", "TEACHER", "педагог", 6),
                        new PeopleLine(null, "MENTEE", "TEACHER", "педагог", 5),
                        new PeopleLine(null, "MENTEE", "STUDENT", "обучающийся", 4))));
        TestRegistryYear.YEAR.support.put("m:rp:2025", List.of(
                new SupportLine("Собеседование с молодым специалистом", 6, 6, 4),
                new SupportLine("Открытое занятие наставника", 2, 2, 1)));
        TestRegistryYear.YEAR.counts.put("s:rp-a:2025", new YearCounts(2,
                List.of(new ModelLine("TEACHER_TEACHER", "педагог – педагог", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST",
                        "опытный педагог – молодой специалист", 2)),
                List.of(new PeopleLine("TEACHER_TEACHER", "MENTOR", "TEACHER", "педагог", 2),
                        new PeopleLine("TEACHER_TEACHER", "MENTEE", "TEACHER", "педагог", 2),
                        new PeopleLine(null, "MENTOR", "TEACHER", "педагог", 2),
                        new PeopleLine(null, "MENTEE", "TEACHER", "педагог", 2))));

        RequestPostProcessor admin = schoolAdmin("rp-a", "rp");
        List<UUID> mentees = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            mentees.add(UUID.randomUUID());
        }
        int[] joint = {9, 9, 8, 7, 7, 3};
        Round b = TestRounds.open(mvc, admin, 2025, "rp-a", "MENTEE_BEFORE", "MENTEE", "TEACHER_TEACHER", mentees);
        Round a = TestRounds.open(mvc, admin, 2025, "rp-a", "MENTEE_AFTER", "MENTEE", "TEACHER_TEACHER", mentees);
        for (int i = 0; i < 6; i++) {
            TestRounds.answer(mvc, admin, "MENTEE_BEFORE", b.links().get(i), Map.of("programme_effectiveness", 4 + i % 3));
            TestRounds.answer(mvc, admin, "MENTEE_AFTER", a.links().get(i),
                    Map.of("programme_effectiveness", 6 + i % 3, "joint_work_satisfaction", joint[i]));
        }
        String plan = mvc.perform(post("/api/monitoring/plans").with(coordinator("rp")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programmeYear\":2025}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        firstStage = JsonPath.read(plan, "$.events[0].stageTitle");
        mvc.perform(patch("/api/monitoring/plans/" + JsonPath.read(plan, "$.plan.id") + "/events/" + JsonPath.read(plan, "$.events[0].id"))
                        .with(coordinator("rp")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DONE\",\"evidence\":\"Приказ № 5 от 01.09.2025\"}"))
                .andExpect(status().isOk());
        String recommendation = mvc.perform(post("/api/monitoring/recommendations").with(coordinator("rp"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"programmeYear":2025,"schoolCode":"rp-a","text":"Провести семинар для молодых педагогов"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(put("/api/monitoring/recommendations/" + JsonPath.read(recommendation, "$.id") + "/decision").with(admin)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"decision":"Семинар включен в план методической работы","dueDate":"2026-01-31","doneOn":"2026-01-20"}"""))
                .andExpect(status().isOk());
        mvc.perform(post("/api/monitoring/recommendations").with(coordinator("rp")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"programmeYear":2025,"schoolCode":"rp-b","text":"Закрепить наставников за новыми учителями"}"""))
                .andExpect(status().isCreated());
    }

    private XWPFDocument docx(String path, RequestPostProcessor caller, String... params) throws Exception {
        var request = get(path).param("programmeYear", "2025").with(caller);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        byte[] body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return new XWPFDocument(new ByteArrayInputStream(body));
    }

    @Test
    void theMunicipalityNoteSaysWhichFormsAndModelsRanAndWhoTookPartInTheSeedsWords() throws Exception {
        try (XWPFDocument doc = docx("/api/monitoring/reports/note", coordinator("rp"))) {
            String text = text(doc);
            assertThat(text).contains("По данным реестра в период с 01.09.2025 по 31.08.2026 работали пар «наставник – наставляемый»: 6.")
                    .contains("В отношении педагогических работников Целевая модель наставничества реализовалась форма наставничества:\n"
                            + "1) «педагог – педагог».\nИ следующая модель взаимодействия:\n1) «опытный педагог – молодой специалист».")
                    .contains("В отношении обучающихся Целевая модель наставничества реализовалась форма наставничества:\n"
                            + "1) «учитель – ученик».")
                    .contains("В прошедшем учебном году участвовали в программе 4 обучающихся.")
                    .doesNotContain("rp-a").doesNotContain("TEACHER_TEACHER");
            assertThat(row(doc, "«учитель – ученик»")).containsExactly("«учитель – ученик»", "«учитель – неуспевающий ученик»", "1");
            List<String> pupils = rowWith(doc, "все формы", "наставляемые", "обучающийся");
            assertThat(pupils.get(3)).isEqualTo("4");
        }
    }

    @Test
    void theMunicipalityNoteHasTheFormsOfSupportTheProgrammeResultByStageAndTheFindingsPerForm() throws Exception {
        try (XWPFDocument doc = docx("/api/monitoring/reports/note", coordinator("rp"))) {
            String text = text(doc);
            assertThat(text).contains("выявлены следующие формы работы в ходе сопровождения:")
                    .contains("– Собеседование с молодым специалистом (пар: 6, мероприятий: 6, проведено: 4)")
                    .contains("– Открытое занятие наставника (пар: 2, мероприятий: 2, проведено: 1)")
                    .contains("Результат реализации программы наставничества")
                    .contains("Форма «педагог – педагог»: значимая положительная динамика: Эффективность программы наставничества "
                            + "(наставляемые, +2,00).");
            List<String> stage = row(doc, firstStage);
            assertThat(stage.get(1)).startsWith("1. ");
            assertThat(stage.get(2)).startsWith("1. Приказ № 5 от 01.09.2025");
            assertThat(row(doc, "педагог – педагог")).containsExactly("педагог – педагог", "наставляемые", "6", "83,3 %", "100,0 %");
        }
    }

    @Test
    void theDepartmentsNoteHidesTheRegistrysCountsOfOneToFourAndProgrammeTitlesOfFewPairs() throws Exception {
        try (XWPFDocument doc = docx("/api/monitoring/reports/note", departmentViewer("rp"))) {
            String text = text(doc);
            // the pairs' line [5, 1]: the 1 and its complement hidden, the total shown
            assertThat(row(doc, "«учитель – ученик»").get(2)).isEqualTo("<5");
            assertThat(row(doc, "«педагог – педагог»").get(2)).isEqualTo("<5");
            assertThat(text).contains("работали пар «наставник – наставляемый»: 6.")
                    .contains("В прошедшем учебном году участвовали в программе обучающиеся: <5.")
                    .contains("Собеседование с молодым специалистом (пар: 6")
                    .doesNotContain("Открытое занятие наставника")
                    .contains("Не приводятся формы работы, записанные менее чем у 5 пар: 1.");
        }
    }

    private XSSFWorkbook xlsx(RequestPostProcessor reader) throws Exception {
        byte[] xlsx = mvc.perform(get("/api/monitoring/reports/note").param("programmeYear", "2025").param("format", "xlsx")
                .with(reader)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    @Test
    void theNotesWorkbookHasTheRegistrysTablesWithTheReadersCounts() throws Exception {
        try (XSSFWorkbook book = xlsx(coordinator("rp"))) {
            var models = book.getSheet("Формы и модели").getRow(3);
            assertThat(models.getCell(1).getStringCellValue()).isEqualTo("опытный педагог – молодой специалист");
            assertThat(models.getCell(2).getNumericCellValue()).isEqualTo(5);
            assertThat(book.getSheet("Формы работы").getRow(4).getCell(0).getStringCellValue()).isEqualTo("Открытое занятие наставника");
        }
        try (XSSFWorkbook book = xlsx(departmentViewer("rp"))) {
            assertThat(book.getSheet("Формы и модели").getRow(3).getCell(2).getStringCellValue()).isEqualTo("<5");
            // the open lesson of 2 pairs is left out: the interview is the only line
            assertThat(book.getSheet("Формы работы").getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void aSchoolsNoteHasItsOwnPairsAndNamesItAndAnotherSchoolsAdministratorGetsNotFound() throws Exception {
        try (XWPFDocument doc = docx("/api/monitoring/reports/note", coordinator("rp"), "schoolCode", "rp-a")) {
            String text = text(doc);
            assertThat(text).contains("СОШ №7, Ростовский тестовый район")
                    .contains("работали пар «наставник – наставляемый»: 2.")
                    .doesNotContain("В отношении обучающихся").doesNotContain("rp-a");
        }
        try (XWPFDocument doc = docx("/api/monitoring/reports/note", schoolAdmin("rp-a", "rp"))) {
            assertThat(text(doc)).contains("работали пар «наставник – наставляемый»: 2.");
        }
        mvc.perform(get("/api/monitoring/reports/note").param("programmeYear", "2025").param("schoolCode", "rp-a")
                .with(schoolAdmin("rp-b", "rp"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/monitoring/reports/note").param("programmeYear", "2025").param("schoolCode", "other-x")
                .with(coordinator("rp"))).andExpect(status().isNotFound());
    }

    @Test
    void theReportToTheHeadOfTheDepartmentHasKeyFiguresTargetsWhatWasDoneTheSchoolsDecisionsAndProposals() throws Exception {
        try (XWPFDocument doc = docx("/api/monitoring/reports/head-report", coordinator("rp"))) {
            String text = text(doc);
            assertThat(text).contains("Отчёт начальнику управления образования о ходе реализации программы наставничества")
                    .contains("Ростовский тестовый район")
                    .contains("– пар «наставник – наставляемый» (с 01.09.2025 по 31.08.2026): 6")
                    .contains("– наставляемых – обучающийся: 4")
                    .contains("– реализованы формы наставничества: «педагог – педагог», «учитель – ученик»")
                    .contains("– опрошено наставляемых: 6, довольны совместной работой – 83,3 %")
                    .contains("Приказ № 5 от 01.09.2025")
                    .contains("– принять меры по показателю «Уровень удовлетворенности наставляемых участием в программах "
                            + "наставничества»: 83,3 % при цели не менее 85 %;")
                    .contains("принять решения по рекомендациям координатора: Гимназия")
                    .doesNotContain("rp-a").doesNotContain("rp-b");
            assertThat(row(doc, "СОШ №7")).containsExactly("СОШ №7", "Провести семинар для молодых педагогов",
                    "Семинар включен в план методической работы", "31.01.2026", "исполнено 20.01.2026");
            assertThat(row(doc, "Гимназия").subList(2, 5)).containsExactly("решение не принято", "—", "—");
            assertThat(row(doc, "Уровень удовлетворенности наставляемых участием в программах наставничества"))
                    .containsExactly("Уровень удовлетворенности наставляемых участием в программах наставничества",
                            "не менее 85 %", "83,3 %", "не выполнен");
        }
        byte[] pdf = mvc.perform(get("/api/monitoring/reports/head-report").param("programmeYear", "2025").param("format", "pdf")
                        .with(departmentViewer("rp")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Отчёт начальнику управления образования")
                    .contains("Рекомендации по итогам мониторинга и решения школ")
                    .contains("Семинар включен в план методической работы")
                    .contains("наставляемых – обучающийся: <5");
        }
    }

    @Test
    void theReportToTheHeadIsTheMunicipalitysOnlyAndHasNoSpreadsheet() throws Exception {
        mvc.perform(get("/api/monitoring/reports/head-report").param("programmeYear", "2025").with(schoolAdmin("rp-a", "rp")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/monitoring/reports/head-report").param("programmeYear", "2025").param("format", "xlsx")
                .with(coordinator("rp"))).andExpect(status().isBadRequest());
    }

    private static List<String> rowWith(XWPFDocument doc, String... cells) {
        for (var table : doc.getTables()) {
            for (var r : table.getRows()) {
                List<String> texts = r.getTableCells().stream().map(c -> c.getText()).toList();
                if (texts.size() >= cells.length && texts.subList(0, cells.length).equals(List.of(cells))) {
                    return texts;
                }
            }
        }
        throw new AssertionError("no row " + List.of(cells));
    }
}
