package ru.mentoring.monitoring.dynamics;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.mentoring.monitoring.TestRounds;
import ru.mentoring.monitoring.TestRounds.Round;
import ru.mentoring.monitoring.TestSchools;
import ru.mentoring.monitoring.export.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Dynamics against embedded PostgreSQL. In school {@code dy-a} seven mentees rated «Эффективность
 * программы наставничества» 3, 4, 6, 5, 7, 5, 6 before and 5, 6, 7, 8, 9, 7, 8 after: all seven
 * improved, mean 36/7 → 50/7 (+2), exact two-sided p = 2/128. Every other item stayed at 7. One
 * more mentee answered only before, one only after, one before in 2026 and after in 2027: none of
 * them is a pair. A mentor of {@code dy-b} went from 4 to 8 (one pair, p = 1). Of the mentee form's
 * nine paired scale items, seven measure the same thing before and after; «Ощущение поддержки
 * наставника» and «Насколько Вы довольны вашей совместной работой?» were asked before as how
 * important they are, so they are context (7 and 7 side by side), not a change.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
class DynamicsBeforeAfterTest {

    private final MockMvc mvc;

    DynamicsBeforeAfterTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeAll
    static void answers(@Autowired MockMvc mvc) throws Exception {
        RequestPostProcessor admin = schoolAdmin("dy-a", "dy");
        int[] before = {3, 4, 6, 5, 7, 5, 6};
        int[] after = {5, 6, 7, 8, 9, 7, 8};
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            people.add(UUID.randomUUID());
        }
        UUID onlyBefore = UUID.randomUUID();
        UUID onlyAfter = UUID.randomUUID();
        UUID nextYear = UUID.randomUUID();
        List<UUID> asked = new ArrayList<>(people);
        asked.add(onlyBefore);
        asked.add(nextYear);
        Round b = TestRounds.open(mvc, admin, 2026, "dy-a", "MENTEE_BEFORE", "MENTEE", "TEACHER_TEACHER", asked);
        for (int i = 0; i < 7; i++) {
            TestRounds.answer(mvc, admin, "MENTEE_BEFORE", b.links().get(i), Map.of("programme_effectiveness", before[i]));
        }
        TestRounds.answer(mvc, admin, "MENTEE_BEFORE", b.links().get(7), Map.of("programme_effectiveness", 1));
        TestRounds.answer(mvc, admin, "MENTEE_BEFORE", b.links().get(8), Map.of("programme_effectiveness", 1));

        List<UUID> askedAfter = new ArrayList<>(people);
        askedAfter.add(onlyAfter);
        Round a = TestRounds.open(mvc, admin, 2026, "dy-a", "MENTEE_AFTER", "MENTEE", "TEACHER_TEACHER", askedAfter);
        for (int i = 0; i < 7; i++) {
            TestRounds.answer(mvc, admin, "MENTEE_AFTER", a.links().get(i), Map.of("programme_effectiveness", after[i]));
        }
        TestRounds.answer(mvc, admin, "MENTEE_AFTER", a.links().get(7), Map.of("programme_effectiveness", 10));
        Round later = TestRounds.open(mvc, admin, 2027, "dy-a", "MENTEE_AFTER", "MENTEE", "TEACHER_TEACHER", List.of(nextYear));
        TestRounds.answer(mvc, admin, "MENTEE_AFTER", later.links().get(0), Map.of("programme_effectiveness", 10));

        RequestPostProcessor coordinator = coordinator("dy");
        UUID mentor = UUID.randomUUID();
        Round mb = TestRounds.open(mvc, coordinator, 2026, "dy-b", "MENTOR_BEFORE", "MENTOR", null, List.of(mentor));
        TestRounds.answer(mvc, coordinator, "MENTOR_BEFORE", mb.links().get(0), Map.of("programme_effectiveness", 4));
        Round ma = TestRounds.open(mvc, coordinator, 2026, "dy-b", "MENTOR_AFTER", "MENTOR", null, List.of(mentor));
        TestRounds.answer(mvc, coordinator, "MENTOR_AFTER", ma.links().get(0), Map.of("programme_effectiveness", 8));
    }

    @Test
    void eachPairedScaleItemShowsMeansChangeShareImprovedAndTheWilcoxonP() throws Exception {
        mvc.perform(get("/api/monitoring/dynamics").param("programmeYear", "2026").param("role", "MENTEE")
                        .with(coordinator("dy")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.significanceLevel").value(0.05))
                .andExpect(jsonPath("$.tables[0].people").value(7))
                .andExpect(jsonPath("$.tables[0].items", hasSize(7)))
                .andExpect(jsonPath("$.tables[0].items[*].itemKey", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasItems("mentor_support", "joint_work_satisfaction"))))
                .andExpect(jsonPath("$.tables[0].context", hasSize(2)))
                .andExpect(jsonPath("$.tables[0].context[0].itemKey").value("mentor_support"))
                .andExpect(jsonPath("$.tables[0].context[0].beforeText").value("Насколько Вам важно ощущение поддержки наставника?"))
                .andExpect(jsonPath("$.tables[0].context[0].people").value(7))
                .andExpect(jsonPath("$.tables[0].context[0].meanImportance").value(7.0))
                .andExpect(jsonPath("$.tables[0].context[0].meanAfter").value(7.0))
                .andExpect(jsonPath("$.tables[0].context[0].pValue").doesNotExist())
                .andExpect(jsonPath("$.tables[0].context[1].itemKey").value("joint_work_satisfaction"))
                .andExpect(jsonPath("$.method").value(org.hamcrest.Matchers.containsString("как изменение не оцениваются")))
                .andExpect(jsonPath("$.method").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("commons"))))
                .andExpect(jsonPath("$.tables[0].items[0].itemKey").value("programme_effectiveness"))
                .andExpect(jsonPath("$.tables[0].items[0].text").value("Эффективность программы наставничества"))
                .andExpect(jsonPath("$.tables[0].items[0].pairs").value(7))
                .andExpect(jsonPath("$.tables[0].items[0].meanBefore").value(5.14))
                .andExpect(jsonPath("$.tables[0].items[0].meanAfter").value(7.14))
                .andExpect(jsonPath("$.tables[0].items[0].change").value(2.0))
                .andExpect(jsonPath("$.tables[0].items[0].improved").value(7))
                .andExpect(jsonPath("$.tables[0].items[0].improvedPercent").value(100.0))
                .andExpect(jsonPath("$.tables[0].items[0].pValue", closeTo(2.0 / 128, 1e-12)))
                .andExpect(jsonPath("$.tables[0].items[0].method").value("EXACT"))
                .andExpect(jsonPath("$.tables[0].items[0].significant").value(true))
                .andExpect(jsonPath("$.tables[0].items[1].itemKey").value("comfort"))
                .andExpect(jsonPath("$.tables[0].items[1].text").value("Насколько комфортно было работать в программе наставничества?"))
                .andExpect(jsonPath("$.tables[0].items[1].beforeText").value("Ожидаемый уровень комфорта при участии в программе наставничества"))
                .andExpect(jsonPath("$.tables[0].items[1].change").value(0.0))
                .andExpect(jsonPath("$.tables[0].items[1].unchanged").value(7))
                .andExpect(jsonPath("$.tables[0].items[1].pValue").doesNotExist())
                .andExpect(jsonPath("$.tables[0].items[1].method").value("NONE"));
    }

    @Test
    void aSinglePairIsReportedButIsNotSignificant() throws Exception {
        mvc.perform(get("/api/monitoring/dynamics").param("programmeYear", "2026").param("role", "MENTOR")
                        .with(coordinator("dy")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].people").value(1))
                .andExpect(jsonPath("$.tables[0].items[0].pairs").value(1))
                .andExpect(jsonPath("$.tables[0].items[0].change").value(4.0))
                .andExpect(jsonPath("$.tables[0].items[0].pValue").value(1.0))
                .andExpect(jsonPath("$.tables[0].items[0].significant").value(false));
    }

    @Test
    void aDepartmentViewerGetsNoMeanOrChangeOfASinglePerson() throws Exception {
        mvc.perform(get("/api/monitoring/dynamics").param("programmeYear", "2026").param("role", "MENTOR")
                        .with(departmentViewer("dy")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].suppressed").value(true))
                .andExpect(jsonPath("$.tables[0].people").value(nullValue()))
                .andExpect(jsonPath("$.tables[0].items[0].suppressed").value(true))
                .andExpect(jsonPath("$.tables[0].items[0].pairs").value(nullValue()))
                .andExpect(jsonPath("$.tables[0].items[0].meanBefore").value(nullValue()))
                .andExpect(jsonPath("$.tables[0].items[0].change").value(nullValue()))
                .andExpect(jsonPath("$.tables[0].items[0].pValue").value(nullValue()));
    }

    @Test
    void aDepartmentViewersNarrowedReadFollowsItsLineInTheWiderRead() throws Exception {
        // dy-a's seven mentees are the only school line of the district, and the only form line: shown
        mvc.perform(get("/api/monitoring/dynamics").param("programmeYear", "2026").param("role", "MENTEE")
                        .param("schoolCode", "dy-a").param("form", "TEACHER_TEACHER").with(departmentViewer("dy")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].suppressed").value(false))
                .andExpect(jsonPath("$.tables[0].people").value(7));
        // dy-b's one mentor: hidden, whichever way it is asked
        mvc.perform(get("/api/monitoring/dynamics").param("programmeYear", "2026").param("schoolCode", "dy-b")
                        .with(departmentViewer("dy")))
                .andExpect(jsonPath("$.tables[1].role").value("MENTOR"))
                .andExpect(jsonPath("$.tables[1].suppressed").value(true))
                .andExpect(jsonPath("$.tables[1].people").value(nullValue()));
    }

    @Test
    void theScopeAndTheFormLimitThePairs() throws Exception {
        mvc.perform(get("/api/monitoring/dynamics").param("programmeYear", "2026").param("role", "MENTEE")
                        .with(schoolAdmin("dy-b", "dy")))
                .andExpect(jsonPath("$.tables[0].people").value(0))
                .andExpect(jsonPath("$.tables[0].items[0].pairs").value(0));
        mvc.perform(get("/api/monitoring/dynamics").param("programmeYear", "2026").param("schoolCode", "dy-b")
                        .with(schoolAdmin("dy-a", "dy")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/monitoring/dynamics").param("programmeYear", "2026").param("role", "MENTEE")
                        .with(coordinator("dyx")))
                .andExpect(jsonPath("$.tables[0].people").value(0));
        mvc.perform(get("/api/monitoring/dynamics").param("programmeYear", "2026").param("role", "MENTEE")
                        .param("form", "STUDENT_STUDENT").with(coordinator("dy")))
                .andExpect(jsonPath("$.tables[0].people").value(0));
        mvc.perform(get("/api/monitoring/dynamics").param("programmeYear", "2026").param("role", "MENTEE")
                        .param("form", "TEACHER_TEACHER").with(schoolAdmin("dy-a", "dy")))
                .andExpect(jsonPath("$.tables[0].people").value(7));
    }

    @Test
    void theDynamicsExportAsAWorkbook() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/monitoring/dynamics").param("programmeYear", "2026")
                        .accept(Workbooks.XLSX_TYPE).with(coordinator("dy")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Динамика — наставляемые");
            Row row = sheet.getRow(3);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Эффективность программы наставничества");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(7);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(5.14);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(7.14);
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(2.0 / 128);
            assertThat(row.getCell(11).getStringCellValue()).isEqualTo("да");
            assertThat(book.getSheet("Динамика — наставники")).isNotNull();
        }
    }

    @Test
    void aBadYearIsAProblem() throws Exception {
        mvc.perform(get("/api/monitoring/dynamics").param("programmeYear", "twenty").with(coordinator("dy")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programmeYear"));
    }
}
