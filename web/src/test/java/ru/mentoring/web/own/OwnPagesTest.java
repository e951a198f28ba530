package ru.mentoring.web.own;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.web.TestLogins.as;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.gateway.ServiceProblem.FieldProblem;
import ru.mentoring.web.mentoring.MentoringApi;
import ru.mentoring.web.mentoring.MentoringApi.Event;
import ru.mentoring.web.mentoring.MentoringApi.Member;
import ru.mentoring.web.mentoring.MentoringApi.Pair;
import ru.mentoring.web.mentoring.MentoringApi.Programme;

/** «Мои пары» with the registry's answers given by a mock of the gateway. */
@SpringBootTest(properties = {"platform.municipalities.millerovo=Миллеровский район",
        "platform.keycloak.url=http://localhost:8180", "platform.keycloak.client-secret=test-secret"})
@AutoConfigureMockMvc
class OwnPagesTest {

    private static final UUID PAIR = UUID.fromString("00000000-0000-0000-0000-000000000015");
    private static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-0000000000e1");

    private final MockMvc mvc;

    @MockitoBean
    GatewayClient gateway;

    OwnPagesTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    private static Pair pair() {
        Member mentor = new Member(null, "MENTOR", null, "МБОУ СОШ №4", null, "Иванова", "Мария", "Петровна");
        Member mentee = new Member(null, "MENTEE", null, "МБОУ СОШ №4", null, "Петрова", "Анна", "Сергеевна");
        return new Pair(PAIR, "TEACHER_TEACHER", "педагог – педагог", null, null, "TRADITIONAL", "традиционная", "15",
                LocalDate.of(2025, 9, 10), LocalDate.of(2025, 9, 15), LocalDate.of(2026, 5, 31), "IMPLEMENTATION", "реализационный",
                null, null, null, null, false, mentor, List.of(mentee), "coordinator", OffsetDateTime.now());
    }

    @SuppressWarnings("unchecked")
    private void theRegistryAnswers(String role) {
        when(gateway.get(eq(OwnApi.OwnPair.class), eq("/api/registry/me/pairs/{id}"), eq(PAIR)))
                .thenReturn(new OwnApi.OwnPair(role, role.equals("MENTOR") ? "наставник" : "наставляемый", pair()));
        when(gateway.get(eq(Programme.class), eq("/api/registry/me/pairs/{id}/programme"), eq(PAIR)))
                .thenReturn(new Programme(PAIR, List.of("Адаптация молодого специалиста"), List.of(),
                        List.of(new Event(EVENT, LocalDate.of(2025, 11, 19), "Взаимопосещение уроков", null, false)), 1, 0, null, null));
        when(gateway.get(any(ParameterizedTypeReference.class), eq("/api/registry/me/pairs/{id}/reports"), eq(PAIR)))
                .thenReturn(List.of());
        when(gateway.get(any(ParameterizedTypeReference.class), eq("/api/registry/me/pairs/{id}/proposals"), eq(PAIR)))
                .thenReturn(List.of());
        when(gateway.get(any(ParameterizedTypeReference.class), eq("/api/registry/me/pairs/{id}/requests"), eq(PAIR)))
                .thenReturn(List.of());
    }

    @Test
    void aMentorGetsTheDoneButtonsAndTheReportButNoProposal() throws Exception {
        theRegistryAnswers("MENTOR");
        mvc.perform(get("/me/pairs/" + PAIR).with(as("mentor")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Отметить выполненным"), containsString("id=\"report-text\""),
                        containsString("action=\"/me/pairs/" + PAIR + "/events/" + EVENT + "\""),
                        containsString("Попросить об освобождении"), containsString("Иванова Мария Петровна"),
                        containsString("19.11.2025"), not(containsString("id=\"proposal-text\"")))));
    }

    @Test
    void aMenteeProposesAndAsksForAnotherMentorButMarksNothing() throws Exception {
        theRegistryAnswers("MENTEE");
        mvc.perform(get("/me/pairs/" + PAIR).with(as("mentee")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"proposal-text\""), containsString("Попросить о замене наставника"),
                        not(containsString("Отметить выполненным")), not(containsString("id=\"report-text\"")))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMenteeSeesTheCuratorsDecisionOnTheirProposalWithItsComment() throws Exception {
        theRegistryAnswers("MENTEE");
        when(gateway.get(any(ParameterizedTypeReference.class), eq("/api/registry/me/pairs/{id}/proposals"), eq(PAIR)))
                .thenReturn(List.of(new MentoringApi.Proposal(UUID.randomUUID(), PAIR, "Больше практики", "mentee",
                        OffsetDateTime.parse("2026-12-01T09:00:00Z"), "DECLINED", "отклонено", "admin",
                        OffsetDateTime.parse("2026-12-02T09:00:00Z"), "Уже есть в плане")));
        mvc.perform(get("/me/pairs/" + PAIR).with(as("mentee")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Больше практики"), containsString("01.12.2026"),
                        containsString("отклонено"), containsString("Уже есть в плане"), not(containsString(">Принять</button>")))));
    }

    @Test
    void aRefusedProposalComesBackOnThePageWithWhatWasTyped() throws Exception {
        theRegistryAnswers("MENTEE");
        when(gateway.post(eq(Object.class), eq(Map.of("text", "  ")), eq("/api/registry/me/pairs/{id}/proposals"), eq(PAIR)))
                .thenThrow(new ServiceException(new ServiceProblem(400, "Неверный запрос", "Опишите предложение",
                        List.of(new FieldProblem("text", null, "Опишите предложение")))));
        mvc.perform(post("/me/pairs/" + PAIR + "/proposal").with(as("mentee")).with(csrf()).param("text", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Опишите предложение")));
    }

    @Test
    void theMentorsDoneGoesToTheirOwnPathAndBackToThePair() throws Exception {
        mvc.perform(post("/me/pairs/" + PAIR + "/events/" + EVENT).with(as("mentor")).with(csrf()).param("done", "true"))
                .andExpect(redirectedUrl("/me/pairs/" + PAIR));
        verify(gateway).post(Programme.class, Map.of("done", true), "/api/registry/me/pairs/{id}/programme/events/{eid}/done", PAIR, EVENT);
    }

    @Test
    void staffDoNotHaveThesePages() throws Exception {
        mvc.perform(get("/me").with(as("school-admin"))).andExpect(status().isForbidden());
    }
}
