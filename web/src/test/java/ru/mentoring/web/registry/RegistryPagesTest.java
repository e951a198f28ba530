package ru.mentoring.web.registry;

import static ru.mentoring.web.TestLogins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.gateway.ServiceProblem.FieldProblem;
import ru.mentoring.web.registry.RegistryApi.ConsentRequest;
import ru.mentoring.web.registry.RegistryApi.Participant;
import ru.mentoring.web.registry.RegistryApi.ParticipantRequest;
import ru.mentoring.web.registry.RegistryApi.School;

/** The registry's pages with the registry's answers given by a mock of the calls. */
@SpringBootTest(properties = {"platform.municipalities.millerovo=Миллеровский район",
        "platform.keycloak.url=http://localhost:8180", "platform.keycloak.client-secret=test-secret"})
@AutoConfigureMockMvc
class RegistryPagesTest {

    private static final School SOSH_2 = new School("mil-sosh-2", "Полное имя №2", "МБОУ СОШ №2", "SOSH", false, false, "millerovo");
    private static final School SOSH_4 = new School("mil-sosh-4", "Полное имя №4", "МБОУ СОШ №4", "SOSH", false, true, "millerovo");
    private static final UUID STUDENT_ID = UUID.fromString("00000000-0000-0000-0000-000000000007");

    private final MockMvc mvc;

    @MockitoBean
    RegistryService registry;

    @MockitoBean
    RegistryDocuments documents;

    RegistryPagesTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeEach
    void schools() {
        when(registry.schools()).thenReturn(List.of(SOSH_2, SOSH_4));
        when(registry.schoolNames(anyList())).thenAnswer(call -> {
            Map<String, String> names = new LinkedHashMap<>();
            List<School> schools = call.getArgument(0);
            schools.forEach(s -> names.put(s.code(), s.shortName()));
            return names;
        });
    }

    private static Participant person(String schoolCode, String kind, String last, String first, String middle) {
        return new Participant(UUID.nameUUIDFromBytes((last + first).getBytes()), schoolCode, last.substring(0, 3), kind, last, first,
                middle, null, null, null, false, "STUDENT".equals(kind) ? 7 : null, false, false);
    }

    @Test
    void aRefusedNewParticipantComesBackWithEachReasonNextToItsFieldAndEverythingTypedKept() throws Exception {
        when(registry.add(eq("mil-sosh-2"), any())).thenThrow(new ServiceException(new ServiceProblem(400,
                "Неверный запрос", "Проверьте поля формы", List.of(new FieldProblem("kind", null, "Укажите категорию участника"),
                        new FieldProblem("externalKey", null, "Участник с таким ключом уже есть в школе")))));
        mvc.perform(post("/registry/participants").with(as("school-admin")).with(csrf())
                        .param("schoolCode", "mil-sosh-2").param("kind", "").param("lastName", "Ёлкина")
                        .param("firstName", "Вера").param("externalKey", "T-17").param("grade", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Проверьте поля формы"),
                        containsString("id=\"kind-error\""), containsString("Укажите категорию участника"),
                        containsString("aria-describedby=\"kind-error\""),
                        containsString("Участник с таким ключом уже есть в школе"),
                        containsString("value=\"Ёлкина\""), containsString("value=\"Вера\""), containsString("value=\"T-17\""),
                        containsString("<option value=\"mil-sosh-2\" selected=\"selected\">МБОУ СОШ №2</option>"),
                        not(containsString("id=\"lastName-error\"")))));
    }

    @Test
    void lettersInANumberAreAnsweredNextToTheFieldWithoutCallingTheRegistry() throws Exception {
        mvc.perform(post("/registry/participants").with(as("school-admin")).with(csrf())
                        .param("schoolCode", "mil-sosh-2").param("kind", "STUDENT").param("lastName", "Ёлкина")
                        .param("firstName", "Вера").param("externalKey", "S-1").param("grade", "седьмой"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Класс — число от 1 до 11"), containsString("value=\"седьмой\""),
                        containsString("<option value=\"STUDENT\" selected=\"selected\">обучающийся</option>"))));
        verify(registry, never()).add(any(), any());
    }

    @Test
    void anAddedParticipantLeadsToTheirPageWithAConfirmationAndTheNumbersSentAsNumbers() throws Exception {
        Participant added = new Participant(STUDENT_ID, "mil-sosh-2", "S-1", "STUDENT", "Ёлкина", "Вера", null, null, null, null,
                false, 7, false, false);
        when(registry.add(eq("mil-sosh-2"), any())).thenReturn(added);
        mvc.perform(post("/registry/participants").with(as("school-admin")).with(csrf())
                        .param("schoolCode", "mil-sosh-2").param("kind", "STUDENT").param("lastName", " Ёлкина ")
                        .param("firstName", "Вера").param("externalKey", "S-1").param("grade", "7").param("middleName", ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/registry/participants/" + STUDENT_ID))
                .andExpect(flash().attribute("done", "Участник добавлен: Ёлкина Вера."));
        ArgumentCaptor<ParticipantRequest> sent = ArgumentCaptor.forClass(ParticipantRequest.class);
        verify(registry).add(eq("mil-sosh-2"), sent.capture());
        assertThat(sent.getValue()).isEqualTo(new ParticipantRequest("S-1", "STUDENT", "Ёлкина", "Вера", null, null, null, null, 7));
    }

    @Test
    void theListShowsTheRegistrysPageWithSchoolsByNameAndPassesTheSearchFiltersAndOrder() throws Exception {
        when(registry.participants(any())).thenReturn(new RegistryApi.Page<>(List.of(
                person("mil-sosh-2", "TEACHER", "Смирнова", "Ольга", "Петровна")), 1, 20, 21));
        mvc.perform(get("/registry/participants").param("q", "ольга СМИР").param("kind", "TEACHER").param("sort", "school")
                        .param("dir", "desc").param("page", "2").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Найдено участников: <span>21</span>"),
                        containsString("Смирнова Ольга Петровна"), containsString("МБОУ СОШ №2"),
                        containsString("Страница <span>2</span> из <span>2</span>"), not(containsString(">mil-sosh-2<")))));
        ArgumentCaptor<ParticipantTable.Query> sent = ArgumentCaptor.forClass(ParticipantTable.Query.class);
        verify(registry).participants(sent.capture());
        assertThat(sent.getValue()).isEqualTo(new ParticipantTable.Query("ольга СМИР", "TEACHER", null, "school", true, 2));
    }

    @Test
    void aPagePastTheEndShowsTheLastPage() throws Exception {
        when(registry.participants(any())).thenAnswer(call -> {
            ParticipantTable.Query q = call.getArgument(0);
            return q.page() == 2 ? new RegistryApi.Page<>(List.of(person("mil-sosh-4", "TEACHER", "Алгеброва", "Ольга", null)), 1, 20, 21)
                    : new RegistryApi.Page<Participant>(List.of(), q.page() - 1, 20, 21);
        });
        mvc.perform(get("/registry/participants").param("page", "9").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Алгеброва Ольга"), containsString("Страница <span>2</span> из <span>2</span>"))));
    }

    @Test
    void aSchoolFilterNamesOnlySchoolsThePersonSees() throws Exception {
        when(registry.participants(any())).thenReturn(new RegistryApi.Page<>(
                List.of(person("mil-sosh-4", "TEACHER", "Алгеброва", "Ольга", null)), 0, 20, 1));
        mvc.perform(get("/registry/participants").param("school", "mil-sosh-4").with(as("coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Алгеброва Ольга")));
        mvc.perform(get("/registry/participants").param("school", "other-district-school").with(as("coordinator")))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("<h1>Не найдено</h1>")));
    }

    @Test
    void theRegistrysSchoolsAreShownFiftyAPage() throws Exception {
        List<School> many = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            many.add(new School("rb-%03d".formatted(i), "Полное " + i, "МБОУ rb-%03d".formatted(i), "SOSH", false, false, "millerovo"));
        }
        when(registry.schools()).thenReturn(many);
        mvc.perform(get("/registry/schools").param("page", "3").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Школ: <span>120</span>"), containsString("МБОУ rb-100"),
                        containsString("МБОУ rb-119"), not(containsString("МБОУ rb-099")), containsString("Страница <span>3</span> из <span>3</span>"))));
        mvc.perform(get("/registry/schools").param("page", "99").with(as("coordinator")))
                .andExpect(content().string(containsString("Страница <span>3</span> из <span>3</span>")));
    }

    @Test
    void anotherSchoolsParticipantAndAnAddressThatIsNoIdAreTheSameNotFoundPage() throws Exception {
        UUID other = UUID.randomUUID();
        when(registry.participant(other)).thenThrow(new NotFoundException("/api/registry/participants/" + other));
        String hidden = mvc.perform(get("/registry/participants/" + other).with(as("school-admin")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String garbage = mvc.perform(get("/registry/participants/not-an-id").with(as("school-admin")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(main(hidden)).contains("Не найдено").isEqualTo(main(garbage));
    }

    @Test
    void aMinorsConsentAsksForTheParentAndARefusalKeepsTheTypedValues() throws Exception {
        Participant student = new Participant(STUDENT_ID, "mil-sosh-2", "S-1", "STUDENT", "Ёлкина", "Вера", null, null, null, null,
                false, 7, false, false);
        when(registry.participant(STUDENT_ID)).thenReturn(student);
        when(registry.school("mil-sosh-2")).thenReturn(SOSH_2);
        when(registry.consents(STUDENT_ID)).thenReturn(List.of());
        when(registry.pairsOf(STUDENT_ID)).thenReturn(List.of());
        when(registry.recordConsent(eq(STUDENT_ID), any())).thenThrow(new ServiceException(new ServiceProblem(422, null,
                "Согласие не зарегистрировано", List.of(new FieldProblem("givenBy", null,
                        "За обучающегося согласие даёт родитель или законный представитель: укажите его ФИО")))));
        mvc.perform(post("/registry/participants/" + STUDENT_ID + "/consents").with(as("school-admin")).with(csrf())
                        .param("givenOn", "2026-12-02").param("documentRef", "№ 15, папка 3").param("givenBy", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Родитель (законный представитель), ФИО"),
                        containsString("укажите его ФИО"), containsString("value=\"2026-12-02\""),
                        containsString("value=\"№ 15, папка 3\""), containsString("aria-describedby=\"givenBy-error\""))));
        ArgumentCaptor<ConsentRequest> sent = ArgumentCaptor.forClass(ConsentRequest.class);
        verify(registry).recordConsent(eq(STUDENT_ID), sent.capture());
        assertThat(sent.getValue()).isEqualTo(new ConsentRequest(LocalDate.of(2026, 12, 2), "№ 15, папка 3", null));
    }

    @Test
    void aRefusedImportListsEveryRowWithItsColumnAndReasonAndSaysNothingWasStored() throws Exception {
        when(registry.importFile(eq("mentors"), any())).thenThrow(new ServiceException(new ServiceProblem(422,
                "Файл не загружен", "Файл не загружен: 2 строки с ошибками", List.of(
                        new FieldProblem("Категория участника", 3, "Неизвестная категория «завуч»"),
                        new FieldProblem("Фамилия", 5, "Укажите фамилию")))));
        MockMultipartFile file = new MockMultipartFile("file", "mentors.csv", "text/csv", "x".getBytes());
        mvc.perform(multipart("/registry/exchange/mentors").file(file).with(as("school-admin")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("ничего не сохранено"),
                        containsString("<td class=\"num\">3</td>"), containsString("Неизвестная категория «завуч»"),
                        containsString("<td class=\"num\">5</td>"), containsString("Укажите фамилию"))));
        // htmx swaps only a 2xx answer: the same table comes with 200
        mvc.perform(multipart("/registry/exchange/mentors").file(file).header("HX-Request", "true")
                        .with(as("school-admin")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Неизвестная категория «завуч»")));
    }

    @Test
    void aStoredImportReportsWhatItAddedAndUpdated() throws Exception {
        when(registry.importFile(eq("mentees"), any())).thenReturn(new RegistryApi.ImportReport("mentees", 12, 5, 4, 3, 0, 6));
        mvc.perform(multipart("/registry/exchange/mentees").file(new MockMultipartFile("file", "m.xlsx", null, "x".getBytes()))
                        .with(as("coordinator")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Банк наставляемых: файл загружен."),
                        containsString("Строк прочитано: <span>12</span>"), containsString("обновлено: <span>4</span>"))));
    }

    @Test
    void theAuditLogIsTheCoordinatorsAndShowsActionsAndSchoolsByName() throws Exception {
        mvc.perform(get("/registry/audit").with(as("school-admin"))).andExpect(status().isForbidden());
        when(registry.audit(null, null, null, 0, RegistryAuditController.PAGE_SIZE)).thenReturn(new RegistryApi.Page<>(List.of(
                new RegistryApi.AuditEntry(1, java.time.OffsetDateTime.parse("2026-12-02T07:15:00Z"), "admin.sosh2",
                        List.of("mil-sosh-2"), "PARTICIPANT", "x", "PARTICIPANT_UPDATED",
                        List.of(new RegistryApi.AuditChange("lastName", "Иванова", "Петрова"),
                                new RegistryApi.AuditChange("kind", "TEACHER", "STUDENT"),
                                new RegistryApi.AuditChange("givenOn", null, "2026-12-02"),
                                new RegistryApi.AuditChange("form", null, "TEACHER_TEACHER"),
                                new RegistryApi.AuditChange("difficultyKind", null, "METHODICAL"),
                                new RegistryApi.AuditChange("municipalityCode", null, "millerovo"),
                                new RegistryApi.AuditChange("participantId", null, STUDENT_ID.toString()))),
                new RegistryApi.AuditEntry(2, java.time.OffsetDateTime.parse("2026-12-02T07:20:00Z"), "admin.sosh2",
                        List.of("mil-sosh-2"), "DOCUMENT", "y", "DOCUMENT_UPLOADED",
                        List.of(new RegistryApi.AuditChange("kind", null, "ORDER"),
                                new RegistryApi.AuditChange("fileName", null, "Приказ.pdf"))),
                new RegistryApi.AuditEntry(3, java.time.OffsetDateTime.parse("2026-12-02T07:25:00Z"), "admin.sosh2",
                        List.of("mil-sosh-2"), "MANAGEMENT_MEMBER", "z", "MANAGEMENT_MEMBER_ADDED",
                        List.of(new RegistryApi.AuditChange("role", null, "RESERVE"),
                                new RegistryApi.AuditChange("position", null, "заместитель директора"),
                                new RegistryApi.AuditChange("since", null, "2025-09-01")))), 0, 50, 120));
        when(registry.catalogLabels()).thenReturn(Map.of("TEACHER_TEACHER", "педагог – педагог"));
        when(documents.kinds()).thenReturn(List.of(new DocumentsApi.Kind("ORDER", "Приказ о внедрении Целевой модели наставничества")));
        mvc.perform(get("/registry/audit").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("02.12.2026 10:15"), containsString("Данные участника изменены"),
                        containsString("<td>МБОУ СОШ №2</td>"), containsString("Фамилия"), containsString("Иванова"),
                        containsString("Петрова"), containsString("<del>педагог</del>"), containsString("<ins>обучающийся</ins>"),
                        containsString("<ins>02.12.2026</ins>"), containsString("<ins>педагог – педагог</ins>"),
                        containsString("<ins>методическое</ins>"), containsString("<ins>Миллеровский район</ins>"),
                        not(containsString(STUDENT_ID.toString())), not(containsString("TEACHER_TEACHER")),
                        containsString("Документ загружен"), containsString("<ins>Приказ о внедрении Целевой модели наставничества</ins>"),
                        containsString("Имя файла"), not(containsString("DOCUMENT")), not(containsString(">ORDER<")),
                        containsString("Педагог включён в управленческую команду или кадровый резерв"),
                        containsString("<ins>кадровый управленческий резерв</ins>"), containsString("<ins>01.09.2025</ins>"),
                        containsString("Должность"), not(containsString("MANAGEMENT")), not(containsString(">RESERVE<")),
                        containsString("Страница <span>1</span> из <span>3</span>"))));
    }

    @Test
    void ownAccountsAndWhatMentorsAndMenteesWriteReadInRussianInTheAuditLog() throws Exception {
        when(registry.audit(null, null, null, 0, RegistryAuditController.PAGE_SIZE)).thenReturn(new RegistryApi.Page<>(List.of(
                new RegistryApi.AuditEntry(1, java.time.OffsetDateTime.parse("2026-12-02T07:15:00Z"), "admin-mil-sosh-4",
                        List.of("mil-sosh-4"), "PARTICIPANT", "x", "PARTICIPANT_ACCOUNT_LINKED",
                        List.of(new RegistryApi.AuditChange("accountRoles", null, "наставник"),
                                new RegistryApi.AuditChange("userCreated", null, "true"))),
                new RegistryApi.AuditEntry(2, java.time.OffsetDateTime.parse("2026-12-02T07:20:00Z"), "mentor-mil-sosh-4",
                        List.of("mil-sosh-4"), "STAGE_REPORT", "y", "STAGE_REPORT_WRITTEN",
                        List.of(new RegistryApi.AuditChange("stage", null, "реализационный"),
                                new RegistryApi.AuditChange("reportText", null, "Отчёт"))),
                new RegistryApi.AuditEntry(3, java.time.OffsetDateTime.parse("2026-12-02T07:25:00Z"), "mentee-mil-sosh-4",
                        List.of("mil-sosh-4"), "PROGRAMME_PROPOSAL", "z", "PROGRAMME_PROPOSAL_MADE",
                        List.of(new RegistryApi.AuditChange("proposalText", null, "Предложение")))), 0, 50, 3));
        when(registry.catalogLabels()).thenReturn(Map.of());
        mvc.perform(get("/registry/audit").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Участник приглашён в личный кабинет"),
                        containsString("Роль в личном кабинете"), containsString("Отчёт наставника за этап"),
                        containsString("Текст отчёта"), containsString("Предложение наставляемого к программе"),
                        not(containsString("ACCOUNT_LINKED")), not(containsString("accountRoles")), not(containsString("reportText")),
                        not(containsString("proposalText")), not(containsString("STAGE_REPORT")))));
    }

    @Test
    void registeringASchoolIsTheCoordinatorsAndGoesToTheirMunicipality() throws Exception {
        mvc.perform(get("/registry/schools/new").with(as("school-admin"))).andExpect(status().isForbidden());
        when(registry.registerSchool(any())).thenThrow(new ServiceException(new ServiceProblem(409, null,
                "Школа с таким кодом уже есть", List.of(new FieldProblem("code", null, "Код уже занят")))));
        mvc.perform(post("/registry/schools").with(as("coordinator")).with(csrf())
                        .param("code", "mil-sosh-2").param("shortName", "Новая школа").param("kind", "LYCEUM").param("rural", "true"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Код уже занят"), containsString("value=\"Новая школа\""),
                        containsString("<option value=\"LYCEUM\" selected=\"selected\">Лицей</option>"),
                        containsString("checked=\"checked\""))));
        ArgumentCaptor<RegistryApi.SchoolRequest> sent = ArgumentCaptor.forClass(RegistryApi.SchoolRequest.class);
        verify(registry).registerSchool(sent.capture());
        assertThat(sent.getValue().municipalityCode()).isEqualTo("millerovo");
        assertThat(sent.getValue().rural()).isTrue();
    }

    @Test
    void aPersonsPageShowsTheConsentInForceWithTheParentAndTheirPairsByName() throws Exception {
        Participant student = new Participant(STUDENT_ID, "mil-sosh-2", "S-1", "STUDENT", "Ёлкина", "Вера", null, null, null, null,
                false, 7, false, true);
        when(registry.participant(STUDENT_ID)).thenReturn(student);
        when(registry.school("mil-sosh-2")).thenReturn(SOSH_2);
        when(registry.consents(STUDENT_ID)).thenReturn(List.of(new RegistryApi.Consent(UUID.randomUUID(), LocalDate.of(2026, 9, 1),
                "№ 15", "Ёлкина Ирина Сергеевна", true, "admin", null, null, null, null)));
        when(registry.pairsOf(STUDENT_ID)).thenReturn(List.of(studentsPair("Смирнова", "IMPLEMENTATION", true)));
        mvc.perform(get("/registry/participants/" + STUDENT_ID).with(as("school-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Ёлкина Вера</h1>"), containsString("обучающийся"),
                        containsString("01.09.2026"), containsString("Ёлкина Ирина Сергеевна"), containsString("Отозвать согласие"),
                        not(containsString("Зарегистрировать согласие</button>")), containsString("Смирнова Ольга Петровна"),
                        containsString("(МБОУ гимназия №1)"), containsString("15.09.2026"), containsString("реализационный"),
                        not(containsString("ведущий наставник")))));
    }

    @Test
    void aMenteesCardMarksTheLeadOfTheirSeveralActiveMentorsOfAFormAndNotAnEndedPairs() throws Exception {
        when(registry.participant(STUDENT_ID)).thenReturn(new Participant(STUDENT_ID, "mil-sosh-2", "S-1", "STUDENT", "Ёлкина", "Вера",
                null, null, null, null, false, 7, false, true));
        when(registry.school("mil-sosh-2")).thenReturn(SOSH_2);
        when(registry.pairsOf(STUDENT_ID)).thenReturn(List.of(studentsPair("Смирнова", "IMPLEMENTATION", false),
                studentsPair("Кузнецова", "DESIGN", true), studentsPair("Орлова", "COMPLETED", false)));
        String page = mvc.perform(get("/registry/participants/" + STUDENT_ID).with(as("school-admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("Кузнецова Ольга Петровна</span>\\s*<span[^>]*>\\(МБОУ гимназия №1\\)</span>\\s*"
                + "<span class=\"badge lead-mark good\">ведущий наставник</span>");
        assertThat(page).containsPattern("Смирнова Ольга Петровна</span>\\s*<span[^>]*>\\(МБОУ гимназия №1\\)</span>\\s*"
                + "<span class=\"badge lead-mark none\">не ведущий наставник</span>");
        assertThat(page).containsPattern("Орлова Ольга Петровна</span>\\s*<span[^>]*>\\(МБОУ гимназия №1\\)</span>\\s*</td>");
    }

    /** A pair of the form «учитель – ученик» of the student with a mentor of the gymnasium. */
    static RegistryApi.Pair studentsPair(String mentor, String status, boolean lead) {
        return new RegistryApi.Pair(UUID.randomUUID(), "TEACHER_STUDENT", "учитель – ученик", status,
                "COMPLETED".equals(status) ? "завершена" : "реализационный", LocalDate.of(2026, 9, 15), LocalDate.of(2027, 5, 31),
                new RegistryApi.Member(null, "MENTOR", "МБОУ гимназия №1", mentor, "Ольга", "Петровна", null),
                List.of(new RegistryApi.Member(STUDENT_ID, "MENTEE", "МБОУ СОШ №2", "Ёлкина", "Вера", null, lead)));
    }

    @Test
    void theSectionsOtherPagesRenderForTheirRoles() throws Exception {
        mvc.perform(get("/registry").with(as("school-admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Моя школа в реестре"), not(containsString("Журнал действий")))));
        mvc.perform(get("/registry").with(as("coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Школы и их администраторы"), containsString("Журнал действий"))));
        mvc.perform(get("/registry/schools").with(as("coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("МБОУ СОШ №4"), containsString("сельская"),
                        containsString("Зарегистрировать школу"))));
        when(registry.school("mil-sosh-4")).thenReturn(SOSH_4);
        mvc.perform(get("/registry/schools/mil-sosh-4").with(as("coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Средняя общеобразовательная школа"),
                        containsString("Назначить администратора школы"))));
        mvc.perform(get("/registry/schools/mil-sosh-4").with(as("school-admin"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Назначить администратора школы"))));
        mvc.perform(get("/registry/exchange").with(as("coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Банк наставников"), containsString("Пары и группы"),
                        containsString("Все школы муниципалитета"), containsString("идёт обработка"))));
        when(registry.participant(STUDENT_ID)).thenReturn(new Participant(STUDENT_ID, "mil-sosh-2", "S-1", "STUDENT", "Ёлкина",
                "Вера", null, null, null, null, false, 7, false, false));
        mvc.perform(get("/registry/participants/" + STUDENT_ID + "/edit").with(as("school-admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"7\""), containsString("value=\"Ёлкина\""),
                        not(containsString("id=\"schoolCode\"")))));
    }

    private static String main(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }
}
