package ru.mentoring.registry.recognition;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import ru.mentoring.registry.TestData;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Seed 003's «Наставник года», «Лучшая пара» and letters of thanks: a school nominates its own mentors and pairs, the
 * coordinator alone decides, a decided nomination stays as decided, and nothing of another school is seen or touched.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecognitionTest {

    static final String M = "rcg";

    private final MockMvc mvc;

    RecognitionTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    static String mentor;
    static String mentee;
    static String studentMentor;
    static String pair;
    static String otherMentor;

    @BeforeAll
    static void aSchoolWithAPair(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        data.school("rcg-a", "Школа А");
        data.school("rcg-b", "Школа Б");
        mentor = data.teacher("rcg-a", "m-1", "Заслуженная", "математика", 25);
        mentee = data.teacher("rcg-a", "y-1", "Начинающая", "математика", 1);
        studentMentor = data.student("rcg-a", "s-1", "Старшеклассников", 10);
        otherMentor = data.teacher("rcg-b", "m-2", "Чужая", "физика", 20);
        for (String p : new String[] {mentor, mentee, otherMentor}) {
            data.consent(p);
        }
        data.consent(studentMentor, true);
        pair = data.pair(mentor, "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", mentee);
        mvc.perform(post("/api/registry/participants/" + studentMentor + "/mentor-topics").with(coordinator(M))
                .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"математика\",\"topic\":\"Помощь с домашними заданиями\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/registry/participants/" + otherMentor + "/mentor-topics").with(coordinator(M))
                .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"физика\",\"topic\":\"Олимпиадная физика\"}"))
                .andExpect(status().isCreated());
    }

    static MockHttpServletRequestBuilder nominate(String json) {
        return post("/api/registry/recognition/nominations").contentType(MediaType.APPLICATION_JSON).content(json);
    }

    @Test
    void aSchoolNominatesItsMentorAndThePairAndTheCoordinatorAwards() throws Exception {
        String body = mvc.perform(nominate("""
                        {"programmeYear":2025,"kind":"MENTOR_OF_YEAR","participantId":"%s","justification":"Трое молодых педагогов прошли аттестацию"}
                        """.formatted(mentor)).with(schoolAdmin("rcg-a", M)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kindLabel").value("«Наставник года»"))
                .andExpect(jsonPath("$.nominee").value("Заслуженная Анна Петровна"))
                .andExpect(jsonPath("$.schoolShortName").value("Школа А"))
                .andExpect(jsonPath("$.statusLabel").value("выдвинут"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(nominate("""
                        {"programmeYear":2025,"kind":"BEST_PAIR","pairId":"%s","justification":"Открытые уроки каждую четверть"}
                        """.formatted(pair)).with(schoolAdmin("rcg-a", M)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nominee").value("наставник Заслуженная Анна Петровна; наставляемые: Начинающая Анна Петровна"));

        // the school does not decide; the coordinator does, once
        mvc.perform(post("/api/registry/recognition/nominations/" + id + "/decision").with(schoolAdmin("rcg-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"awarded\":true}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/registry/recognition/nominations/" + id + "/decision").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"awarded\":true,\"note\":\"Приказ № 12 от 20.05.2026\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWARDED"))
                .andExpect(jsonPath("$.statusLabel").value("поощрён"))
                .andExpect(jsonPath("$.decisionNote").value("Приказ № 12 от 20.05.2026"));
        mvc.perform(post("/api/registry/recognition/nominations/" + id + "/decision").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"awarded\":false,\"note\":\"передумали\"}"))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/registry/recognition/nominations/" + id).with(schoolAdmin("rcg-a", M)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/registry/recognition/nominations").param("programmeYear", "2025").param("status", "AWARDED")
                        .with(coordinator(M)))
                .andExpect(jsonPath("$[*].id").value(hasItem(id)));
    }

    @Test
    void theSameMentorTwiceInOneKindAndYearIsAConflict() throws Exception {
        String json = """
                {"programmeYear":2024,"kind":"MENTOR_DIPLOMA","participantId":"%s","justification":"За работу с молодыми"}
                """.formatted(mentor);
        mvc.perform(nominate(json).with(coordinator(M))).andExpect(status().isCreated());
        mvc.perform(nominate(json).with(coordinator(M)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].reason").value("В этой номинации за этот год уже выдвинут"));
    }

    @Test
    void theNomineeMustFitTheKind() throws Exception {
        mvc.perform(nominate("""
                        {"programmeYear":2025,"kind":"MENTOR_PLUS","participantId":"%s","justification":"x"}
                        """.formatted(mentee)).with(schoolAdmin("rcg-a", M)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("participantId"));
        mvc.perform(nominate("""
                        {"programmeYear":2025,"kind":"THANKS_TO_PARENTS","participantId":"%s","justification":"x"}
                        """.formatted(mentor)).with(schoolAdmin("rcg-a", M)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value("Благодарственное письмо родителям — для наставника из числа обучающихся"));
        mvc.perform(nominate("""
                        {"programmeYear":2025,"kind":"THANKS_TO_PARENTS","participantId":"%s","justification":"Помогает пятиклассникам"}
                        """.formatted(studentMentor)).with(schoolAdmin("rcg-a", M)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nominee").value("Старшеклассников Иван"));
        mvc.perform(nominate("""
                        {"programmeYear":2025,"kind":"BEST_PAIR","participantId":"%s","justification":"x"}
                        """.formatted(mentor)).with(schoolAdmin("rcg-a", M)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("pairId"));
        mvc.perform(nominate("{\"programmeYear\":2025,\"participantId\":\"%s\",\"justification\":\" \"}".formatted(mentor))
                        .with(schoolAdmin("rcg-a", M)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("justification")));
    }

    @Test
    void anotherSchoolsMentorsAndNominationsAreNotFound() throws Exception {
        mvc.perform(nominate("""
                        {"programmeYear":2025,"kind":"MENTOR_OF_YEAR","participantId":"%s","justification":"x"}
                        """.formatted(otherMentor)).with(schoolAdmin("rcg-a", M)))
                .andExpect(status().isNotFound());
        String body = mvc.perform(nominate("""
                        {"programmeYear":2025,"kind":"MENTOR_OF_YEAR","participantId":"%s","justification":"Олимпиадники района"}
                        """.formatted(otherMentor)).with(schoolAdmin("rcg-b", M)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/registry/recognition/nominations/" + id).with(schoolAdmin("rcg-a", M))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/registry/recognition/nominations/" + id).with(schoolAdmin("rcg-a", M))).andExpect(status().isNotFound());
        mvc.perform(post("/api/registry/recognition/nominations/" + id + "/decision").with(coordinator("rcx"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"awarded\":true}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/registry/recognition/nominations").with(schoolAdmin("rcg-a", M)))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(id))))
                .andExpect(jsonPath("$[*].schoolCode").value(not(hasItem("rcg-b"))));
        mvc.perform(get("/api/registry/recognition/nominations").with(coordinator("rcx"))).andExpect(jsonPath("$", hasSize(0)));
        // the school takes its nomination back while it is undecided
        mvc.perform(delete("/api/registry/recognition/nominations/" + id).with(schoolAdmin("rcg-b", M))).andExpect(status().isNoContent());
        mvc.perform(get("/api/registry/recognition/nominations/" + id).with(coordinator(M))).andExpect(status().isNotFound());
    }

    @Test
    void aDeclineNeedsAReason() throws Exception {
        String body = mvc.perform(nominate("""
                        {"programmeYear":2023,"kind":"BEST_MENTOR_CERTIFICATE","participantId":"%s","justification":"Наставник двух пар"}
                        """.formatted(mentor)).with(schoolAdmin("rcg-a", M)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/registry/recognition/nominations/" + id + "/decision").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"awarded\":false}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(post("/api/registry/recognition/nominations/" + id + "/decision").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"awarded\":false,\"note\":\"Пара работает меньше трёх месяцев\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statusLabel").value("не поддержан"));
    }
}
