package ru.mentoring.registry.exchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.mentoring.registry.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/** The bank of pairs from a file: every pair rule applies per row, all or nothing, no pair formed twice. */
@SpringBootTest
@AutoConfigureMockMvc
class PairImportTest {

    static final String M = "pim";
    static final String HEADER = "Форма;Модель взаимодействия;Вид;Приказ №;Дата приказа;Начало;Окончание;"
            + "Наставник: код ОО;Наставник: табельный номер/ключ;Наставляемые: код ОО;Наставляемые: табельный номер/ключ\r\n";
    static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final String START = RU.format(TestData.today());
    static final String END = RU.format(TestData.today().plusMonths(9));

    private final MockMvc mvc;

    private final JdbcClient jdbc;

    private final io.micrometer.core.instrument.MeterRegistry meters;

    PairImportTest(MockMvc mvc, JdbcClient jdbc, io.micrometer.core.instrument.MeterRegistry meters) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.meters = meters;
    }

    static String mentor;

    @BeforeAll
    static void people(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        data.school("pim-a");
        data.school("pim-b");
        mentor = data.teacher("pim-a", "M1", "Импортова", "математика", 20);
        String m2 = data.teacher("pim-a", "M2", "Вторая", "математика", 20);
        String m3 = data.teacher("pim-a", "M3", "Третья", "математика", 20);
        String y1 = data.teacher("pim-a", "Y1", "Первый", "математика", 1);
        String y2 = data.teacher("pim-b", "Y2", "Второй", "математика", 1);
        String y4 = data.teacher("pim-a", "Y4", "Четвёртый", "математика", 1);
        data.teacher("pim-a", "Y3", "Безсогласный", "математика", 1);
        for (String p : new String[] {mentor, m2, m3, y1, y2, y4}) {
            data.consent(p);
        }
    }

    ResultActions upload(String csv, RequestPostProcessor who) throws Exception {
        return mvc.perform(multipart("/api/registry/exchange/pairs")
                .file(new MockMultipartFile("file", "Банк пар.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(who));
    }

    static String row(String mentorKey, String menteeSchool, String menteeKeys, String order) {
        return "педагог – педагог;опытный педагог – молодой специалист;традиционное «один на один»;%s;%s;%s;%s;pim-a;%s;%s;%s\r\n"
                .formatted(order, START, START, END, mentorKey, menteeSchool, menteeKeys);
    }

    long pairsOf(String participant) {
        return jdbc.sql("select count(*) from pair_member where participant_id = ?").param(UUID.fromString(participant))
                .query(Long.class).single();
    }

    @Test
    void theCoordinatorImportsPairsIncludingACrossSchoolOneAndAReimportFormsNoPairTwice() throws Exception {
        String csv = HEADER + row("M1", "pim-a", "Y1", "12-н") + row("M2", "pim-b", "Y2", "12-н");
        upload(csv, coordinator(M))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
        upload(csv, coordinator(M))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value(2));
        assertThat(pairsOf(mentor)).isEqualTo(1);
        mvc.perform(get("/api/registry/pairs?schoolCode=pim-b").with(schoolAdmin("pim-b", M)))
                .andExpect(jsonPath("$.items[0].crossSchool").value(true))
                .andExpect(jsonPath("$.items[0].orderNumber").value("12-н"));
    }

    @Test
    void aRowThatBreaksAPairRuleRejectsTheWholeFileAndNamesTheRow() throws Exception {
        String csv = HEADER + row("M3", "pim-a", "Y4", "13-н") + row("M3", "pim-a", "Y3", "14-н")
                + "учитель – учитель;опытный педагог – молодой специалист;в группе;15-н;31.02.2026;%s;%s;pim-a;M3;pim-a;Y4\r\n"
                        .formatted(START, END);
        String m3 = jdbc.sql("select id::text from participant where school_code = 'pim-a' and external_key = 'M3'")
                .query(String.class).single();
        double formed = meters.find("registry.pairs.created").counters().stream().mapToDouble(c -> c.count()).sum();
        upload(csv, coordinator(M))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("Наставляемые: табельный номер/ключ"))
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString("Нет действующего согласия")))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].field", org.hamcrest.Matchers.hasItem("Форма")));
        // the valid first row was tried in the same transaction and rolled back with the rest, uncounted
        assertThat(pairsOf(m3)).isZero();
        assertThat(meters.find("registry.pairs.created").counters().stream().mapToDouble(c -> c.count()).sum()).isEqualTo(formed);
    }

    @Test
    void aSchoolAdminCannotImportACrossSchoolPair() throws Exception {
        upload(HEADER + row("M2", "pim-b", "Y2", "16-н"), schoolAdmin("pim-a", M))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value("Участник «Y2» школы «pim-b» не найден среди доступных вам"));
    }
}
