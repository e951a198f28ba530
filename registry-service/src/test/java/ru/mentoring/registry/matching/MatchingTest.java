package ru.mentoring.registry.matching;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ru.mentoring.registry.StubHttpServer;
import ru.mentoring.registry.StubHttpServer.Reply;
import ru.mentoring.registry.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Suggested mentors with the index service stubbed in the test JVM (it also stands in for
 * Keycloak's token endpoint, so the registry's service token is really fetched and sent).
 */
@SpringBootTest
@AutoConfigureMockMvc
class MatchingTest {

    static final String M = "mtc";
    static final int YEAR = TestData.today().getYear();
    static final StubHttpServer STUB = new StubHttpServer();
    static volatile boolean indexDown;

    @DynamicPropertySource
    static void stub(DynamicPropertyRegistry registry) {
        registry.add("platform.services.school-index", STUB::url);
        registry.add("platform.keycloak.internal-url", STUB::url);
    }

    private final MockMvc mvc;

    MatchingTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    static String request;

    @BeforeAll
    static void bank(@Autowired MockMvc mvc) throws Exception {
        // this year's classification is not run yet; last year's is
        STUB.on("GET /api/index/years/" + YEAR + "/classification", c -> indexDown ? Reply.status(503)
                : Reply.json(404, "{\"detail\":\"no classification\"}"));
        STUB.on("GET /api/index/years/" + (YEAR - 1) + "/classification", c -> indexDown ? Reply.status(503) : Reply.json(200, """
                [{"schoolCode":"mtc-eff","ior":0.91,"statuses":["EFFECTIVE"],"explanation":{}},
                 {"schoolCode":"mtc-low","ior":0.12,"statuses":["LOW_RESULTS"],"explanation":{}},
                 {"schoolCode":"elsewhere","statuses":["STABLY_HIGH"]}]"""));
        TestData data = new TestData(mvc, M);
        data.school("mtc-eff", "Лицей № 3");
        data.school("mtc-low", "СОШ № 17");
        data.school("mtc-std", "СОШ № 20");
        String effective = data.teacher("mtc-eff", "e", "Эффективнова", "математика", 25);
        String own = data.teacher("mtc-low", "o", "Своякова", "математика", 25);
        String physics = data.teacher("mtc-std", "p", "Физикова", "физика", 25);
        String plain = data.teacher("mtc-std", "s", "Обычнова", "математика", 25);
        topic(mvc, effective, "Решение задач с параметрами");
        topic(mvc, own, "Планиметрия");
        topic(mvc, plain, "Текстовые задачи");
        mvc.perform(post("/api/registry/participants/" + physics + "/mentor-topics").with(coordinator(M))
                .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"физика\",\"topic\":\"Оптика\"}"));
        data.consent(effective);
        String mentee = data.teacher("mtc-low", "n", "Нуждаева", "математика", 1);
        String body = mvc.perform(post("/api/registry/participants/" + mentee + "/mentee-requests").with(schoolAdmin("mtc-low", M))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"difficultyKind\":\"SUBJECT\",\"subject\":\"математика\",\"text\":\"не получаются задачи с параметрами\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        request = JsonPath.read(body, "$.id");
    }

    static void topic(MockMvc mvc, String who, String topic) throws Exception {
        mvc.perform(post("/api/registry/participants/" + who + "/mentor-topics").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"математика\",\"topic\":\"%s\"}".formatted(topic)))
                .andExpect(status().isCreated());
    }

    @BeforeEach
    void up() {
        indexDown = false;
        STUB.reset();
    }

    @AfterAll
    static void stop() {
        STUB.close();
    }

    @Test
    void theCoordinatorGetsMentorsRankedWithReasonsPreferringAnEffectiveSchool() throws Exception {
        mvc.perform(get("/api/registry/bank/mentee-requests/" + request + "/suggested-mentors").with(coordinator(M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.classification.used").value(true))
                .andExpect(jsonPath("$.classification.indexUnavailable").value(false))
                .andExpect(jsonPath("$.classification.year").value(YEAR - 1))
                .andExpect(jsonPath("$.request.menteeLastName").value("Нуждаева"))
                .andExpect(jsonPath("$.candidates").value(3))
                .andExpect(jsonPath("$.suggestions[0].rank").value(1))
                .andExpect(jsonPath("$.suggestions[0].mentor.lastName").value("Эффективнова"))
                .andExpect(jsonPath("$.suggestions[0].mentor.schoolShortName").value("Лицей № 3"))
                .andExpect(jsonPath("$.suggestions[0].schoolStatuses[0]").value("EFFECTIVE"))
                .andExpect(jsonPath("$.suggestions[0].reasons", hasItem("преподаёт предмет «математика»")))
                .andExpect(jsonPath("$.suggestions[0].reasons", hasItem("тема «Решение задач с параметрами» отвечает на затруднение")))
                .andExpect(jsonPath("$.suggestions[0].reasons", hasItem("школа наставника — эффективная")))
                .andExpect(jsonPath("$.suggestions[0].reasons", hasItem("другая школа")))
                .andExpect(jsonPath("$.suggestions[1].mentor.lastName").value("Своякова"))
                .andExpect(jsonPath("$.suggestions[1].reasons", hasItem("та же школа, что у наставляемого")))
                .andExpect(content().string(not(containsString("Физикова"))));
        // asked this year first, then the year before, each time with the registry's own token
        // (fetched from the stub's token endpoint, never the caller's)
        assertThat(STUB.calls("GET", "/api/index/years/")).hasSize(2)
                .allMatch(c -> "Bearer stub-service-token".equals(c.authorization()));
    }

    @Test
    void whenTheIndexServiceIsDownMatchingGoesOnWithoutTheSchoolCriterionAndSaysSo() throws Exception {
        indexDown = true;
        mvc.perform(get("/api/registry/bank/mentee-requests/" + request + "/suggested-mentors").with(coordinator(M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.classification.used").value(false))
                .andExpect(jsonPath("$.classification.indexUnavailable").value(true))
                .andExpect(jsonPath("$.classification.note").value(
                        "Сервис индексов не ответил: классификация школ временно недоступна, подбор без учёта статуса школы наставника"))
                .andExpect(jsonPath("$.suggestions[0].mentor.lastName").value("Эффективнова"))
                .andExpect(jsonPath("$.suggestions[0].schoolStatuses").doesNotExist())
                .andExpect(jsonPath("$.suggestions[0].reasons", not(hasItem("школа наставника — эффективная"))));
    }

    @Test
    void aSchoolAdminGetsSuggestionsFromTheirOwnSchoolOnly() throws Exception {
        mvc.perform(get("/api/registry/bank/mentee-requests/" + request + "/suggested-mentors").with(schoolAdmin("mtc-low", M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates").value(1))
                .andExpect(jsonPath("$.suggestions[0].mentor.lastName").value("Своякова"))
                .andExpect(content().string(not(containsString("Эффективнова"))))
                .andExpect(content().string(not(containsString("Обычнова"))));
    }

    @Test
    void anotherSchoolAndTheDepartmentCannotSeeTheRequest() throws Exception {
        mvc.perform(get("/api/registry/bank/mentee-requests/" + request + "/suggested-mentors").with(schoolAdmin("mtc-eff", M)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Нуждаева"))));
        mvc.perform(get("/api/registry/bank/mentee-requests/" + request + "/suggested-mentors").with(departmentViewer(M)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/bank/mentee-requests/" + request + "/suggested-mentors").with(coordinator("other")))
                .andExpect(status().isNotFound());
    }
}
