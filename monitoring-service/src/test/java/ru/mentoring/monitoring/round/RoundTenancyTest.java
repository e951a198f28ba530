package ru.mentoring.monitoring.round;

import java.util.HexFormat;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.monitoring.TestRounds;
import ru.mentoring.monitoring.TestRounds.Round;
import ru.mentoring.monitoring.TestSchools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Rounds and personal links against embedded PostgreSQL. Schools {@code rt-a}, {@code rt-b} lie in
 * municipality {@code rt}; {@code far-x} in {@code far} (see {@link TestSchools}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
class RoundTenancyTest {

    private final MockMvc mvc;

    private final JdbcTemplate jdbc;

    RoundTenancyTest(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    static Round roundOfA;
    static Round roundOfB;

    @BeforeAll
    static void rounds(@Autowired MockMvc mvc) throws Exception {
        roundOfA = TestRounds.open(mvc, schoolAdmin("rt-a", "rt"), "rt-a", "MENTEE_BEFORE", "MENTEE", 2);
        roundOfB = TestRounds.open(mvc, coordinator("rt"), "rt-b", "MENTOR_BEFORE", "MENTOR", 3);
    }

    @Test
    void aSchoolAdminOpensARoundForTheirSchoolFiledUnderTheMunicipalityOfTheirToken() throws Exception {
        mvc.perform(post("/api/monitoring/rounds").with(schoolAdmin("rt-a", "rt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestRounds.request(2026, "rt-a", "MENTEE_AFTER", "MENTEE", 1)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/monitoring/rounds/")))
                .andExpect(jsonPath("$.round.schoolCode").value("rt-a"))
                .andExpect(jsonPath("$.round.municipalityCode").value("rt"))
                .andExpect(jsonPath("$.round.templateCode").value("MENTEE_AFTER"))
                .andExpect(jsonPath("$.round.templateVersion").value(1))
                .andExpect(jsonPath("$.round.respondents").value(1))
                .andExpect(jsonPath("$.round.answered").value(0))
                .andExpect(jsonPath("$.links", hasSize(1)))
                .andExpect(jsonPath("$.links[0].path", startsWith("/api/monitoring/public/answers/")));
    }

    @Test
    void aCoordinatorOpensARoundForAnySchoolOfTheirMunicipality() throws Exception {
        mvc.perform(get("/api/monitoring/rounds/" + roundOfB.id()).with(coordinator("rt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.round.schoolCode").value("rt-b"))
                .andExpect(jsonPath("$.round.municipalityCode").value("rt"))
                .andExpect(jsonPath("$.round.createdBy").value("coordinator-rt"))
                .andExpect(jsonPath("$.respondents", hasSize(3)))
                .andExpect(jsonPath("$.respondents[*].status", everyItem(is("PENDING"))));
    }

    @Test
    void eachLinkIsARandom256BitUrlSafeTokenOfWhichOnlyTheHashIsStored() throws Exception {
        assertThat(roundOfB.links()).hasSize(3);
        assertThat(roundOfB.links()).extracting(TestRounds.Link::token).doesNotHaveDuplicates()
                .allMatch(t -> t.matches("[A-Za-z0-9_-]{43}"));
        for (TestRounds.Link link : roundOfB.links()) {
            String stored = jdbc.queryForObject("select token_hash from round_respondent where id = ?", String.class,
                    link.respondentId());
            assertThat(stored).isEqualTo(sha256(link.token())).isNotEqualTo(link.token());
        }
        mvc.perform(get("/api/monitoring/rounds/" + roundOfB.id()).with(coordinator("rt")))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString(roundOfB.links().get(0).token()))));
    }

    @Test
    void aSchoolAdminCannotOpenARoundForAnotherSchool() throws Exception {
        mvc.perform(post("/api/monitoring/rounds").with(schoolAdmin("rt-a", "rt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestRounds.request(2026, "rt-b", "MENTEE_BEFORE", "MENTEE", 1)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aCoordinatorCannotOpenARoundForASchoolOfAnotherMunicipalityOrAnUnknownSchool() throws Exception {
        for (String school : new String[] {"far-x", "unknown-school"}) {
            mvc.perform(post("/api/monitoring/rounds").with(coordinator("rt"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(TestRounds.request(2026, school, "MENTEE_BEFORE", "MENTEE", 1)))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.queryForObject("select count(*) from questionnaire_round where school_code in ('far-x', 'unknown-school')",
                Long.class)).isZero();
    }

    @Test
    void aDepartmentViewerIsRefusedEveryRoundEndpoint() throws Exception {
        mvc.perform(post("/api/monitoring/rounds").with(departmentViewer("rt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestRounds.request(2026, "rt-a", "MENTEE_BEFORE", "MENTEE", 1)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/monitoring/rounds").with(departmentViewer("rt"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/monitoring/rounds/" + roundOfA.id()).with(departmentViewer("rt"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/monitoring/rounds/" + roundOfA.id() + "/pending").with(departmentViewer("rt")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherSchoolsRoundIsNotFoundForASchoolAdmin() throws Exception {
        mvc.perform(get("/api/monitoring/rounds/" + roundOfB.id()).with(schoolAdmin("rt-a", "rt")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/monitoring/rounds/" + roundOfB.id() + "/pending").with(schoolAdmin("rt-a", "rt")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/monitoring/rounds/" + roundOfB.id() + "/respondents/" + roundOfB.links().get(0).respondentId()
                        + "/link").with(schoolAdmin("rt-a", "rt")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCoordinatorOfAnotherMunicipalityDoesNotSeeTheRound() throws Exception {
        mvc.perform(get("/api/monitoring/rounds/" + roundOfA.id()).with(coordinator("far")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/monitoring/rounds").with(coordinator("far")))
                .andExpect(jsonPath("$[*].municipalityCode", everyItem(is("far"))));
    }

    @Test
    void aSchoolAdminListsOnlyTheirSchoolsRoundsAndAnotherSchoolIsNotFound() throws Exception {
        mvc.perform(get("/api/monitoring/rounds").with(schoolAdmin("rt-a", "rt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(roundOfA.id().toString())))
                .andExpect(jsonPath("$[*].schoolCode", everyItem(is("rt-a"))));
        mvc.perform(get("/api/monitoring/rounds").param("schoolCode", "rt-b").with(schoolAdmin("rt-a", "rt")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCoordinatorListsTheMunicipalitysRoundsFilteredBySchoolAndYear() throws Exception {
        mvc.perform(get("/api/monitoring/rounds").with(coordinator("rt")))
                .andExpect(jsonPath("$[*].id", hasItem(roundOfA.id().toString())))
                .andExpect(jsonPath("$[*].id", hasItem(roundOfB.id().toString())));
        mvc.perform(get("/api/monitoring/rounds").param("schoolCode", "rt-b").param("programmeYear", "2026")
                        .with(coordinator("rt")))
                .andExpect(jsonPath("$[*].schoolCode", everyItem(is("rt-b"))))
                .andExpect(jsonPath("$[?(@.id == '" + roundOfB.id() + "')].respondents").value(3));
        mvc.perform(get("/api/monitoring/rounds").param("programmeYear", "2019").with(coordinator("rt")))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void respondentsWhoseRoleDoesNotFitTheQuestionnaireAreRefusedNamingTheEntry() throws Exception {
        String body = """
                {"programmeYear":2026,"schoolCode":"rt-a","templateCode":"MENTEE_BEFORE","validityDays":7,
                 "respondents":[{"participantId":"8f7c1f6e-0000-4000-8000-000000000001","role":"MENTEE"},
                                {"participantId":"8f7c1f6e-0000-4000-8000-000000000002","role":"MENTOR"},
                                {"participantId":"8f7c1f6e-0000-4000-8000-000000000001","role":"MENTEE"}]}
                """;
        mvc.perform(post("/api/monitoring/rounds").with(schoolAdmin("rt-a", "rt"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("respondents[1].role"))
                .andExpect(jsonPath("$.errors[0].reason").value(
                        "Анкета «Анкета наставляемого» (MENTEE_BEFORE) предназначена для наставляемых"))
                .andExpect(jsonPath("$.errors[1].field").value("respondents[2].participantId"));
    }

    @Test
    void anUnknownQuestionnaireOrAnInvalidRequestIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/monitoring/rounds").with(schoolAdmin("rt-a", "rt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestRounds.request(2026, "rt-a", "NO_SUCH", "MENTEE", 1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("templateCode"));
        mvc.perform(post("/api/monitoring/rounds").with(schoolAdmin("rt-a", "rt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"programmeYear":2026,"schoolCode":"rt-a","templateCode":"MENTEE_BEFORE","validityDays":0,"respondents":[]}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'validityDays')].reason").value("Срок от 1 до 365 дней"));
        mvc.perform(post("/api/monitoring/rounds").with(schoolAdmin("rt-a", "rt"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"programmeYear":2026,"schoolCode":"rt-a","templateCode":"MENTEE_BEFORE","validityDays":7,"respondents":[]}
                                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("respondents"))
                .andExpect(jsonPath("$.errors[0].reason").value(
                        "Укажите хотя бы одного участника или откройте опрос по парам реестра"));
    }

    @Test
    void pendingListsThoseWhoHaveNotAnsweredYet() throws Exception {
        Round round = TestRounds.open(mvc, schoolAdmin("rt-a", "rt"), "rt-a", "MENTEE_BEFORE", "MENTEE", 2);
        mvc.perform(post(round.links().get(0).path()).contentType(MediaType.APPLICATION_JSON)
                        .content(TestRounds.answersJson(TestRounds.validAnswers(mvc, schoolAdmin("rt-a", "rt"), "MENTEE_BEFORE"))))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/monitoring/rounds/" + round.id() + "/pending").with(schoolAdmin("rt-a", "rt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.respondents").value(2))
                .andExpect(jsonPath("$.answered").value(1))
                .andExpect(jsonPath("$.pending", hasSize(1)))
                .andExpect(jsonPath("$.pending[0].participantId").value(round.links().get(1).participantId().toString()))
                .andExpect(jsonPath("$.pending[0].status").value("PENDING"));
        mvc.perform(get("/api/monitoring/rounds/" + round.id()).with(coordinator("rt")))
                .andExpect(jsonPath("$.round.answered").value(1))
                .andExpect(jsonPath("$.respondents[?(@.participantId == '" + round.links().get(0).participantId()
                        + "')].status").value("ANSWERED"));
    }

    @Test
    void aReissuedLinkReplacesTheLostOneAndAnAnsweredRespondentGetsNone() throws Exception {
        Round round = TestRounds.open(mvc, coordinator("rt"), "rt-b", "MENTOR_BEFORE", "MENTOR", 1);
        TestRounds.Link old = round.links().get(0);
        String body = mvc.perform(post("/api/monitoring/rounds/" + round.id() + "/respondents/" + old.respondentId() + "/link")
                        .with(coordinator("rt")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String fresh = com.jayway.jsonpath.JsonPath.read(body, "$.token");
        assertThat(fresh).isNotEqualTo(old.token());
        mvc.perform(get(old.path())).andExpect(status().isNotFound());
        mvc.perform(post("/api/monitoring/public/answers/" + fresh).contentType(MediaType.APPLICATION_JSON)
                        .content(TestRounds.answersJson(TestRounds.validAnswers(mvc, coordinator("rt"), "MENTOR_BEFORE"))))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/monitoring/rounds/" + round.id() + "/respondents/" + old.respondentId() + "/link")
                        .with(coordinator("rt")))
                .andExpect(status().isConflict());
    }

    @Test
    void aRoundMayNameTheFormOfMentoringItAsksAbout() throws Exception {
        String body = """
                {"programmeYear":2026,"schoolCode":"rt-a","templateCode":"MENTEE_AFTER","validityDays":7,"form":"STUDENT_STUDENT",
                 "respondents":[{"participantId":"8f7c1f6e-0000-4000-8000-0000000000f1","role":"MENTEE"}]}
                """;
        mvc.perform(post("/api/monitoring/rounds").with(schoolAdmin("rt-a", "rt")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.round.form").value("STUDENT_STUDENT"));
        mvc.perform(post("/api/monitoring/rounds").with(schoolAdmin("rt-a", "rt")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("STUDENT_STUDENT", "PEER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("form"));
        mvc.perform(get("/api/monitoring/rounds/" + roundOfA.id()).with(schoolAdmin("rt-a", "rt")))
                .andExpect(jsonPath("$.round.form").doesNotExist());
    }

    @Test
    void roundsNeedAToken() throws Exception {
        mvc.perform(get("/api/monitoring/rounds")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/monitoring/rounds/" + roundOfA.id())).andExpect(status().isUnauthorized());
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
