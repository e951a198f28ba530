package ru.mentoring.monitoring.report;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * The 2025 note of municipality {@code fu} read back from DOCX: its section on the recommendations of
 * 2024. fu-a's mentee after-round of 2024 answered joint work 6, 7, 7, 6, 8 (mean 6,80); the coordinator
 * recommended on it, the school decided and did it on 20.05.2025; fu-a's 2025 after-round answered 8, 7,
 * 9, 7, 6, 8 (7,50): +0,70. fu-b got a recommendation without a round and decided nothing.
 */
@SpringBootTest(properties = "platform.municipalities.rp=Ростовский тестовый район")
@AutoConfigureMockMvc
@Import({TestSchools.class, TestRegistryYear.class})
class FollowUpNoteTest {

    private final MockMvc mvc;

    FollowUpNoteTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeAll
    static void lastYearsRecommendations(@Autowired MockMvc mvc) throws Exception {
        TestSchools.REGISTRY.school("fu-a", "СОШ №9", 20L, 2L, 5L);
        TestSchools.REGISTRY.school("fu-b", "Лицей №3", 30L, 3L, 0L);
        RequestPostProcessor admin = schoolAdmin("fu-a", "fu");
        String round2024 = answered(mvc, admin, 2024, 6, 7, 7, 6, 8).id().toString();
        answered(mvc, admin, 2025, 8, 7, 9, 7, 6, 8);
        String created = mvc.perform(post("/api/monitoring/recommendations").with(coordinator("fu"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"programmeYear":2024,"schoolCode":"fu-a","text":"Провести открытые уроки наставников","roundId":"%s"}"""
                                .formatted(round2024)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(put("/api/monitoring/recommendations/" + JsonPath.read(created, "$.id") + "/decision").with(admin)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"decision":"Три открытых урока в плане","dueDate":"2025-05-31","doneOn":"2025-05-20"}"""))
                .andExpect(status().isOk());
        mvc.perform(post("/api/monitoring/recommendations").with(coordinator("fu")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"programmeYear":2024,"schoolCode":"fu-b","text":"Закрепить наставников за новыми учителями"}"""))
                .andExpect(status().isCreated());
    }

    static Round answered(MockMvc mvc, RequestPostProcessor admin, int year, int... joint) throws Exception {
        List<UUID> people = IntStream.range(0, joint.length).mapToObj(i -> UUID.randomUUID()).toList();
        Round round = TestRounds.open(mvc, admin, year, "fu-a", "MENTEE_AFTER", "MENTEE", "TEACHER_TEACHER", people);
        for (int i = 0; i < joint.length; i++) {
            TestRounds.answer(mvc, admin, "MENTEE_AFTER", round.links().get(i), Map.of("joint_work_satisfaction", joint[i]));
        }
        return round;
    }

    @Test
    void theNextYearsNoteShowsWhatWasDoneAndWhetherTheRoundsFigureMoved() throws Exception {
        byte[] docx = mvc.perform(get("/api/monitoring/reports/note").param("programmeYear", "2025").with(coordinator("fu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().stream().map(p -> p.getText()).toList())
                    .contains("Исполнение рекомендаций по итогам мониторинга 2024 года");
            List<String> a = InformationNoteReportTest.row(doc, "СОШ №9");
            assertThat(a.subList(1, 5)).containsExactly("Провести открытые уроки наставников", "Три открытых урока в плане",
                    "31.05.2025", "исполнено 20.05.2025");
            assertThat(a.get(5)).contains("6,80 (2024, ответили 5) → 7,50 (2025, ответили 6), изменение +0,70");
            List<String> b = InformationNoteReportTest.row(doc, "Лицей №3");
            assertThat(b.subList(3, 6)).containsExactly("—", "решение не принято",
                    "рекомендация дана без опроса: показателя для сравнения нет");
        }
        byte[] xlsx = mvc.perform(get("/api/monitoring/reports/note").param("programmeYear", "2025").param("format", "xlsx")
                        .with(coordinator("fu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Рекомендации прошлого года");
            assertThat(sheet).isNotNull();
            boolean found = false;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "СОШ №9".equals(row.getCell(0).getStringCellValue())) {
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo("исполнено 20.05.2025");
                    assertThat(row.getCell(5).getStringCellValue()).endsWith("изменение +0,70");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }
}
