package ru.mentoring.monitoring.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

import ru.mentoring.monitoring.TestRounds;
import ru.mentoring.monitoring.TestRounds.Link;
import ru.mentoring.monitoring.TestSchools;
import ru.mentoring.platform.tenant.TenantContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Answering through a personal link, with no token at all, against embedded PostgreSQL. Schools
 * {@code pl-a} and {@code pl-b} lie in municipality {@code pl}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
class PersonalLinkAnsweringTest {

    private final MockMvc mvc;

    private final JdbcTemplate jdbc;

    private final MeterRegistry meters;

    private final EntityManager entityManager;

    private final PlatformTransactionManager transactions;

    PersonalLinkAnsweringTest(MockMvc mvc, JdbcTemplate jdbc, MeterRegistry meters, EntityManager entityManager, PlatformTransactionManager transactions) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.meters = meters;
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    @Test
    void theFormBehindALinkOpensWithoutATokenAndNamesNoPerson() throws Exception {
        Link link = oneLink("MENTEE_AFTER", "MENTEE");
        mvc.perform(get(link.path()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.templateCode").value("MENTEE_AFTER"))
                .andExpect(jsonPath("$.title").value("Анкета наставляемого"))
                .andExpect(jsonPath("$.programmeYear").value(2026))
                .andExpect(jsonPath("$.items", hasSize(25)))
                .andExpect(jsonPath("$.items[2].key").value("programme_effectiveness"))
                .andExpect(jsonPath("$.items[2].type").value("SCALE_1_10"))
                .andExpect(jsonPath("$.items[16].options", hasSize(5)))
                .andExpect(content().string(not(containsString(link.participantId().toString()))))
                .andExpect(content().string(not(containsString("pl-a"))));
    }

    @Test
    void aCompleteAnswerIsStoredOnceWithTypedValues() throws Exception {
        Link link = oneLink("MENTEE_AFTER", "MENTEE");
        Map<String, Object> answers = valid("MENTEE_AFTER");
        answers.put("joint_work_satisfaction", 9);
        answers.put("skills_events_frequency", "1-2 раза");
        answers.put("cultural_life", false);
        answers.put("missing", "  Больше открытых уроков  ");
        answers.put("prior_experience_where", null);

        submit(link, answers)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.answered").value(24))
                .andExpect(jsonPath("$.message").value("Спасибо! Ваши ответы сохранены."));

        UUID submission = jdbc.queryForObject("select id from questionnaire_submission where respondent_id = ?", UUID.class,
                link.respondentId());
        assertThat(jdbc.queryForObject("select school_code from questionnaire_submission where id = ?", String.class, submission))
                .isEqualTo("pl-a");
        assertThat(value(submission, "joint_work_satisfaction", "scale_value")).isEqualTo(9);
        assertThat(value(submission, "skills_events_frequency", "text_value")).isEqualTo("1–2 раза");
        assertThat(value(submission, "cultural_life", "yes_no")).isEqualTo(false);
        assertThat(value(submission, "missing", "text_value")).isEqualTo("Больше открытых уроков");
        assertThat(jdbc.queryForObject("select count(*) from answer_value where submission_id = ? and item_key = 'prior_experience_where'",
                Long.class, submission)).isZero();
        assertThat(jdbc.queryForObject("select used_at is not null from round_respondent where id = ?", Boolean.class,
                link.respondentId())).isTrue();
    }

    @Test
    void aSecondSubmissionWithTheSameLinkIsRefusedAndNothingIsDuplicated() throws Exception {
        Link link = oneLink("MENTEE_BEFORE", "MENTEE");
        submit(link, valid("MENTEE_BEFORE")).andExpect(status().isCreated());

        submit(link, valid("MENTEE_BEFORE"))
                .andExpect(status().isGone())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Ссылка уже использована")))
                .andExpect(jsonPath("$.errors[0].field").value("token"))
                // the token is a secret: the problem names the path without it
                .andExpect(jsonPath("$.instance").value("/api/monitoring/public/answers/***"));
        mvc.perform(get(link.path())).andExpect(status().isGone());
        assertThat(submissions(link)).isEqualTo(1);
    }

    @Test
    void simultaneousSubmissionsWithOneLinkStoreExactlyOne() throws Exception {
        Link link = oneLink("MENTOR_BEFORE", "MENTOR");
        String body = TestRounds.answersJson(valid("MENTOR_BEFORE"));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                attempts.add(() -> mvc.perform(post(link.path()).contentType(MediaType.APPLICATION_JSON).content(body))
                        .andReturn().getResponse().getStatus());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(attempts)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnlyOnce(201).filteredOn(s -> s != 201).containsOnly(410);
        } finally {
            pool.shutdown();
        }
        assertThat(submissions(link)).isEqualTo(1);
    }

    @Test
    void anExpiredLinkIsGone() throws Exception {
        Link link = oneLink("MENTEE_BEFORE", "MENTEE");
        jdbc.update("update round_respondent set expires_at = now() - interval '1 minute' where id = ?", link.respondentId());
        mvc.perform(get(link.path()))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.detail").value(containsString("Срок действия ссылки истёк")));
        submit(link, valid("MENTEE_BEFORE")).andExpect(status().isGone());
        assertThat(submissions(link)).isZero();
    }

    @Test
    void anUnknownOrMalformedLinkIsNotFound() throws Exception {
        String unknown = "A".repeat(43);
        mvc.perform(get("/api/monitoring/public/answers/" + unknown))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Ссылка не найдена")));
        mvc.perform(post("/api/monitoring/public/answers/not-a-token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":[]}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMissingRequiredItemIsRefusedNamingTheItemAndNothingIsStored() throws Exception {
        Link link = oneLink("MENTEE_BEFORE", "MENTEE");
        Map<String, Object> answers = valid("MENTEE_BEFORE");
        answers.remove("comfort");
        answers.put("glad_to_participate", null);
        answers.remove("valuable"); // optional: may be left out

        submit(link, answers)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("comfort"))
                .andExpect(jsonPath("$.errors[0].reason").value("Обязательный вопрос: дайте ответ"))
                .andExpect(jsonPath("$.errors[1].field").value("glad_to_participate"));
        assertThat(submissions(link)).isZero();
        // the link is still good: the person fixes the form and sends it again
        answers.put("comfort", 5);
        answers.put("glad_to_participate", true);
        submit(link, answers).andExpect(status().isCreated());
    }

    @Test
    void scalesOutsideOneToTenAreRefused() throws Exception {
        Link link = oneLink("MENTEE_BEFORE", "MENTEE");
        Map<String, Object> answers = valid("MENTEE_BEFORE");
        answers.put("comfort", 0);
        answers.put("mentor_support", 11);
        answers.put("theory_transfer", 6.5);
        answers.put("skills_events", "7");

        submit(link, answers)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(jsonPath("$.errors[?(@.field == 'comfort')].reason").value("Оценка — целое число от 1 до 10"))
                .andExpect(jsonPath("$.errors[?(@.field == 'mentor_support')].reason").value("Оценка — целое число от 1 до 10"))
                .andExpect(jsonPath("$.errors[?(@.field == 'theory_transfer')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'skills_events')]").exists());
        assertThat(submissions(link)).isZero();
    }

    @Test
    void anOptionNotInTheListAndAYesNoThatIsNotABooleanAreRefused() throws Exception {
        Link link = oneLink("MENTOR_AFTER", "MENTOR");
        Map<String, Object> answers = valid("MENTOR_AFTER");
        answers.put("skills_events_frequency", "иногда");
        answers.put("wants_to_continue", "да");

        submit(link, answers)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'skills_events_frequency')].reason")
                        .value("Выберите один из вариантов: очень часто, часто, редко, 1–2 раза, никогда"))
                .andExpect(jsonPath("$.errors[?(@.field == 'wants_to_continue')].reason")
                        .value("Ответ — «да» или «нет» (true или false)"));
        assertThat(submissions(link)).isZero();
    }

    @Test
    void unknownItemsDuplicateItemsAndOverlongTextAreRefused() throws Exception {
        Link link = oneLink("MENTEE_BEFORE", "MENTEE");
        Map<String, Object> answers = valid("MENTEE_BEFORE");
        answers.remove("expectations");
        String body = TestRounds.answersJson(answers).replace("\"answers\":[", """
                "answers":[{"itemKey":"no_such_item","value":1},{"itemKey":"comfort","value":3},
                {"itemKey":"expectations","value":"%s"},""".formatted("я".repeat(2001)));
        mvc.perform(post(link.path()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'no_such_item')].reason").value("В анкете нет такого вопроса"))
                .andExpect(jsonPath("$.errors[?(@.field == 'comfort')].reason").value("Ответ на этот вопрос указан несколько раз"))
                .andExpect(jsonPath("$.errors[?(@.field == 'expectations')].reason").value("Ответ не длиннее 2000 символов"));
        assertThat(submissions(link)).isZero();
    }

    @Test
    void answersBelongToTheSchoolThatAskedAndOtherTenantsCannotLoadThem() throws Exception {
        Link link = oneLink("MENTEE_BEFORE", "MENTEE");
        submit(link, valid("MENTEE_BEFORE")).andExpect(status().isCreated());
        UUID id = jdbc.queryForObject("select id from questionnaire_submission where respondent_id = ?", UUID.class,
                link.respondentId());
        TransactionTemplate tx = new TransactionTemplate(transactions);
        QuestionnaireSubmission ownSchool = TenantContext.callAs("pl-a",
                () -> tx.execute(s -> entityManager.find(QuestionnaireSubmission.class, id)));
        QuestionnaireSubmission otherSchool = TenantContext.callAs("pl-b",
                () -> tx.execute(s -> entityManager.find(QuestionnaireSubmission.class, id)));
        assertThat(ownSchool).isNotNull();
        assertThat(otherSchool).isNull();
    }

    @Test
    void submissionsAreCountedByTemplateAndOutcomeFromStartUp() throws Exception {
        assertThat(meters.find(SubmissionMetrics.NAME).tag("template", "MENTOR_AFTER").tag("outcome", "rejected").counter())
                .isNotNull();
        double acceptedBefore = count("MENTEE_AFTER", "accepted");
        double rejectedBefore = count("MENTEE_AFTER", "rejected");
        Link link = oneLink("MENTEE_AFTER", "MENTEE");
        Map<String, Object> bad = valid("MENTEE_AFTER");
        bad.put("comfort", 11);
        submit(link, bad).andExpect(status().isUnprocessableContent());
        submit(link, valid("MENTEE_AFTER")).andExpect(status().isCreated());
        assertThat(count("MENTEE_AFTER", "accepted")).isEqualTo(acceptedBefore + 1);
        assertThat(count("MENTEE_AFTER", "rejected")).isEqualTo(rejectedBefore + 1);
    }

    private Link oneLink(String template, String role) throws Exception {
        return TestRounds.open(mvc, schoolAdmin("pl-a", "pl"), "pl-a", template, role, 1).links().get(0);
    }

    private Map<String, Object> valid(String template) throws Exception {
        return TestRounds.validAnswers(mvc, coordinator("pl"), template);
    }

    private ResultActions submit(Link link, Map<String, Object> answers) throws Exception {
        return mvc.perform(post(link.path()).contentType(MediaType.APPLICATION_JSON).content(TestRounds.answersJson(answers)));
    }

    private long submissions(Link link) {
        return jdbc.queryForObject("select count(*) from questionnaire_submission where respondent_id = ?", Long.class,
                link.respondentId());
    }

    private Object value(UUID submission, String itemKey, String column) {
        return jdbc.queryForObject("select " + column + " from answer_value where submission_id = ? and item_key = ?",
                Object.class, submission, itemKey);
    }

    private double count(String template, String outcome) {
        return meters.get(SubmissionMetrics.NAME).tag("template", template).tag("outcome", outcome).counter().count();
    }
}
