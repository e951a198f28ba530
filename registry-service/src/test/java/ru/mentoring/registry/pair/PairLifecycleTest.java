package ru.mentoring.registry.pair;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ru.mentoring.registry.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;
import static ru.mentoring.registry.TestData.pairJson;

/** Stages one at a time, the end with a reason, requests the curator decides, and consent withdrawal. */
@SpringBootTest
@AutoConfigureMockMvc
class PairLifecycleTest {

    static final String M = "plc";
    static final String S = "plc-a";

    private final MockMvc mvc;

    private final JdbcClient jdbc;

    PairLifecycleTest(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    static TestData data;

    @BeforeAll
    static void school(@Autowired MockMvc mvc) throws Exception {
        data = new TestData(mvc, M);
        data.school(S);
        data.school("plc-b");
    }

    private String teacher(String key, int experience) throws Exception {
        String id = data.teacher(S, key, "Учитель-" + key, "математика", experience);
        data.consent(id);
        return id;
    }

    private String pairOf(String mentor, String... mentees) throws Exception {
        String body = mvc.perform(post("/api/registry/pairs").with(schoolAdmin(S, M)).contentType(MediaType.APPLICATION_JSON)
                        .content(pairJson(mentor, "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST",
                                mentees.length > 1 ? "GROUP" : "TRADITIONAL", mentees)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private org.springframework.test.web.servlet.ResultActions move(String pair, String json) throws Exception {
        return mvc.perform(post("/api/registry/pairs/" + pair + "/status").with(schoolAdmin(S, M))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void stagesGoForwardOneAtATimeAndThePairIsCompletedAfterTheLastOne() throws Exception {
        String pair = pairOf(teacher("st-m", 20), teacher("st-y", 1));
        move(pair, "{\"status\":\"IMPLEMENTATION\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].reason").value("Этапы проходятся по порядку, по одному: после этапа «подготовительный» следует «проектировочный»"));
        move(pair, "{\"status\":\"COMPLETED\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason", containsString("после результативного этапа")));
        for (String stage : new String[] {"DESIGN", "IMPLEMENTATION", "REFLECTIVE_ANALYTICAL", "RESULTATIVE"}) {
            move(pair, "{\"status\":\"" + stage + "\"}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value(stage));
        }
        move(pair, "{\"status\":\"DESIGN\"}").andExpect(status().isUnprocessableContent());
        move(pair, "{\"status\":\"COMPLETED\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statusLabel").value("завершена"))
                .andExpect(jsonPath("$.endedOn").value(TestData.today().toString()));
        move(pair, "{\"status\":\"TERMINATED\",\"terminationReason\":\"OTHER\",\"note\":\"поздно\"}")
                .andExpect(status().isConflict());
        mvc.perform(get("/api/registry/pairs/" + pair + "/history").with(coordinator(M)))
                .andExpect(jsonPath("$", hasSize(6)))
                .andExpect(jsonPath("$[1].details").value("Этап «подготовительный» → «проектировочный»"))
                .andExpect(jsonPath("$[1].actor").value("admin-plc-a"))
                .andExpect(jsonPath("$[5].action").value("COMPLETED"));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action like 'PAIR_%'").param(pair)
                .query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void terminationNeedsAReasonAndOtherNeedsANote() throws Exception {
        String pair = pairOf(teacher("tr-m", 20), teacher("tr-y", 1));
        move(pair, "{\"status\":\"TERMINATED\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("terminationReason"));
        move(pair, "{\"status\":\"TERMINATED\",\"terminationReason\":\"OTHER\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        move(pair, "{\"status\":\"TERMINATED\",\"terminationReason\":\"OTHER\",\"note\":\"увольнение наставника\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.terminationNote").value("увольнение наставника"));
    }

    @Test
    void theMentorsReliefRequestIsRejectedOrApprovedByTheSchoolsCurator() throws Exception {
        String mentor = teacher("rl-m", 20);
        String pair = pairOf(mentor, teacher("rl-y", 1));
        String json = "{\"kind\":\"MENTOR_RELIEF\",\"requestedOn\":\"%s\",\"reason\":\"перегрузка\"}".formatted(TestData.today());
        String first = JsonPath.read(mvc.perform(post("/api/registry/pairs/" + pair + "/requests").with(schoolAdmin(S, M))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.participant.participantId").value(mentor))
                .andExpect(jsonPath("$.participant.role").value("MENTOR"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/registry/pairs/" + pair + "/requests").with(schoolAdmin(S, M))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/registry/pairs/" + pair + "/requests/" + first + "/decision").with(schoolAdmin(S, M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approve\":false,\"note\":\"нет замены до конца четверти\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        mvc.perform(post("/api/registry/pairs/" + pair + "/requests/" + first + "/decision").with(schoolAdmin(S, M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/registry/pairs/" + pair).with(schoolAdmin(S, M))).andExpect(jsonPath("$.status").value("PREPARATORY"));
        String second = JsonPath.read(mvc.perform(post("/api/registry/pairs/" + pair + "/requests").with(schoolAdmin(S, M))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/registry/pairs/" + pair + "/requests/" + second + "/decision").with(schoolAdmin(S, M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(get("/api/registry/pairs/" + pair).with(schoolAdmin(S, M)))
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.terminationReason").value("MENTOR_RELIEVED_AT_OWN_REQUEST"));
    }

    @Test
    void aReplacementRequestComesFromAMenteeOfThePair() throws Exception {
        String mentor = teacher("rq-m", 20);
        String pair = pairOf(mentor, teacher("rq-y", 1));
        mvc.perform(post("/api/registry/pairs/" + pair + "/requests").with(schoolAdmin(S, M))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"MENTOR_REPLACEMENT\",\"participantId\":\"%s\",\"requestedOn\":\"%s\",\"reason\":\"x\"}"
                                .formatted(mentor, TestData.today())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("participantId"));
        mvc.perform(post("/api/registry/pairs/" + pair + "/requests").with(schoolAdmin(S, M))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"MENTOR_RELIEF\",\"requestedOn\":\"%s\"}".formatted(TestData.today())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void withdrawingAConsentEndsEveryActivePairOfThePersonInTheSameTransaction() throws Exception {
        String mentor = teacher("cw-m", 25);
        String leaving = teacher("cw-y", 1);
        String other = teacher("cw-o", 2);
        String group = pairOf(mentor, leaving, other);
        String otherMentor = teacher("cw-m2", 22);
        String mentee3 = teacher("cw-y3", 2);
        String untouched = pairOf(otherMentor, mentee3);
        String body = mvc.perform(post("/api/registry/participants/" + leaving + "/consents/withdrawal").with(schoolAdmin(S, M))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"%s\",\"reason\":\"личное заявление\"}".formatted(TestData.today())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.terminatedPairIds", hasSize(1)))
                .andExpect(jsonPath("$.terminatedPairIds[0]").value(group))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/registry/pairs/" + group).with(schoolAdmin(S, M)))
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.terminationReason").value("CONSENT_WITHDRAWN"))
                .andExpect(jsonPath("$.terminationReasonLabel").value("отзыв согласия"));
        mvc.perform(get("/api/registry/pairs/" + untouched).with(schoolAdmin(S, M)))
                .andExpect(jsonPath("$.status").value("PREPARATORY"));
        mvc.perform(get("/api/registry/pairs/" + group + "/history").with(schoolAdmin(S, M)))
                .andExpect(jsonPath("$[?(@.action == 'TERMINATED')].actor").value("admin-plc-a"));
        // without a consent in force the person cannot be paired again
        mvc.perform(post("/api/registry/pairs").with(schoolAdmin(S, M)).contentType(MediaType.APPLICATION_JSON)
                        .content(pairJson(mentor, "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", leaving)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason", containsString("Нет действующего согласия")));
        assertThat(body).contains("\"inForce\":false");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'PAIR_TERMINATED'").param(group)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from pair_member where participant_id = ?").param(UUID.fromString(leaving))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMentorsWithdrawalEndsTheirCrossSchoolPairToo() throws Exception {
        String mentor = teacher("xw-m", 25);
        String menteeOfB = data.teacher("plc-b", "xw-b", "Бэшная", "математика", 1);
        data.consent(menteeOfB);
        String pair = data.pair(mentor, "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", menteeOfB);
        mvc.perform(post("/api/registry/participants/" + mentor + "/consents/withdrawal").with(schoolAdmin(S, M))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"%s\",\"reason\":\"увольнение\"}".formatted(TestData.today())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.terminatedPairIds[0]").value(pair));
        mvc.perform(get("/api/registry/pairs/" + pair).with(schoolAdmin("plc-b", M)))
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.terminationReason").value("CONSENT_WITHDRAWN"));
    }
}
