package ru.mentoring.monitoring.learners;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.monitoring.TestSchools;
import ru.mentoring.monitoring.export.Workbooks;
import ru.mentoring.monitoring.registry.RegistryPairs.Member;
import ru.mentoring.monitoring.registry.RegistryPairs.PeriodPair;
import ru.mentoring.platform.tenant.TenantContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
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

/**
 * Learners' indicators through the API on embedded PostgreSQL. School {@code lr-a}: five mentees of a
 * «ученик – ученик» pair of 2025 (A1…A5), a «педагог – педагог» mentee (T1) and a terminated pupil
 * pair's mentee (X1). School {@code lr-b}: three mentees of a «учитель – ученик» pair (B1…B3).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
class LearnerResultsTest {

    static final int YEAR = 2025;
    static final List<UUID> A = new ArrayList<>();
    static final List<UUID> B = new ArrayList<>();
    static final UUID T1 = UUID.randomUUID();
    static final UUID X1 = UUID.randomUUID();

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    LearnerResultsTest(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    @BeforeAll
    static void pairs() {
        for (int i = 0; i < 5; i++) {
            A.add(UUID.randomUUID());
        }
        for (int i = 0; i < 3; i++) {
            B.add(UUID.randomUUID());
        }
        LocalDate start = LocalDate.of(YEAR, 2, 1);
        TestSchools.PAIRS.bySchool.put("lr-a", List.of(
                pair("STUDENT_STUDENT", "COMPLETED", start, A.toArray(UUID[]::new)),
                pair("TEACHER_TEACHER", "IMPLEMENTATION", start, T1),
                pair("STUDENT_STUDENT", "TERMINATED", start, X1)));
        TestSchools.PAIRS.bySchool.put("lr-b", List.of(pair("TEACHER_STUDENT", "IMPLEMENTATION", start, B.toArray(UUID[]::new))));
    }

    static PeriodPair pair(String form, String status, LocalDate start, UUID... mentees) {
        List<Member> members = new ArrayList<>(List.of(new Member(UUID.randomUUID(), "MENTOR")));
        for (UUID m : mentees) {
            members.add(new Member(m, "MENTEE"));
        }
        return new PeriodPair(UUID.randomUUID(), form, "PEER_TO_PEER", "равный – равному", status, start,
                start.plusMonths(8), members);
    }

    /** The same five mentees as {@link LearnerStatisticsTest}: marks 3.2 → 3.9, absences 7.6 → 5, register 3 → 1, clubs 1 → 4. */
    static String schoolAFile() {
        String[][] values = {
                {"3", "4", "10", "4", "да", "нет", "нет", "да"},
                {"3", "4", "8", "8", "да", "нет", "нет", "да"},
                {"4", "4", "2", "0", "нет", "нет", "да", "да"},
                {"3", "4", "12", "6", "да", "да", "нет", "нет"},
                {"3", "3,5", "6", "7", "нет", "нет", "нет", "да"}};
        StringBuilder csv = new StringBuilder("participant_id;programme_year;stage;average_mark;absences;on_register;in_club\n");
        for (int i = 0; i < 5; i++) {
            String[] v = values[i];
            csv.append(A.get(i)).append(";2025;BEFORE;").append(v[0]).append(';').append(v[2]).append(';').append(v[4])
                    .append(';').append(v[6]).append('\n');
            csv.append(A.get(i)).append(";2025;AFTER;").append(v[1]).append(';').append(v[3]).append(';').append(v[5])
                    .append(';').append(v[7]).append('\n');
        }
        return csv.toString();
    }

    @Test
    void aSchoolLoadsItsMenteesAndTheResultsArePairedTestedAndHiddenWhereSmall() throws Exception {
        mvc.perform(multipart("/api/monitoring/learners")
                        .file(new MockMultipartFile("file", "lr-a.csv", "text/csv", schoolAFile().getBytes()))
                        .with(schoolAdmin("lr-a", "lr")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsRead").value(10))
                .andExpect(jsonPath("$.inserted").value(10))
                .andExpect(jsonPath("$.schools[0]").value("lr-a"));
        // the coordinator loads school B: three mentees, before only for B3
        mvc.perform(post("/api/monitoring/learners").with(coordinator("lr")).contentType("text/csv").content("""
                        participant_id,school_code,programme_year,stage,average_mark,absences,on_register,in_club
                        %s,lr-b,2025,BEFORE,3,5,нет,нет
                        %s,lr-b,2025,AFTER,3.5,5,нет,да
                        %s,lr-b,2025,BEFORE,4,1,нет,нет
                        %s,lr-b,2025,AFTER,4.5,0,нет,нет
                        %s,lr-b,2025,BEFORE,2.5,20,да,нет
                        """.formatted(B.get(0), B.get(0), B.get(1), B.get(1), B.get(2))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inserted").value(5));

        mvc.perform(get("/api/monitoring/learners/results").param("programmeYear", "2025").param("schoolCode", "lr-a")
                        .with(coordinator("lr")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paired").value(5))
                .andExpect(jsonPath("$.measures[0].key").value("AVERAGE_MARK"))
                .andExpect(jsonPath("$.measures[0].meanBefore").value(3.2))
                .andExpect(jsonPath("$.measures[0].meanAfter").value(3.9))
                .andExpect(jsonPath("$.measures[0].pValue").value(0.125))
                .andExpect(jsonPath("$.measures[1].meanAfter").value(5.0))
                .andExpect(jsonPath("$.statuses[0].before").value(3))
                .andExpect(jsonPath("$.statuses[0].after").value(1))
                .andExpect(jsonPath("$.statuses[1].after").value(4));
        // the municipality: 5 + 2 paired, B3 before only
        mvc.perform(get("/api/monitoring/learners/results").param("programmeYear", "2025").with(coordinator("lr")))
                .andExpect(jsonPath("$.menteesBefore").value(8))
                .andExpect(jsonPath("$.menteesAfter").value(7))
                .andExpect(jsonPath("$.paired").value(7));
        // the school administrator sees their own school only; another school is "not found"
        mvc.perform(get("/api/monitoring/learners/results").param("programmeYear", "2025").with(schoolAdmin("lr-b", "lr")))
                .andExpect(jsonPath("$.schoolCode").value("lr-b"))
                .andExpect(jsonPath("$.paired").value(2));
        mvc.perform(get("/api/monitoring/learners/results").param("programmeYear", "2025").param("schoolCode", "lr-a")
                        .with(schoolAdmin("lr-b", "lr")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/monitoring/learners/results").param("programmeYear", "2025").with(coordinator("lrx")))
                .andExpect(jsonPath("$.paired").value(0));
        // a department viewer: school B has 2 paired mentees (small), so school A, its complement, is hidden too
        mvc.perform(get("/api/monitoring/learners/results").param("programmeYear", "2025").param("schoolCode", "lr-a")
                        .with(departmentViewer("lr")))
                .andExpect(jsonPath("$.suppressed").value(true))
                .andExpect(jsonPath("$.paired").value(nullValue()))
                .andExpect(jsonPath("$.measures[0].meanBefore").value(nullValue()))
                .andExpect(jsonPath("$.statuses[0].before").value(nullValue()));
        mvc.perform(get("/api/monitoring/learners/results").param("programmeYear", "2025").with(departmentViewer("lr")))
                .andExpect(jsonPath("$.suppressed").value(false))
                .andExpect(jsonPath("$.paired").value(7));
        byte[] xlsx = mvc.perform(get("/api/monitoring/learners/results").param("programmeYear", "2025")
                        .param("schoolCode", "lr-b").accept(Workbooks.XLSX_TYPE).with(departmentViewer("lr")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            boolean hidden = false;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith("Средний балл")) {
                    hidden = "<5".equals(row.getCell(1).getStringCellValue());
                }
            }
            assertThat(hidden).isTrue();
        }
        // the last wall: plain SQL that forgets the school, under school A's tenant, sees none of school B's rows
        Long otherSchools = TenantContext.callAs("lr-a", () -> jdbc.queryForObject(
                "select count(*) from learner_indicator where school_code = 'lr-b'", Long.class));
        assertThat(otherSchools).isZero();
        assertThat(TenantContext.callAs("lr-a", () -> jdbc.queryForObject(
                "select count(*) from learner_indicator where school_code = 'lr-a'", Long.class))).isEqualTo(10);
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeNamingEachRowInRussian() throws Exception {
        Long before = jdbc.queryForObject("select count(*) from learner_indicator where school_code like 'lr-%'", Long.class);
        mvc.perform(post("/api/monitoring/learners").with(schoolAdmin("lr-a", "lr")).contentType("text/csv").content("""
                        participant_id,school_code,programme_year,stage,average_mark,absences,on_register,in_club
                        %s,lr-a,2025,BEFORE,4,0,нет,да
                        %s,lr-a,2025,BEFORE,4,0,нет,да
                        %s,lr-a,2025,BEFORE,4,0,нет,да
                        %s,lr-b,2025,BEFORE,4,0,нет,да
                        %s,lr-a,2025,AFTER,7,0,может быть,да
                        """.formatted(A.get(0), T1, X1, B.get(0), A.get(1))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rowsRead").value(5))
                .andExpect(jsonPath("$.rejectedRows").value(4))
                .andExpect(jsonPath("$.errors[?(@.row == 3)].field").value(hasItem("participant_id")))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].field").value(hasItem("participant_id")))
                .andExpect(jsonPath("$.errors[?(@.row == 5)].reason").value(hasItem("Школа «lr-b» не найдена среди ваших школ")))
                .andExpect(jsonPath("$.errors[?(@.row == 6)].field").value(hasItem("average_mark")))
                .andExpect(jsonPath("$.errors[?(@.row == 6)].field").value(hasItem("on_register")));
        assertThat(jdbc.queryForObject("select count(*) from learner_indicator where school_code like 'lr-%'", Long.class))
                .isEqualTo(before);
        // a department viewer loads nothing
        mvc.perform(post("/api/monitoring/learners").with(departmentViewer("lr")).contentType("text/csv").content("x\n1\n"))
                .andExpect(status().isForbidden());
    }
}
