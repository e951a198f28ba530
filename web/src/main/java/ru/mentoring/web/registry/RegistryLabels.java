package ru.mentoring.web.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import ru.mentoring.web.schools.SchoolCard;

/**
 * Russian words for the registry's codes (participant categories, school kinds, audit actions and
 * fields), as templates show them: {@code ${@registryLabels.kind(p.kind)}}. An unknown code is
 * shown as it is rather than hidden, so a new action of the service is still readable.
 */
@Component("registryLabels")
public class RegistryLabels {

    /** The categories in the order the forms offer them (the registry's {@code ParticipantKind}). */
    static final Map<String, String> KINDS = ordered(
            "TEACHER", "педагог",
            "STUDENT", "обучающийся",
            "PARENT", "родитель",
            "PARTNER", "представитель организации-партнёра");

    static final List<String> SCHOOL_KINDS = List.of("SOSH", "OOSH", "GYMNASIUM", "LYCEUM", "ADVANCED_STUDY", "DOU");

    private static final Map<String, String> ACTIONS = ordered(
            "SCHOOL_REGISTERED", "Школа зарегистрирована",
            "SCHOOL_ADMINISTRATOR_APPOINTED", "Назначен администратор школы",
            "PARTICIPANT_CREATED", "Участник добавлен",
            "PARTICIPANT_UPDATED", "Данные участника изменены",
            "PARTICIPANT_IMPORTED", "Участник загружен из файла",
            "CONSENT_RECORDED", "Согласие зарегистрировано",
            "CONSENT_WITHDRAWN", "Согласие отозвано",
            "MENTOR_TOPIC_ADDED", "Тема наставничества добавлена",
            "MENTOR_TOPIC_REMOVED", "Тема наставничества удалена",
            "MENTOR_TOPIC_IMPORTED", "Тема наставничества загружена из файла",
            "MENTEE_REQUEST_ADDED", "Запрос наставляемого добавлен",
            "MENTEE_REQUEST_CLOSED", "Запрос наставляемого закрыт",
            "MENTEE_REQUEST_IMPORTED", "Запрос наставляемого загружен из файла",
            "PAIR_CREATED", "Пара (группа) сформирована",
            "STAGE_CHANGED", "Этап пары изменён",
            "PAIR_STAGE_CHANGED", "Этап пары изменён",
            "PAIR_COMPLETED", "Программа наставничества завершена",
            "PAIR_TERMINATED", "Пара прекращена",
            "PROGRAMME_UPDATED", "Программа изменена",
            "PAIR_REQUEST_RECORDED", "Заявление по паре зарегистрировано",
            "PAIR_REQUEST_DECIDED", "Решение по заявлению принято",
            "PAIR_LEAD_MENTOR_SET", "Назначен ведущий наставник",
            "DOCUMENT_UPLOADED", "Документ загружен",
            "DOCUMENT_DELETED", "Документ удалён",
            "NOMINATION_PROPOSED", "Выдвинут на поощрение",
            "NOMINATION_DECIDED", "Решение о поощрении принято",
            "NOMINATION_WITHDRAWN", "Выдвижение отозвано",
            "MANAGEMENT_MEMBER_ADDED", "Педагог включён в управленческую команду или кадровый резерв",
            "MANAGEMENT_MEMBER_REMOVED", "Педагог исключён из управленческой команды или кадрового резерва",
            "REQUEST_RECORDED", "Заявление зарегистрировано",
            "REQUEST_APPROVED", "Заявление удовлетворено",
            "REQUEST_REJECTED", "В заявлении отказано",
            "PARTICIPANT_ACCOUNT_LINKED", "Участник приглашён в личный кабинет",
            "STAGE_REPORT_WRITTEN", "Отчёт наставника за этап",
            "PROGRAMME_PROPOSAL_MADE", "Предложение наставляемого к программе",
            "PROGRAMME_PROPOSAL_DECIDED", "Решение по предложению к программе принято");

    private static final Map<String, String> ENTITIES = ordered(
            "SCHOOL", "Школа",
            "SCHOOL_ADMINISTRATOR", "Администратор школы",
            "PARTICIPANT", "Участник",
            "CONSENT", "Согласие",
            "MENTOR_TOPIC", "Тема наставничества",
            "MENTEE_REQUEST", "Запрос наставляемого",
            "PAIR", "Пара (группа)",
            "PAIR_REQUEST", "Заявление по паре",
            "PROGRAMME", "Программа",
            "DOCUMENT", "Документ",
            "NOMINATION", "Выдвижение на поощрение",
            "MANAGEMENT_MEMBER", "Управленческая команда и кадровый резерв",
            "STAGE_REPORT", "Отчёт наставника",
            "PROGRAMME_PROPOSAL", "Предложение к программе");

    private static final Map<String, String> FIELDS = ordered(
            "externalKey", "Ключ (табельный номер)",
            "kind", "Категория",
            "lastName", "Фамилия",
            "firstName", "Имя",
            "middleName", "Отчество",
            "subjects", "Предметы",
            "experienceYears", "Стаж",
            "qualificationCategory", "Квалификационная категория",
            "youngSpecialist", "Молодой специалист",
            "grade", "Класс",
            "givenOn", "Дата согласия",
            "documentRef", "Документ",
            "givenBy", "Кем дано",
            "withdrawnOn", "Дата отзыва",
            "reason", "Причина",
            "status", "Статус",
            "form", "Форма наставничества",
            "interactionModel", "Модель взаимодействия",
            "orderNumber", "Приказ №",
            "orderDate", "Дата приказа",
            "startDate", "Начало",
            "endDate", "Окончание",
            "terminationReason", "Причина прекращения",
            "terminationNote", "Пояснение к прекращению",
            "endedOn", "Дата окончания",
            "decisionNote", "Пояснение к решению",
            "code", "Код школы",
            "shortName", "Краткое наименование",
            "fullName", "Полное наименование",
            "rural", "Сельская",
            "advancedLevel", "Углублённое изучение предметов",
            "username", "Логин",
            "email", "Электронная почта",
            "userCreated", "Учётная запись создана",
            "difficultyKind", "Вид затруднения",
            "subject", "Предмет",
            "text", "Затруднение",
            "topic", "Тема наставничества",
            "requestedOn", "Дата заявления",
            "withdrawalReason", "Причина отзыва",
            "municipalityCode", "Муниципалитет",
            "extraPay", "Доплата наставнику",
            "fileName", "Имя файла",
            "contentType", "Тип файла",
            "sizeBytes", "Размер, байт",
            "programmeYear", "Учебный год",
            "justification", "За что",
            "role", "Куда включён",
            "position", "Должность",
            "since", "С даты",
            "accountRoles", "Роль в личном кабинете",
            "stage", "Этап",
            "reportText", "Текст отчёта",
            "proposalText", "Предложение");

    /**
     * Statuses of requests as the audit log's values: a change request's ({@code ChangeRequestStatus}), a
     * mentee's request's ({@code MenteeRequestStatus}), a nomination's ({@code NominationStatus}), a
     * programme proposal's ({@code ProposalStatus}: its DECLINED reads as a nomination's), and a
     * management member's place ({@code ManagementRole}); the registry's catalogue has the pairs' own.
     */
    static final Map<String, String> REQUEST_STATUSES = ordered(
            "PENDING", "на рассмотрении",
            "APPROVED", "удовлетворён",
            "REJECTED", "отклонён",
            "CANCELLED", "снят: пара прекращена",
            "OPEN", "открыт",
            "CLOSED", "закрыт",
            "PROPOSED", "выдвинут",
            "AWARDED", "поощрён",
            "DECLINED", "не поддержан",
            "ACCEPTED", "принято",
            "TEAM", "управленческая команда",
            "RESERVE", "кадровый управленческий резерв");

    /** The registry's kinds of professional difficulty ({@code DifficultyKind}). */
    static final Map<String, String> DIFFICULTIES = ordered(
            "SUBJECT", "предметное",
            "METHODICAL", "методическое");

    public String bank(String code) {
        return switch (code == null ? "" : code) {
            case "mentors" -> "Банк наставников";
            case "mentees" -> "Банк наставляемых";
            case "pairs" -> "Пары и группы";
            default -> "—";
        };
    }

    public String kind(String code) {
        return code == null ? "—" : KINDS.getOrDefault(code, code);
    }

    public String schoolKind(String code) {
        String name = SchoolCard.kind(code);
        return name == null ? (code == null ? "—" : code) : name;
    }

    public String action(String code) {
        return code == null ? "—" : ACTIONS.getOrDefault(code, code);
    }

    public String entity(String code) {
        return code == null ? "—" : ENTITIES.getOrDefault(code, code);
    }

    public String field(String name) {
        return name == null ? "—" : FIELDS.getOrDefault(name, name);
    }

    public Map<String, String> kinds() {
        return KINDS;
    }

    public List<String> schoolKinds() {
        return SCHOOL_KINDS;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
