package ru.mentoring.registry.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.micrometer.core.instrument.MeterRegistry;

import ru.mentoring.registry.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/** Import and export of the banks: all or nothing, every bad row named, no duplicates on re-import. */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangeTest {

    static final String M = "exc";
    static final List<String> MENTOR_HEADER = List.of("Код ОО", "Табельный номер/ключ", "Фамилия", "Имя", "Отчество", "Предмет",
            "Стаж", "Категория", "Молодой специалист", "Темы наставничества");
    static final String[] LAST = {"Иванова", "Петрова", "Сидорова", "Кузнецова", "Смирнова", "Волкова"};

    private final MockMvc mvc;

    private final JdbcClient jdbc;

    private final MeterRegistry meters;

    ExchangeTest(MockMvc mvc, JdbcClient jdbc, MeterRegistry meters) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.meters = meters;
    }

    @BeforeAll
    static void schools(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        for (String code : new String[] {"exc-a", "exc-b", "exc-c", "exc-d", "exc-e", "exc-f"}) {
            data.school(code, "Школа " + code.substring(4).toUpperCase());
        }
        new TestData(mvc, "exx").school("exx-z");
    }

    static List<List<String>> mentorRows(String schoolA, String schoolB, int n) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            int experience = i % 40;
            rows.add(List.of(i % 2 == 0 ? schoolA : schoolB, "T-" + i, LAST[i % LAST.length], "Мария", "Ивановна",
                    i % 3 == 0 ? "физика" : "математика", String.valueOf(experience), i % 5 == 0 ? "высшая" : "первая",
                    experience <= 3 ? "да" : "нет", i % 4 == 0 ? "Решение задач с параметрами; информатика: Python" : ""));
        }
        return rows;
    }

    static byte[] xlsx(List<String> header, List<List<String>> rows) throws Exception {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("База наставников");
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (v != null && !v.isEmpty()) {
                        if (c == 6 && v.matches("\\d+")) {
                            row.createCell(c).setCellValue(Integer.parseInt(v)); // a number cell, as Excel keeps years
                        } else {
                            row.createCell(c).setCellValue(v);
                        }
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] csv(List<String> header, List<List<String>> rows, Charset charset) {
        StringBuilder s = new StringBuilder(String.join(";", header)).append("\r\n");
        for (List<String> row : rows) {
            s.append(String.join(";", row.stream().map(v -> v.contains(";") ? "\"" + v + "\"" : v).toList())).append("\r\n");
        }
        return s.toString().getBytes(charset);
    }

    org.springframework.test.web.servlet.ResultActions upload(String bank, String name, byte[] bytes, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(multipart("/api/registry/exchange/" + bank).file(new MockMultipartFile("file", name, null, bytes)).with(who));
    }

    long peopleOf(String school) {
        return jdbc.sql("select count(*) from participant where school_code = ?").param(school).query(Long.class).single();
    }

    double imports(String outcome) {
        return meters.find("registry.imports").tag("outcome", outcome).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    void fiveThousandMentorsFromXlsxAreStoredAndImportingTheFileAgainDuplicatesNoOne() throws Exception {
        byte[] file = xlsx(MENTOR_HEADER, mentorRows("exc-a", "exc-b", 5000));
        double stored = imports("stored");
        // its speed is RegistryBenchmarkIT's figure (docs/benchmarks.md), not a timed test's
        upload("mentors", "База наставников.xlsx", file, coordinator(M))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(5000))
                .andExpect(jsonPath("$.created").value(5000))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.topicsAdded").value(2500));
        assertThat(peopleOf("exc-a") + peopleOf("exc-b")).isEqualTo(5000);
        assertThat(imports("stored")).isEqualTo(stored + 1);

        upload("mentors", "База наставников.xlsx", file, coordinator(M))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(5000))
                .andExpect(jsonPath("$.topicsAdded").value(0));
        assertThat(peopleOf("exc-a") + peopleOf("exc-b")).isEqualTo(5000);
        assertThat(jdbc.sql("select count(*) from mentor_topic where school_code in ('exc-a','exc-b')").query(Long.class).single())
                .isEqualTo(2500);
        // the people are in the bank, with their years and the young-specialist flag derived from them
        mvc.perform(get("/api/registry/bank/mentors?school=exc-a&q=иванова&youngSpecialist=true&size=1").with(coordinator(M)))
                .andExpect(jsonPath("$.items[0].experienceYears").value(org.hamcrest.Matchers.lessThanOrEqualTo(3)));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PARTICIPANT_IMPORTED' and 'exc-a' = any(school_codes)")
                .query(Long.class).single()).isEqualTo(2500);
    }

    @Test
    void aFileWithAFewBadRowsAmongFiveThousandIsRejectedWholeListingEachRow() throws Exception {
        List<List<String>> rows = new ArrayList<>(mentorRows("exc-c", "exc-c", 5000));
        rows.set(99, List.of("exc-c", "T-100", "", "Мария", "", "математика", "5", "", "", ""));        // line 101: no last name
        rows.set(2000, List.of("exc-c", "T-2001", "Петрова", "Мария", "", "математика", "много", "", "", "")); // line 2002
        rows.set(3001, List.of("nowhere-school", "T-3002", "Сидорова", "Мария", "", "физика", "4", "", "", "")); // line 3003
        rows.set(4002, List.of("exc-c", "T-7", "Волкова", "Мария", "", "физика", "4", "", "", ""));     // line 4004: T-7 again
        rows.set(4500, List.of("exc-c", "T-4501", "Волкова", "Мария", "", "физика", "10", "", "да", "")); // line 4502
        double rejected = imports("rejected");
        upload("mentors", "mentors.xlsx", xlsx(MENTOR_HEADER, rows), coordinator(M))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Unprocessable Content"))
                .andExpect(jsonPath("$.detail", containsString("ничего не сохранено")))
                .andExpect(jsonPath("$.rowsRead").value(5000))
                .andExpect(jsonPath("$.rejectedRows").value(5))
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[0].row").value(101))
                .andExpect(jsonPath("$.errors[0].field").value("Фамилия"))
                .andExpect(jsonPath("$.errors[0].reason").value("Укажите фамилию"))
                .andExpect(jsonPath("$.errors[1].row").value(2002))
                .andExpect(jsonPath("$.errors[1].field").value("Стаж"))
                .andExpect(jsonPath("$.errors[2].row").value(3003))
                .andExpect(jsonPath("$.errors[2].field").value("Код ОО"))
                .andExpect(jsonPath("$.errors[3].row").value(4004))
                .andExpect(jsonPath("$.errors[3].reason").value("Ключ «T-7» школы exc-c уже есть в строке 8"))
                .andExpect(jsonPath("$.errors[4].row").value(4502))
                .andExpect(jsonPath("$.errors[4].field").value("Молодой специалист"));
        assertThat(peopleOf("exc-c")).isZero();
        assertThat(imports("rejected")).isEqualTo(rejected + 1);
    }

    @Test
    void aCsvOfMenteesInWindows1251IsImportedWithTheirRequestsOnce() throws Exception {
        List<String> header = List.of("Код ОО", "Табельный номер/ключ", "Фамилия", "Имя", "Отчество", "Категория участника",
                "Класс", "Предмет", "Стаж", "Вид затруднения", "Предмет затруднения", "Затруднение");
        List<List<String>> rows = List.of(
                List.of("exc-d", "Y-1", "Новикова", "Ольга", "Петровна", "педагог", "", "химия", "1", "предметное", "химия",
                        "Решение расчётных задач; подготовка к ОГЭ"),
                List.of("exc-d", "S-1", "Учеников", "Пётр", "", "обучающийся", "7", "", "", "методическое", "",
                        "Не умеет планировать время"),
                List.of("exc-d", "Y-2", "Молодая", "Анна", "", "", "", "биология", "2", "", "", ""));
        byte[] file = csv(header, rows, Charset.forName("windows-1251"));
        upload("mentees", "Наставляемые.csv", file, schoolAdmin("exc-d", M))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bank").value("mentees"))
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.requestsAdded").value(2));
        upload("mentees", "Наставляемые.csv", file, schoolAdmin("exc-d", M))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.requestsAdded").value(0));
        mvc.perform(get("/api/registry/bank/mentees?school=exc-d&role=STUDENT").with(schoolAdmin("exc-d", M)))
                .andExpect(jsonPath("$.items[0].lastName").value("Учеников"))
                .andExpect(jsonPath("$.items[0].grade").value(7))
                .andExpect(jsonPath("$.items[0].requests[0].difficultyKind").value("METHODICAL"));
        mvc.perform(get("/api/registry/bank/mentees?school=exc-d&q=новикова").with(schoolAdmin("exc-d", M)))
                .andExpect(jsonPath("$.items[0].requests[0].text").value("Решение расчётных задач; подготовка к ОГЭ"))
                .andExpect(jsonPath("$.items[0].youngSpecialist").value(true));
    }

    /** Only a teacher has a teaching profile: an import keeps a partner's subjects no more than the API does. */
    @Test
    void aPartnerImportedWithSubjectsAndExperienceKeepsNoTeachingProfile() throws Exception {
        List<String> header = List.of("Код ОО", "Табельный номер/ключ", "Фамилия", "Имя", "Категория участника", "Предмет", "Стаж",
                "Молодой специалист");
        upload("mentors", "p.csv", csv(header, List.of(List.of("exc-f", "PRT-1", "Партнёрова", "Елена", "работодатель", "химия", "2",
                "да")), StandardCharsets.UTF_8), coordinator(M))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        var row = jdbc.sql("select kind, subjects, experience_years, young_specialist from participant where external_key = 'PRT-1'")
                .query((rs, n) -> List.of(rs.getString(1), String.valueOf(rs.getString(2)), String.valueOf(rs.getObject(3)),
                        String.valueOf(rs.getBoolean(4)))).single();
        assertThat(row).containsExactly("PARTNER", "null", "null", "false");
    }

    /** Seed 002's bank of mentors takes parents too; a parent is never mentored, and the file says which row. */
    @Test
    void aParentIsImportedIntoTheBankOfMentorsButARowOfMenteesNamingAParentIsRejected() throws Exception {
        List<String> header = List.of("Код ОО", "Табельный номер/ключ", "Фамилия", "Имя", "Категория участника");
        upload("mentors", "parents.csv", csv(header, List.of(List.of("exc-f", "PAR-1", "Родсоветова", "Анна", "родитель")),
                StandardCharsets.UTF_8), coordinator(M))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        assertThat(jdbc.sql("select kind from participant where external_key = 'PAR-1'").query(String.class).single()).isEqualTo("PARENT");
        upload("mentees", "parents.csv", csv(header, List.of(List.of("exc-f", "PAR-2", "Родсоветов", "Иван", "родитель")),
                StandardCharsets.UTF_8), coordinator(M))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("Категория участника"))
                .andExpect(jsonPath("$.errors[0].reason").value("Родитель не включается в базу наставляемых"));
        assertThat(jdbc.sql("select count(*) from participant where external_key = 'PAR-2'").query(Long.class).single()).isZero();
    }

    @Test
    void aChangedRowUpdatesThePersonAndTheAuditLogSaysWhatChanged() throws Exception {
        List<String> header = List.of("Код ОО", "Табельный номер/ключ", "Фамилия", "Имя", "Предмет", "Стаж");
        upload("mentors", "m.csv", csv(header, List.of(List.of("exc-e", "U-1", "Прежняя", "Ирина", "история", "12")),
                StandardCharsets.UTF_8), coordinator(M)).andExpect(jsonPath("$.created").value(1));
        upload("mentors", "m.csv", csv(header, List.of(List.of("exc-e", "U-1", "Новая", "Ирина", "история, обществознание", "13")),
                StandardCharsets.UTF_8), coordinator(M))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(1));
        mvc.perform(get("/api/registry/audit?schoolCode=exc-e").with(coordinator(M)))
                .andExpect(jsonPath("$.items[0].action").value("PARTICIPANT_UPDATED"))
                .andExpect(jsonPath("$.items[0].changes[?(@.field == 'lastName')].oldValue").value("Прежняя"))
                .andExpect(jsonPath("$.items[0].changes[?(@.field == 'lastName')].newValue").value("Новая"))
                .andExpect(jsonPath("$.items[0].changes[?(@.field == 'experienceYears')].newValue").value("13"));
        assertThat(jdbc.sql("select count(*) from participant where external_key = 'U-1'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void malformedFilesGetAClearAnswerAndStoreNothing() throws Exception {
        double malformed = imports("malformed");
        upload("mentors", "mentors.xlsx", "это не книга Excel".getBytes(StandardCharsets.UTF_8), coordinator(M))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail", containsString("не является книгой Excel")));
        byte[] damaged = xlsx(MENTOR_HEADER, mentorRows("exc-c", "exc-c", 10));
        upload("mentors", "mentors.xlsx", java.util.Arrays.copyOf(damaged, damaged.length / 2), coordinator(M))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Файл Excel не прочитан")));
        upload("mentors", "mentors.csv", new byte[0], coordinator(M))
                .andExpect(status().isBadRequest());
        upload("mentors", "mentors.csv", "Код ОО;Фамилия;Имя\r\n".getBytes(StandardCharsets.UTF_8), coordinator(M))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("Табельный номер/ключ"))
                .andExpect(jsonPath("$.errors[0].reason").value("Нет обязательного столбца «Табельный номер/ключ»"));
        upload("mentors", "mentors.csv", "Код ОО;Табельный номер/ключ;Фамилия;Имя\r\n\"exc-c;T-1;Незакрытая;Кавычка\r\n"
                .getBytes(StandardCharsets.UTF_8), coordinator(M))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("незакрытые кавычки")));
        mvc.perform(multipart("/api/registry/exchange/mentors").with(coordinator(M)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(peopleOf("exc-c")).isZero();
        assertThat(imports("malformed")).isGreaterThan(malformed);
    }

    @Test
    void aFileOverTenMegabytesIs413() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        upload("mentors", "big.csv", big, coordinator(M))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Файл больше 10 МБ: разделите его на части"));
    }

    @Test
    void aSchoolAdminImportsOnlyIntoTheirSchoolAndTheViewerNotAtAll() throws Exception {
        List<String> header = List.of("Код ОО", "Табельный номер/ключ", "Фамилия", "Имя");
        byte[] file = csv(header, List.of(List.of("exc-d", "Z-1", "Своя", "Анна"), List.of("exc-e", "Z-2", "Чужая", "Анна"),
                List.of("exx-z", "Z-3", "Далёкая", "Анна")), StandardCharsets.UTF_8);
        upload("mentors", "m.csv", file, schoolAdmin("exc-d", M))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].reason").value("Школа с кодом «exc-e» не найдена среди доступных вам"))
                .andExpect(jsonPath("$.errors[1].row").value(4));
        assertThat(jdbc.sql("select count(*) from participant where external_key like 'Z-%' and school_code like 'ex%'").query(Long.class).single()).isZero();
        upload("mentors", "m.csv", file, departmentViewer(M)).andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/exchange/mentors").with(departmentViewer(M))).andExpect(status().isForbidden());
    }

    @Test
    void theBankOfMentorsIsExportedWithRussianHeadersAndReimportsUnchanged() throws Exception {
        List<String> header = List.of("Код ОО", "Табельный номер/ключ", "Фамилия", "Имя", "Предмет", "Стаж", "Темы наставничества");
        upload("mentors", "m.csv", csv(header, List.of(List.of("exc-e", "R-1", "Экспортова", "Вера", "география", "20",
                "Работа с картой; география: Климат")), StandardCharsets.UTF_8), coordinator(M))
                .andExpect(status().isOk());
        byte[] exported = mvc.perform(get("/api/registry/exchange/mentors?format=xlsx&school=exc-e").with(coordinator(M)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(wb.getSheetName(0)).isEqualTo("База наставников");
            List<String> head = new ArrayList<>();
            sheet.getRow(0).forEach(c -> head.add(c.getStringCellValue()));
            assertThat(head).startsWith("Код ОО", "ОО", "Табельный номер/ключ", "Фамилия", "Имя", "Отчество", "Категория участника",
                    "Предмет", "Стаж", "Категория", "Молодой специалист", "Темы наставничества");
            boolean found = false;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && "R-1".equals(row.getCell(2).getStringCellValue())) {
                    found = true;
                    assertThat(row.getCell(11).getStringCellValue()).isEqualTo("география: Работа с картой; география: Климат");
                }
            }
            assertThat(found).isTrue();
        }
        upload("mentors", "exported.xlsx", exported, coordinator(M))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.topicsAdded").value(0));
        String csv = mvc.perform(get("/api/registry/exchange/mentors?format=csv&school=exc-e").with(coordinator(M)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFКод ОО;ОО;Табельный номер/ключ;Фамилия").contains("Экспортова");
        mvc.perform(get("/api/registry/exchange/mentors?format=pdf").with(coordinator(M)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aNameThatLooksLikeAFormulaIsExportedAsTextAndReimportsToTheSameName() throws Exception {
        String formula = "=HYPERLINK(\"http://x\",\"a\")";
        String file = "Код ОО;Табельный номер/ключ;Фамилия;Имя;Отчество\r\n"
                + "exc-f;F-1;\"=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\";Вера;-Петровна\r\n";
        upload("mentors", "f.csv", file.getBytes(StandardCharsets.UTF_8), coordinator(M)).andExpect(status().isOk());
        assertThat(lastNameOf("F-1")).isEqualTo(formula);

        byte[] exported = mvc.perform(get("/api/registry/exchange/mentors?format=csv&school=exc-f").with(coordinator(M)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String csv = new String(exported, StandardCharsets.UTF_8);
        // the cell begins with an apostrophe: Excel shows it as text and runs nothing
        assertThat(csv).contains(";\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\";Вера;'-Петровна;")
                .doesNotContain(";=HYPERLINK").doesNotContain(";\"=HYPERLINK");

        upload("mentors", "exported.csv", exported, coordinator(M))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0));
        assertThat(lastNameOf("F-1")).isEqualTo(formula);
        assertThat(jdbc.sql("select middle_name from participant where external_key = 'F-1'").query(String.class).single())
                .isEqualTo("-Петровна");

        // in a workbook the same text is a string cell: Excel never evaluates it, so it needs no apostrophe
        byte[] workbook = mvc.perform(get("/api/registry/exchange/mentors?format=xlsx&school=exc-f").with(coordinator(M)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            Row row = null;
            for (Row r : wb.getSheetAt(0)) {
                if (r.getRowNum() > 0 && "F-1".equals(r.getCell(2).getStringCellValue())) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(3).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo(formula);
        }
    }

    @Test
    void aWorkbookWithAValueBeyondTheHeaderIsRefusedWithTheOneShapeAndNothingIsStored() throws Exception {
        byte[] file;
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            Row h = sheet.createRow(0);
            for (int c = 0; c < MENTOR_HEADER.size(); c++) {
                h.createCell(c).setCellValue(MENTOR_HEADER.get(c));
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("exc-c");
            r.createCell(16_383).setCellValue("x");
            wb.write(out);
            file = out.toByteArray();
        }
        long before = peopleOf("exc-c");
        upload("mentors", "wide.xlsx", file, coordinator(M))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Unprocessable Content"))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("столбец XFD"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("за пределами столбцов заголовка")));
        assertThat(peopleOf("exc-c")).isEqualTo(before);
    }

    String lastNameOf(String key) {
        return jdbc.sql("select last_name from participant where external_key = ?").param(key).query(String.class).single();
    }

    @Test
    void exportsHoldOnlyWhatTheCallerMaySee() throws Exception {
        TestData data = new TestData(mvc, M);
        String mentor = data.teacher("exc-d", "P-1", "Парова", "математика", 20);
        String mentee = data.teacher("exc-e", "P-2", "Межшкольная", "математика", 1);
        data.consent(mentor);
        data.consent(mentee);
        data.pair(mentor, "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", mentee);
        String mine = new String(mvc.perform(get("/api/registry/exchange/mentors?format=csv").with(schoolAdmin("exc-d", M)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(mine).contains("Парова").doesNotContain("Экспортова").doesNotContain("exc-a");
        mvc.perform(get("/api/registry/exchange/mentors?school=exc-e").with(schoolAdmin("exc-d", M)))
                .andExpect(status().isNotFound());
        String pairs = new String(mvc.perform(get("/api/registry/exchange/pairs?format=csv").with(schoolAdmin("exc-d", M)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(pairs).contains("педагог – педагог").contains("Парова").contains("Межшкольная Анна Петровна")
                .contains("Школа E").doesNotContain("P-2").doesNotContain(";exc-e;");
        String all = new String(mvc.perform(get("/api/registry/exchange/pairs?format=csv").with(coordinator(M)))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(all).contains("P-2").contains("exc-e");
        mvc.perform(get("/api/registry/exchange/mentors?format=csv").with(coordinator("exx")))
                .andExpect(content().string(not(containsString("Парова"))));
    }

    @Test
    void anUnknownBankIsNotFound() throws Exception {
        mvc.perform(get("/api/registry/exchange/teachers").with(coordinator(M))).andExpect(status().isNotFound());
        upload("pairs-of-pairs", "x.csv", "a".getBytes(StandardCharsets.UTF_8), coordinator(M)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }
}
