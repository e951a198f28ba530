package ru.mentoring.web.mentoring;

import static ru.mentoring.web.TestLogins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.mentoring.MentoringApi.Catalog;
import ru.mentoring.web.mentoring.MentoringApi.ChangeRequest;
import ru.mentoring.web.mentoring.MentoringApi.Labelled;
import ru.mentoring.web.mentoring.MentoringApi.Member;
import ru.mentoring.web.mentoring.MentoringApi.MentorEntry;
import ru.mentoring.web.mentoring.MentoringApi.Page;
import ru.mentoring.web.mentoring.MentoringApi.Pair;
import ru.mentoring.web.mentoring.MentoringApi.Proposal;
import ru.mentoring.web.mentoring.MentoringApi.Report;

/** The section's pages with the registry's answers given by a mock of the data layer. */
@SpringBootTest(properties = {"platform.municipalities.millerovo=Миллеровский район",
        "platform.keycloak.url=http://localhost:8180", "platform.keycloak.client-secret=test-secret"})
@AutoConfigureMockMvc
class MentoringPagesTest {

    static final UUID PAIR = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID REQUEST = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID MENTOR = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final UUID MENTEE = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    static final UUID CHANGE = UUID.fromString("00000000-0000-0000-0000-00000000000e");
    static final UUID PROPOSAL = UUID.fromString("00000000-0000-0000-0000-00000000000f");

    private final MockMvc mvc;

    @MockitoBean
    MentoringService mentoring;

    MentoringPagesTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    static Catalog catalog() {
        return new Catalog(List.of(new MentoringApi.FormEntry("TEACHER_TEACHER", "педагог – педагог", List.of("TEACHER"), List.of("TEACHER"),
                List.of(new Labelled("EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "опытный педагог – молодой специалист")))),
                List.of(new MentoringApi.KindEntry("TRADITIONAL", "традиционное «один на один»", 1, 1)),
                List.of(new Labelled("PREPARATORY", "подготовительный"), new Labelled("DESIGN", "проектировочный"),
                        new Labelled("IMPLEMENTATION", "реализационный"), new Labelled("REFLECTIVE_ANALYTICAL", "рефлексивно-аналитический"),
                        new Labelled("RESULTATIVE", "результативный"), new Labelled("COMPLETED", "завершена"),
                        new Labelled("TERMINATED", "прекращена")),
                List.of(new Labelled("OTHER", "иная причина")),
                List.of(new Labelled("MENTOR_REPLACEMENT", "запрос наставляемого на замену наставника"),
                        new Labelled("MENTOR_RELIEF", "просьба наставника об освобождении")));
    }

    static Pair pair(String status, boolean crossSchool, Member mentor) {
        return new Pair(PAIR, "TEACHER_TEACHER", "педагог – педагог", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST",
                "опытный педагог – молодой специалист", "TRADITIONAL", "традиционное «один на один»", "15", LocalDate.of(2025, 9, 10),
                LocalDate.of(2025, 9, 15), LocalDate.of(2026, 5, 31), status, new Catalog(null, null, catalog().statuses(), null, null)
                        .statusLabel(status), null, null, null, null, crossSchool, mentor,
                List.of(new Member(MENTEE, "MENTEE", "mil-sosh-4", "МБОУ СОШ №4", "TEACHER", "Петрова", "Анна", "Викторовна")),
                "coordinator", OffsetDateTime.parse("2025-09-10T09:00:00Z"));
    }

    static Member mentor() {
        return new Member(MENTOR, "MENTOR", "mil-sosh-4", "МБОУ СОШ №4", "TEACHER", "Иванова", "Мария", "Петровна");
    }

    private void pairPage(Pair pair, List<ChangeRequest> requests) {
        when(mentoring.pair(PAIR)).thenReturn(pair);
        when(mentoring.history(PAIR)).thenReturn(List.of(new MentoringApi.History(OffsetDateTime.parse("2025-09-10T09:00:00Z"),
                "coordinator", "CREATED", null, "PREPARATORY", "Пара сформирована: форма «педагог – педагог»")));
        when(mentoring.changeRequests(PAIR)).thenReturn(requests);
        when(mentoring.programme(PAIR)).thenReturn(new MentoringApi.Programme(PAIR, List.of(), List.of(), List.of(), 0, 0, null, null));
        when(mentoring.catalog()).thenReturn(catalog());
    }

    @Test
    void theBankOfMentorsShowsNamesSchoolsAndRussianLabelsAndPassesTheSearchOnFromPageOne() throws Exception {
        when(mentoring.schools()).thenReturn(List.of(new MentoringApi.School("mil-sosh-4", "МБОУ СОШ №4", "millerovo"),
                new MentoringApi.School("mil-gymnasium-1", "МБОУ гимназия №1", "millerovo")));
        when(mentoring.mentors(any(), anyInt())).thenReturn(new Page<>(List.of(new MentorEntry(MENTOR, "mil-gymnasium-1",
                "МБОУ гимназия №1", "TEACHER", "Иванова", "Мария", "Петровна", "математика", 20, "высшая", false, true, 1, "IN_PAIR",
                "в паре", List.of(new MentoringApi.Topic(UUID.randomUUID(), MENTOR, "математика", "Подготовка к ОГЭ: математика")))),
                1, 20, 45));
        mvc.perform(get("/mentoring/mentors").param("q", "ива").param("school", "mil-gymnasium-1").param("page", "2")
                        .param("kind", "NO_SUCH").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Иванова Мария Петровна"), containsString("МБОУ гимназия №1"),
                        containsString("педагог"), containsString("в паре"), containsString("Подготовка к ОГЭ: математика"),
                        containsString("Страница <span>2</span> из <span>3</span>"), not(containsString(">mil-gymnasium-1<")),
                        not(containsString(">TEACHER<")))));
        ArgumentCaptor<BankQuery> query = ArgumentCaptor.forClass(BankQuery.class);
        verify(mentoring).mentors(query.capture(), eq(20));
        assertThat(query.getValue()).isEqualTo(new BankQuery("ива", "mil-gymnasium-1", null, null, null, null, 2));
        MentoringService.Call call = query.getValue().call("/api/registry/bank/mentors", 20);
        assertThat(call.template()).isEqualTo("/api/registry/bank/mentors?q={q}&school={school}&page={page}&size={size}");
        assertThat(call.values()).containsExactly("ива", "mil-gymnasium-1", 1, 20);
    }

    @Test
    void aRefusedPairIsShownAgainWithWhatWasTypedAndTheReasonNextToItsField() throws Exception {
        suggestions();
        when(mentoring.createPair(any())).thenThrow(new ServiceException(new ServiceProblem(422, "Нарушены правила",
                "Пара не сформирована: Персонализированная программа длится от 3 до 12 месяцев: окончание не раньше 15.12.2025",
                List.of(new ServiceProblem.FieldProblem("endDate", null,
                        "Персонализированная программа длится от 3 до 12 месяцев: окончание не раньше 15.12.2025")))));
        String page = mvc.perform(post("/mentoring/requests/" + REQUEST + "/pair").with(as("coordinator")).with(csrf())
                        .param("mentorId", MENTOR.toString()).param("menteeId", UUID.randomUUID().toString())
                        .param("form", "TEACHER_TEACHER").param("interactionModel", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST")
                        .param("kind", "TRADITIONAL").param("orderNumber", "77-н").param("orderDate", "2025-09-10")
                        .param("startDate", "2025-09-15").param("endDate", "2025-10-01").param("closeRequest", "true"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"77-н\"", "value=\"2025-10-01\"", "id=\"endDate-error\"",
                "aria-invalid=\"true\" aria-describedby=\"endDate-error\"", "окончание не раньше 15.12.2025", "Иванова Мария");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
        verify(mentoring).createPair(body.capture());
        // the mentee is the request's, not whatever the page sent
        assertThat(body.getValue()).containsEntry("menteeIds", List.of(MENTEE.toString())).containsEntry("endDate", "2025-10-01");
        verify(mentoring, never()).closeRequest(any(), any());
    }

    @Test
    void aPairFormedFromASuggestionClosesTheRequestAndGoesToThePairsPage() throws Exception {
        suggestions();
        when(mentoring.createPair(any())).thenReturn(pair("PREPARATORY", false, mentor()));
        mvc.perform(post("/mentoring/requests/" + REQUEST + "/pair").with(as("coordinator")).with(csrf())
                        .param("mentorId", MENTOR.toString()).param("form", "TEACHER_TEACHER")
                        .param("interactionModel", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST").param("kind", "TRADITIONAL")
                        .param("orderNumber", "77-н").param("orderDate", "2025-09-10").param("startDate", "2025-09-15")
                        .param("endDate", "2026-05-31").param("closeRequest", "true"))
                .andExpect(redirectedUrl("/mentoring/pairs/" + PAIR))
                .andExpect(flash().attribute("done", "Пара сформирована. Запрос наставляемого закрыт."));
        verify(mentoring).closeRequest(MENTEE, REQUEST);
    }

    private void suggestions() {
        when(mentoring.suggestions(REQUEST)).thenReturn(new MentoringApi.Suggestions(new MentoringApi.RequestSummary(REQUEST, "METHODICAL",
                "методическое", null, "Подготовка к ОГЭ", MENTEE, "Петрова", "Анна", "mil-sosh-4"),
                new MentoringApi.ClassificationUse(true, 2025, "Учтена классификация школ за 2025 год"), 1,
                List.of(new MentoringApi.Suggested(1, 85, new MentoringApi.SuggestedMentor(MENTOR, "mil-gymnasium-1", "МБОУ гимназия №1",
                        "Иванова", "Мария", "Петровна", "математика", 20, "высшая", false, 0, true, List.of()),
                        List.of("EFFECTIVE"), List.of("Тема наставничества подходит к затруднению")))));
        when(mentoring.catalog()).thenReturn(catalog());
        when(mentoring.mentees(any(), anyInt())).thenReturn(new Page<>(List.of(), 0, 100, 0));
    }

    @Test
    void aRequestsPageShowsTheSuggestedMentorsWithTheirReasonsAndSchoolStatuses() throws Exception {
        suggestions();
        when(mentoring.bankRequest(REQUEST)).thenReturn(new MentoringApi.BankRequest(REQUEST, MENTEE, "METHODICAL", "методическое",
                null, "Подготовка к ОГЭ", "OPEN", "открыт"));
        mvc.perform(get("/mentoring/requests/" + REQUEST).with(as("school-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Иванова Мария Петровна"), containsString("85 баллов"),
                        containsString("Тема наставничества подходит к затруднению"), containsString("Эффективная"),
                        containsString("/mentoring/requests/" + REQUEST + "/pair?mentor=" + MENTOR))));
    }

    @Test
    void aPairsPageOffersTheNextStageOnlyAndShowsHistoryAndThePendingRequestsDecision() throws Exception {
        pairPage(pair("DESIGN", false, mentor()), List.of(new ChangeRequest(CHANGE, PAIR, "MENTOR_REPLACEMENT",
                "запрос наставляемого на замену наставника", pair("DESIGN", false, mentor()).mentees().get(0), LocalDate.of(2026, 12, 1),
                "Не совпадают графики", "PENDING", "на рассмотрении", "coordinator", null, null, null, null)));
        mvc.perform(get("/mentoring/pairs/" + PAIR).with(as("school-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Перейти к этапу «реализационный»"),
                        containsString("name=\"status\" value=\"IMPLEMENTATION\""), containsString("Пара сформирована: форма"),
                        containsString("10.09.2025 12:00"), containsString("Не совпадают графики"), containsString("Удовлетворить"),
                        containsString("01.12.2026"), containsString("15.09.2025 – 31.05.2026"))));
    }

    static final UUID OTHER_PAIR = UUID.fromString("00000000-0000-0000-0000-0000000000f1");

    /** The pair on screen whose mentee has a second mentor of the form (in {@link #OTHER_PAIR}); {@code hereLeads} says which leads. */
    private Pair menteeWithTwoMentors(boolean hereLeads) {
        Member mentee = new Member(MENTEE, "MENTEE", "mil-sosh-4", "МБОУ СОШ №4", "TEACHER", "Петрова", "Анна", "Викторовна", hereLeads);
        Pair here = withMentee(pair("IMPLEMENTATION", false, mentor()), PAIR, mentee);
        Pair other = withMentee(pair("DESIGN", false, new Member(UUID.randomUUID(), "MENTOR", "mil-sosh-4", "МБОУ СОШ №4", "TEACHER",
                "Сидорова", "Ольга", "Ивановна")), OTHER_PAIR, new Member(MENTEE, "MENTEE", "mil-sosh-4", "МБОУ СОШ №4", "TEACHER",
                "Петрова", "Анна", "Викторовна", !hereLeads));
        pairPage(here, List.of());
        when(mentoring.activePairsOf(MENTEE, "TEACHER_TEACHER")).thenReturn(List.of(other, here));
        return here;
    }

    private static Pair withMentee(Pair p, UUID id, Member mentee) {
        return new Pair(id, p.form(), p.formLabel(), p.interactionModel(), p.interactionModelLabel(), p.kind(), p.kindLabel(),
                p.orderNumber(), p.orderDate(), p.startDate(), p.endDate(), p.status(), p.statusLabel(), null, null, null, null, false,
                p.mentor(), List.of(mentee), p.createdBy(), p.createdAt());
    }

    @Test
    void aMenteeWithTwoMentorsShowsWhichOneLeadsAndTheLeadCanBeHandedToThisPairsMentor() throws Exception {
        menteeWithTwoMentors(false);
        String page = mvc.perform(get("/mentoring/pairs/" + PAIR).with(as("school-admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h2 id=\"leads-title\">Ведущий наставник</h2>", "<span>Петрова Анна Викторовна</span>: наставники формы «<span>педагог – педагог</span>»",
                "Иванова Мария Петровна (эта пара)", "action=\"/mentoring/pairs/" + PAIR + "/lead-mentor\"",
                "name=\"menteeId\" value=\"" + MENTEE + "\"", "Назначить ведущим наставником: Иванова Мария Петровна");
        assertThat(page).containsPattern("href=\"/mentoring/pairs/" + OTHER_PAIR + "\">Сидорова Ольга Ивановна</a>\\s*"
                + "<span class=\"badge good\">ведущий наставник</span>");
        assertThat(page).doesNotContainPattern("\\(эта пара\\)</span>\\s*<span class=\"badge good\">");

        menteeWithTwoMentors(true);
        page = mvc.perform(get("/mentoring/pairs/" + PAIR).with(as("school-admin"))).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("\\(эта пара\\)</span>\\s*<span class=\"badge good\">ведущий наставник</span>");
        assertThat(page).doesNotContain("Назначить ведущим наставником");
    }

    @Test
    void theProgrammesEventsAreCardsWhoseButtonMarksTheEventAtTheCuratorsAddress() throws Exception {
        pairPage(pair("IMPLEMENTATION", false, mentor()), List.of());
        UUID event = UUID.randomUUID();
        when(mentoring.programme(PAIR)).thenReturn(new MentoringApi.Programme(PAIR, List.of("Адаптация"), List.of(),
                List.of(new MentoringApi.Event(event, LocalDate.of(2025, 11, 19), "Взаимопосещение уроков", null, false)), 1, 0, null, null));
        mvc.perform(get("/mentoring/pairs/" + PAIR + "/programme").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("19.11.2025"), containsString("Выполнено <span>0</span> из"),
                        containsString("class=\"data stack\""), containsString("data-label=\"Мероприятие\""),
                        containsString("action=\"/mentoring/pairs/" + PAIR + "/programme/events/" + event + "\""),
                        containsString("Отметить выполненным"))));
    }

    @Test
    void aMenteesOnlyMentorIsNotCalledTheLead() throws Exception {
        pairPage(pair("IMPLEMENTATION", false, mentor()), List.of());
        when(mentoring.activePairsOf(MENTEE, "TEACHER_TEACHER")).thenReturn(List.of(pair("IMPLEMENTATION", false, mentor())));
        mvc.perform(get("/mentoring/pairs/" + PAIR).with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("Ведущий наставник")), not(containsString("lead-mentor")))));
    }

    @Test
    void handingTheLeadPostsTheMenteeAndARefusalIsShownNextToTheButtonInTheRegistrysWords() throws Exception {
        Pair here = menteeWithTwoMentors(false);
        when(mentoring.leadMentor(PAIR, MENTEE.toString())).thenReturn(withMentee(here, PAIR, new Member(MENTEE, "MENTEE", "mil-sosh-4",
                "МБОУ СОШ №4", "TEACHER", "Петрова", "Анна", "Викторовна", true)));
        mvc.perform(post("/mentoring/pairs/" + PAIR + "/lead-mentor").with(as("school-admin")).with(csrf())
                        .param("menteeId", MENTEE.toString()))
                .andExpect(redirectedUrl("/mentoring/pairs/" + PAIR + "#leads"))
                .andExpect(flash().attribute("done", "Петрова Анна Викторовна: ведущий наставник — Иванова Мария Петровна."));

        String reason = "Ведущего наставника выбирает муниципальный координатор: у наставляемого есть межшкольная пара";
        when(mentoring.leadMentor(PAIR, MENTEE.toString())).thenThrow(new ServiceException(new ServiceProblem(403, null, reason,
                List.of(new ServiceProblem.FieldProblem("menteeId", null, reason)))));
        mvc.perform(post("/mentoring/pairs/" + PAIR + "/lead-mentor").with(as("school-admin")).with(csrf())
                        .param("menteeId", MENTEE.toString()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("<p>" + reason + "</p>"),
                        containsString("id=\"menteeId-error\">" + reason + "</p>"), containsString("aria-describedby=\"menteeId-error\""))));
        mvc.perform(post("/mentoring/pairs/" + PAIR + "/lead-mentor").with(as("school-admin")))
                .andExpect(status().isForbidden());
        verify(mentoring, org.mockito.Mockito.times(2)).leadMentor(PAIR, MENTEE.toString());
    }

    @Test
    void thePairsListMarksTheLeadMentorWhereThePageShowsAMenteesSeveralMentors() throws Exception {
        Member lead = new Member(MENTEE, "MENTEE", "mil-sosh-4", "МБОУ СОШ №4", "TEACHER", "Петрова", "Анна", "Викторовна", true);
        Member notLead = new Member(MENTEE, "MENTEE", "mil-sosh-4", "МБОУ СОШ №4", "TEACHER", "Петрова", "Анна", "Викторовна", false);
        Member alone = new Member(UUID.randomUUID(), "MENTEE", "mil-sosh-4", "МБОУ СОШ №4", "TEACHER", "Зорина", "Вера", null, true);
        Pair third = withMentee(pair("DESIGN", false, new Member(UUID.randomUUID(), "MENTOR", "mil-sosh-4", "МБОУ СОШ №4", "TEACHER",
                "Орлова", "Нина", null)), UUID.randomUUID(), alone);
        when(mentoring.schools()).thenReturn(List.of());
        when(mentoring.catalog()).thenReturn(catalog());
        when(mentoring.pairs(any())).thenReturn(new Page<>(List.of(withMentee(pair("DESIGN", false, mentor()), PAIR, lead),
                withMentee(pair("DESIGN", false, new Member(UUID.randomUUID(), "MENTOR", "mil-sosh-4", "МБОУ СОШ №4", "TEACHER",
                        "Сидорова", "Ольга", "Ивановна")), OTHER_PAIR, notLead), third), 0, 20, 3));
        String page = mvc.perform(get("/mentoring/pairs").with(as("school-admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern(">Иванова Мария Петровна</a>\\s*<span[^>]*>МБОУ СОШ №4</span>\\s*"
                + "<span class=\"badge lead-mark good\">ведущий наставник</span>");
        assertThat(page).containsPattern(">Сидорова Ольга Ивановна</a>\\s*<span[^>]*>МБОУ СОШ №4</span>\\s*"
                + "<span class=\"badge lead-mark none\">не ведущий наставник</span>");
        assertThat(page).containsPattern(">Орлова Нина</a>\\s*<span[^>]*>МБОУ СОШ №4</span>\\s*</td>");
    }

    @Test
    void thePairsListMarksTheLeadMentorWhenTheMenteesOtherPairIsOnAnotherPage() throws Exception {
        // the registry says the mentee has several mentors of the form; their other pair is not on this page
        Member lead = new Member(MENTEE, "MENTEE", "mil-sosh-4", "МБОУ СОШ №4", "TEACHER", "Петрова", "Анна", "Викторовна", true, true);
        Member alone = new Member(UUID.randomUUID(), "MENTEE", "mil-sosh-4", "МБОУ СОШ №4", "TEACHER", "Зорина", "Вера", null, true,
                false);
        Pair third = withMentee(pair("DESIGN", false, new Member(UUID.randomUUID(), "MENTOR", "mil-sosh-4", "МБОУ СОШ №4", "TEACHER",
                "Орлова", "Нина", null)), UUID.randomUUID(), alone);
        when(mentoring.schools()).thenReturn(List.of());
        when(mentoring.catalog()).thenReturn(catalog());
        when(mentoring.pairs(any())).thenReturn(new Page<>(List.of(withMentee(pair("DESIGN", false, mentor()), PAIR, lead), third),
                1, 2, 4));
        String page = mvc.perform(get("/mentoring/pairs").param("page", "1").with(as("school-admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern(">Иванова Мария Петровна</a>\\s*<span[^>]*>МБОУ СОШ №4</span>\\s*"
                + "<span class=\"badge lead-mark good\">ведущий наставник</span>");
        assertThat(page).containsPattern(">Орлова Нина</a>\\s*<span[^>]*>МБОУ СОШ №4</span>\\s*</td>");
    }

    @Test
    void aSchoolAdministratorIsNotOfferedToChangeACrossSchoolPair() throws Exception {
        pairPage(pair("DESIGN", true, new Member(null, "MENTOR", null, "МБОУ гимназия №1", null, "Иванова", "Мария", "Петровна")), List.of());
        mvc.perform(get("/mentoring/pairs/" + PAIR).with(as("school-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Этапы межшкольной пары меняет муниципальный координатор"),
                        not(containsString("Перейти к этапу")), not(containsString("Прекратить пару досрочно")))));
        mvc.perform(get("/mentoring/pairs/" + PAIR).with(as("coordinator")))
                .andExpect(content().string(containsString("Перейти к этапу «реализационный»")));
    }

    @Test
    void anotherSchoolsPairIsNotFoundWithTheSameWordsAsAMissingOne() throws Exception {
        when(mentoring.pair(PAIR)).thenThrow(new NotFoundException("/api/registry/pairs/" + PAIR));
        mvc.perform(get("/mentoring/pairs/" + PAIR).with(as("school-admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Не найдено</h1>")));
        verify(mentoring, never()).history(any());
    }

    @Test
    void aRefusedDecisionIsShownAtItsRequestAndAnApprovalSaysThePairEnded() throws Exception {
        ChangeRequest pending = new ChangeRequest(CHANGE, PAIR, "MENTOR_RELIEF", "просьба наставника об освобождении", mentor(),
                LocalDate.of(2026, 12, 1), "Переезд", "PENDING", "на рассмотрении", "coordinator", null, null, null, null);
        pairPage(pair("DESIGN", false, mentor()), List.of(pending));
        when(mentoring.decide(PAIR, CHANGE, true, "Согласовано")).thenThrow(new ServiceException(new ServiceProblem(409, "Конфликт",
                "Решение по обращению уже принято: «отклонён»", List.of(new ServiceProblem.FieldProblem("approve", null, "Решение уже принято")))));
        mvc.perform(post("/mentoring/pairs/" + PAIR + "/requests/" + CHANGE + "/decision").with(as("coordinator")).with(csrf())
                        .param("approve", "true").param("note", "Согласовано"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Решение по обращению уже принято: «отклонён»"),
                        containsString(">Согласовано</textarea>"))));

        when(mentoring.decide(PAIR, CHANGE, false, null)).thenReturn(new ChangeRequest(CHANGE, PAIR, "MENTOR_RELIEF",
                "просьба наставника об освобождении", mentor(), LocalDate.of(2026, 12, 1), "Переезд", "REJECTED", "отклонён", "coordinator",
                null, "coordinator", OffsetDateTime.now(), null));
        mvc.perform(post("/mentoring/pairs/" + PAIR + "/requests/" + CHANGE + "/decision").with(as("coordinator")).with(csrf())
                        .param("approve", "false"))
                .andExpect(redirectedUrl("/mentoring/pairs/" + PAIR + "#requests"))
                .andExpect(flash().attribute("done", "Обращение отклонено (просьба наставника об освобождении)."));
    }

    @Test
    void theCuratorSeesTheMenteesProposalsWithAcceptAndDeclineAndTheMentorsReports() throws Exception {
        pairPage(pair("IMPLEMENTATION", false, mentor()), List.of());
        when(mentoring.proposals(PAIR)).thenReturn(List.of(
                new Proposal(PROPOSAL, PAIR, "Больше практики", "mentee", OffsetDateTime.parse("2026-12-01T09:00:00Z"), "PENDING",
                        "на рассмотрении", null, null, null),
                new Proposal(UUID.randomUUID(), PAIR, "Урок в музее", "mentee", OffsetDateTime.parse("2026-11-20T09:00:00Z"), "DECLINED",
                        "отклонено", "admin", OffsetDateTime.parse("2026-11-21T09:00:00Z"), "Нет в плане школы")));
        when(mentoring.reports(PAIR)).thenReturn(List.of(new Report(UUID.randomUUID(), PAIR, "IMPLEMENTATION", "реализационный",
                "Уроки посещены", "mentor", OffsetDateTime.parse("2026-12-02T09:00:00Z"))));
        String page = mvc.perform(get("/mentoring/pairs/" + PAIR).with(as("school-admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Больше практики", "01.12.2026", "Урок в музее", "отклонено", "Нет в плане школы", "Уроки посещены")
                .contains("/mentoring/pairs/" + PAIR + "/proposals/" + PROPOSAL + "/decision")
                .contains(">Принять</button>", ">Отклонить</button>");
        // the decided one has no buttons of its own: one decision form for the one pending proposal
        assertThat(page.split("/proposals/", -1)).hasSize(2);
    }

    @Test
    void aProposalsDecisionGoesToTheRegistryAndARefusalIsShownAtTheProposal() throws Exception {
        pairPage(pair("IMPLEMENTATION", false, mentor()), List.of());
        when(mentoring.proposals(PAIR)).thenReturn(List.of(new Proposal(PROPOSAL, PAIR, "Больше практики", "mentee",
                OffsetDateTime.parse("2026-12-01T09:00:00Z"), "PENDING", "на рассмотрении", null, null, null)));
        when(mentoring.decideProposal(PAIR, PROPOSAL, true, "Добавим в январе")).thenReturn(new Proposal(PROPOSAL, PAIR, "Больше практики",
                "mentee", OffsetDateTime.now(), "ACCEPTED", "принято", "admin", OffsetDateTime.now(), "Добавим в январе"));
        mvc.perform(post("/mentoring/pairs/" + PAIR + "/proposals/" + PROPOSAL + "/decision").with(as("school-admin")).with(csrf())
                        .param("accept", "true").param("note", "Добавим в январе"))
                .andExpect(redirectedUrl("/mentoring/pairs/" + PAIR + "#proposals"))
                .andExpect(flash().attribute("done", "Предложение наставляемого принято."));

        when(mentoring.decideProposal(PAIR, PROPOSAL, false, "Позже")).thenThrow(new ServiceException(new ServiceProblem(409, "Конфликт",
                "Решение по предложению уже принято: «принято»", List.of(new ServiceProblem.FieldProblem("accept", null,
                        "Решение по предложению уже принято: «принято»")))));
        mvc.perform(post("/mentoring/pairs/" + PAIR + "/proposals/" + PROPOSAL + "/decision").with(as("school-admin")).with(csrf())
                        .param("accept", "false").param("note", "Позже"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Решение по предложению уже принято: «принято»"),
                        containsString(">Позже</textarea>"))));
    }

    @Test
    void theProgrammesRowsAreSentWithoutEmptyOnesAndTheRegistrysRowNumbersLandOnTheRowsShown() throws Exception {
        when(mentoring.pair(PAIR)).thenReturn(pair("DESIGN", false, mentor()));
        when(mentoring.putProgramme(eq(PAIR), any())).thenThrow(new ServiceException(new ServiceProblem(422, null,
                "Программа не сохранена: Мероприятие вне срока программы (15.09.2025 – 31.05.2026)",
                List.of(new ServiceProblem.FieldProblem("events[1].date", null, "Мероприятие вне срока программы (15.09.2025 – 31.05.2026)")))));
        mvc.perform(post("/mentoring/pairs/" + PAIR + "/programme").with(as("coordinator")).with(csrf())
                        .param("goals", "Освоить методику\n\nПровести открытый урок")
                        .param("events[0].date", "2025-10-01").param("events[0].event", "Посещение уроков").param("events[0].done", "true")
                        .param("events[1].date", "").param("events[1].event", "")
                        .param("events[2].date", "2027-01-01").param("events[2].event", "Открытый урок"))
                .andExpect(status().isUnprocessableContent())
                // the third row shown is the second sent: its reason is next to it
                .andExpect(content().string(allOf(containsString("id=\"events[1].date-error\""),
                        containsString("id=\"event-date-2\" name=\"events[2].date\" value=\"2027-01-01\" aria-invalid=\"true\""))));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
        verify(mentoring).putProgramme(eq(PAIR), body.capture());
        assertThat(body.getValue().get("goals")).isEqualTo(List.of("Освоить методику", "Провести открытый урок"));
        assertThat((List<?>) body.getValue().get("events")).hasSize(2);
        assertThat(body.getValue().get("events").toString()).contains("done=true", "2027-01-01");
    }

    @Test
    void theRequestsListIsTheMenteesWaitingForAMentorWithTheirOpenRequestsUnlessAskedForAll() throws Exception {
        when(mentoring.schools()).thenReturn(List.of(new MentoringApi.School("mil-sosh-4", "МБОУ СОШ №4", "millerovo")));
        when(mentoring.mentees(any(), anyInt())).thenReturn(new Page<>(List.of(new MentoringApi.MenteeEntry(MENTEE, "mil-sosh-4",
                "МБОУ СОШ №4", "TEACHER", "Петрова", "Анна", "Викторовна", "физика", 1, null, true, null, true, 0, "FREE", "свободен",
                List.of(new MentoringApi.BankRequest(REQUEST, MENTEE, "SUBJECT", "предметное", "физика", "Решение задач ЕГЭ", "OPEN", "открыт"),
                        new MentoringApi.BankRequest(UUID.randomUUID(), MENTEE, "METHODICAL", "методическое", null, "Старый запрос",
                                "CLOSED", "закрыт")))), 0, 20, 1));
        mvc.perform(get("/mentoring/requests").with(as("school-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Решение задач ЕГЭ"), containsString("/mentoring/requests/" + REQUEST),
                        not(containsString("Старый запрос")), not(containsString("id=\"school\"")))));
        mvc.perform(get("/mentoring/requests").param("status", "all").with(as("school-admin"))).andExpect(status().isOk());
        ArgumentCaptor<BankQuery> query = ArgumentCaptor.forClass(BankQuery.class);
        verify(mentoring, org.mockito.Mockito.times(2)).mentees(query.capture(), eq(20));
        assertThat(query.getAllValues()).extracting(BankQuery::status).containsExactly("FREE", null);
    }

    @Test
    void theSectionIsNotForTheDepartment() throws Exception {
        mvc.perform(get("/mentoring").with(as("department-viewer"))).andExpect(status().isForbidden());
        verify(mentoring, never()).count(any(), any());
        verify(mentoring, never()).decide(any(), any(), anyBoolean(), any());
    }
}
