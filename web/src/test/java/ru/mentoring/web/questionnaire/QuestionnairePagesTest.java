package ru.mentoring.web.questionnaire;

import static org.assertj.core.groups.Tuple.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.gateway.PublicGatewayClient;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.questionnaire.Questionnaire.Answers;
import ru.mentoring.web.questionnaire.Questionnaire.Item;

/** The participant's page behind a link: no login, no session, the answers typed as the service takes them. */
@SpringBootTest(properties = {"platform.keycloak.url=http://localhost:8180", "platform.keycloak.client-secret=test-secret"})
@AutoConfigureMockMvc
class QuestionnairePagesTest {

    private static final String TOKEN = "tok-0123456789abcdef0123456789abcdef";
    private static final String API = "/api/monitoring/public/answers/{token}";

    private final MockMvc mvc;

    @MockitoBean
    PublicGatewayClient gateway;

    QuestionnairePagesTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    private static Questionnaire questionnaire() {
        return new Questionnaire("MENTEE_BEFORE", 1, "Анкета наставляемого", "(до начала работы)",
                "Оцените в баллах от 1 до 10", 2025, Instant.parse("2026-12-20T00:00:00Z"), List.of(
                        new Item("q1", 1, "Насколько комфортно общение с наставником?", "SCALE_1_10", true, List.of()),
                        new Item("q2", 2, "Были ли встречи?", "YES_NO", true, List.of()),
                        new Item("q3", 3, "Как часто?", "FREQUENCY", false, List.of("очень часто", "часто", "редко")),
                        new Item("q4", 4, "Что бы вы хотели узнать?", "FREE_TEXT", false, List.of())));
    }

    @Test
    void theLinkOpensTheQuestionnaireWithoutALoginOrASessionAndSendsNoReferrer() throws Exception {
        when(gateway.get(Questionnaire.class, API, TOKEN)).thenReturn(questionnaire());

        mvc.perform(get("/q/" + TOKEN))
                .andExpect(status().isOk())
                .andExpect(cookie().doesNotExist("MENTORING_SESSION"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(allOf(containsString("Анкета наставляемого"),
                        containsString("Насколько комфортно общение с наставником?"),
                        containsString("name=\"a_q1\" value=\"10\""), containsString("очень часто"),
                        containsString("Отвечено"), not(containsString(TOKEN)))));
    }

    @Test
    void answersAreSentTypedAsTheServiceTakesThemAndTheThankYouPageHasNoTokenInItsAddress() throws Exception {
        when(gateway.get(Questionnaire.class, API, TOKEN)).thenReturn(questionnaire());

        mvc.perform(post("/q/" + TOKEN).param("a_q1", "8").param("a_q2", "true").param("a_q3", "редко").param("a_q4", "  "))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/q/done"));

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(gateway).post(eq(Void.class), sent.capture(), eq(API), eq(TOKEN));
        assertThat(((Answers) sent.getValue()).answers()).extracting(Questionnaire.Answer::itemKey, Questionnaire.Answer::value)
                .containsExactly(tuple("q1", 8), tuple("q2", true),
                        tuple("q3", "редко"));
        mvc.perform(get("/q/done")).andExpect(status().isOk()).andExpect(content().string(containsString("Спасибо!")));
    }

    @Test
    void aRefusedFormShowsEachItemsReasonNextToItAndKeepsWhatWasChosen() throws Exception {
        when(gateway.get(Questionnaire.class, API, TOKEN)).thenReturn(questionnaire());
        when(gateway.post(eq(Void.class), any(), eq(API), eq(TOKEN))).thenThrow(new ServiceException(new ServiceProblem(422,
                "Некорректные данные", "Анкета заполнена с ошибками: исправьте отмеченные ответы.",
                List.of(new ServiceProblem.FieldProblem("q2", null, "Ответьте на обязательный вопрос.")))));

        mvc.perform(post("/q/" + TOKEN).param("a_q1", "7"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Анкета заполнена с ошибками"),
                        containsString("id=\"q2-error\""), containsString("Ответьте на обязательный вопрос."),
                        containsString("name=\"a_q1\" value=\"7\" checked=\"checked\""))));
    }

    @Test
    void anUnknownAndAnExpiredLinkGetTheSamePageAndAUsedOneSaysItIsUsed() throws Exception {
        when(gateway.get(Questionnaire.class, API, "unknown")).thenThrow(new NotFoundException("(public)"));
        when(gateway.get(Questionnaire.class, API, "expired")).thenThrow(new ServiceException(new ServiceProblem(410, "Gone",
                "Срок действия ссылки истёк. Обратитесь к куратору программы за новой ссылкой.", List.of())));
        when(gateway.get(Questionnaire.class, API, "used")).thenThrow(new ServiceException(new ServiceProblem(410, "Gone",
                "Ссылка уже использована: анкета по ней уже заполнена.", List.of())));

        MvcResult unknown = mvc.perform(get("/q/unknown")).andExpect(status().isNotFound()).andReturn();
        MvcResult expired = mvc.perform(get("/q/expired")).andExpect(status().isNotFound()).andReturn();
        assertThat(expired.getResponse().getContentAsString()).isEqualTo(unknown.getResponse().getContentAsString())
                .contains("Ссылка недействительна");
        mvc.perform(get("/q/used")).andExpect(status().isGone()).andExpect(content().string(containsString("Ссылка уже использована")));
        verify(gateway, never()).post(any(), any(), any(), any());
    }

    @Test
    void aPostFromAnotherSiteNeedsNoCsrfTokenButStillOnlyTheLinksHolderCanAnswer() throws Exception {
        when(gateway.get(Questionnaire.class, API, "unknown")).thenThrow(new NotFoundException("(public)"));

        mvc.perform(post("/q/unknown").param("a_q1", "8")).andExpect(status().isNotFound());
        verify(gateway, never()).post(any(), any(), any(), any());
    }
}
