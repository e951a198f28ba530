package ru.mentoring.registry.exchange;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.upload.RowError;
import ru.mentoring.platform.upload.UploadException;
import ru.mentoring.platform.web.NotFoundException;
import ru.mentoring.registry.audit.AuditLog;
import ru.mentoring.registry.audit.AuditRecord;
import ru.mentoring.registry.audit.Changes;
import ru.mentoring.registry.bank.DifficultyKind;
import ru.mentoring.registry.participant.Participant;
import ru.mentoring.registry.participant.ParticipantKind;
import ru.mentoring.registry.school.School;
import ru.mentoring.registry.school.SchoolService;

/**
 * Importing the bank of mentors or of mentees: every row is checked first; if any row is wrong,
 * nothing is stored and the answer lists every wrong row (line, column, reason). Otherwise all rows
 * are stored in one transaction. A person is identified by school code + key (табельный номер):
 * importing the same file again updates the people instead of adding them twice, and adds only the
 * topics and requests they do not have yet. A column missing from the file leaves that field as it
 * is; an empty cell in a present column clears it.
 */
@Component
class PeopleImport {

    enum Bank {
        MENTORS, MENTEES
    }

    record Result(String bank, int rows, int created, int updated, int unchanged, int topicsAdded, int requestsAdded) {
    }

    private record Topic(String subject, String topic) {
    }

    private record Request(DifficultyKind kind, String subject, String text) {
    }

    /** A valid row, ready to store. */
    private record Person(int line, School school, String key, ParticipantKind kind, String lastName, String firstName,
            String middleName, String subjects, Integer experience, String category, Boolean young, Integer grade,
            List<Topic> topics, Request request) {
    }

    /** What the registry holds for a key. */
    private record Existing(UUID id, ParticipantKind kind, String lastName, String firstName, String middleName, String subjects,
            Integer experience, String category, boolean young, Integer grade, boolean mentorBank, boolean menteeBank) {
    }

    private final SchoolService schools;
    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    PeopleImport(SchoolService schools, JdbcTemplate jdbcTemplate, JdbcClient jdbc, AuditLog audit) {
        this.schools = schools;
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * PostgreSQL's statistics of the banks' tables brought up to date after an import is committed,
     * as its documentation advises after a bulk load: until autovacuum gets to them (a minute or more),
     * the planner takes the thousands of new rows for none and reads a page's topics with a
     * sequential scan (3 ms instead of 0.2). Sampling costs some tens of milliseconds.
     */
    void analyze() {
        jdbc.sql("analyze participant, mentor_topic, mentee_request").update();
    }

    @Transactional
    public Result run(CallerIdentity caller, Bank bank, Table table) {
        Map<List<String>, Integer> col = new LinkedHashMap<>();
        List<RowError> errors = new ArrayList<>();
        for (List<String> required : List.of(Columns.SCHOOL, Columns.KEY, Columns.LAST, Columns.FIRST)) {
            int c = table.column(required);
            if (c < 0) {
                errors.add(new RowError(1, Columns.name(required), "Нет обязательного столбца «" + Columns.name(required) + "»"));
            }
            col.put(required, c);
        }
        List<List<String>> optional = bank == Bank.MENTORS
                ? List.of(Columns.MIDDLE, Columns.KIND, Columns.GRADE, Columns.SUBJECTS, Columns.EXPERIENCE, Columns.CATEGORY,
                        Columns.YOUNG, Columns.TOPICS)
                : List.of(Columns.MIDDLE, Columns.KIND, Columns.GRADE, Columns.SUBJECTS, Columns.EXPERIENCE, Columns.CATEGORY,
                        Columns.YOUNG, Columns.DIFFICULTY_KIND, Columns.DIFFICULTY_SUBJECT, Columns.DIFFICULTY);
        for (List<String> c : optional) {
            col.put(c, table.column(c));
        }
        if (!errors.isEmpty()) {
            throw Table.rejected(table.lines().size(), errors);
        }

        Map<String, School> reachable = new HashMap<>();
        Set<String> unreachable = new HashSet<>();
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        List<Person> people = new ArrayList<>();
        int rows = 0;
        for (Table.Line line : table.lines()) {
            if (line.isEmpty()) {
                continue;
            }
            rows++;
            Person p = parse(caller, bank, line, col, reachable, unreachable, errors);
            if (p == null) {
                continue;
            }
            String identity = identity(p.school().getCode(), p.key());
            Integer first = firstLineOfKey.putIfAbsent(identity, line.number());
            if (first != null) {
                errors.add(new RowError(line.number(), Columns.name(Columns.KEY), "Ключ «" + p.key() + "» школы "
                        + p.school().getCode() + " уже есть в строке " + first));
                continue;
            }
            people.add(p);
        }
        if (rows == 0) {
            throw new UploadException(400, "file", "В файле нет строк с данными под заголовком");
        }
        Map<String, Existing> existing = existing(people);
        for (Person p : people) {
            Existing e = existing.get(identity(p.school().getCode(), p.key()));
            if (e != null && e.kind() != p.kind()) {
                errors.add(new RowError(p.line(), Columns.name(Columns.KIND), "В реестре этот ключ у участника категории «"
                        + e.kind().label() + "»; категорию при импорте не меняют"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Long.compare(a.row(), b.row()));
            throw Table.rejected(rows, errors);
        }
        return store(bank, col, people, existing, rows);
    }

    // ---------------------------------------------------------------- one row

    private Person parse(CallerIdentity caller, Bank bank, Table.Line line, Map<List<String>, Integer> col,
            Map<String, School> reachable, Set<String> unreachable, List<RowError> errors) {
        int n = line.number();
        int before = errors.size();
        String code = line.cell(col.get(Columns.SCHOOL));
        School school = null;
        if (code == null) {
            errors.add(new RowError(n, Columns.name(Columns.SCHOOL), "Укажите код ОО"));
        } else {
            school = school(caller, code, reachable, unreachable);
            if (school == null) {
                errors.add(new RowError(n, Columns.name(Columns.SCHOOL), "Школа с кодом «" + code + "» не найдена среди доступных вам"));
            }
        }
        String key = text(line, col, Columns.KEY, 100, true, n, errors, "Укажите табельный номер или другой ключ участника");
        String last = text(line, col, Columns.LAST, 100, true, n, errors, "Укажите фамилию");
        String first = text(line, col, Columns.FIRST, 100, true, n, errors, "Укажите имя");
        String middle = text(line, col, Columns.MIDDLE, 100, false, n, errors, null);

        Integer grade = number(line, col, Columns.GRADE, 1, 11, n, errors, "Класс — число от 1 до 11");
        ParticipantKind kind;
        String kindText = line.cell(col.get(Columns.KIND));
        if (kindText == null) {
            kind = bank == Bank.MENTEES && grade != null ? ParticipantKind.STUDENT : ParticipantKind.TEACHER;
        } else {
            kind = Columns.kind(kindText);
            if (kind == null) {
                errors.add(new RowError(n, Columns.name(Columns.KIND), "Неизвестная категория «" + kindText
                        + "»: педагог, обучающийся, родитель или представитель организации-партнёра"));
                kind = ParticipantKind.TEACHER;
            } else if (kind == ParticipantKind.PARENT && bank == Bank.MENTEES) {
                errors.add(new RowError(n, Columns.name(Columns.KIND), "Родитель не включается в базу наставляемых"));
            }
        }
        if (kind == ParticipantKind.STUDENT && grade == null && col.get(Columns.GRADE) >= 0 && errors.size() == before) {
            errors.add(new RowError(n, Columns.name(Columns.GRADE), "Для обучающегося укажите класс"));
        }
        String subjects = text(line, col, Columns.SUBJECTS, 500, false, n, errors, null);
        Integer experience = number(line, col, Columns.EXPERIENCE, 0, 60, n, errors, "Стаж — целое число лет от 0 до 60");
        String category = text(line, col, Columns.CATEGORY, 64, false, n, errors, null);
        Boolean young = null;
        String youngText = line.cell(col.get(Columns.YOUNG));
        if (youngText != null) {
            young = Columns.yesNo(youngText);
            if (young == null) {
                errors.add(new RowError(n, Columns.name(Columns.YOUNG), "Ожидается «да» или «нет», а не «" + youngText + "»"));
            } else if (experience != null && young != Participant.youngSpecialist(experience, young)) {
                errors.add(new RowError(n, Columns.name(Columns.YOUNG), "Молодой специалист — стаж до 3 лет, а указан стаж " + experience));
            }
        }

        List<Topic> topics = List.of();
        Request request = null;
        if (bank == Bank.MENTORS) {
            topics = topics(line, col, subjects, n, errors);
        } else {
            request = request(line, col, n, errors);
        }
        if (errors.size() > before || school == null) {
            return null;
        }
        return new Person(n, school, key, kind, last, first, middle, subjects, experience, category, young, grade, topics, request);
    }

    private School school(CallerIdentity caller, String code, Map<String, School> reachable, Set<String> unreachable) {
        if (unreachable.contains(code)) {
            return null;
        }
        School s = reachable.get(code);
        if (s == null) {
            try {
                s = schools.writable(caller, code);
                reachable.put(code, s);
            } catch (NotFoundException | AccessDeniedException e) {
                unreachable.add(code);
            }
        }
        return s;
    }

    private static String text(Table.Line line, Map<List<String>, Integer> col, List<String> column, int max, boolean required,
            int n, List<RowError> errors, String missing) {
        String v = line.cell(col.get(column));
        if (v == null) {
            if (required) {
                errors.add(new RowError(n, Columns.name(column), missing));
            }
            return null;
        }
        if (v.length() > max) {
            errors.add(new RowError(n, Columns.name(column), "Не длиннее " + max + " символов"));
            return null;
        }
        return v;
    }

    private static Integer number(Table.Line line, Map<List<String>, Integer> col, List<String> column, int min, int max, int n,
            List<RowError> errors, String reason) {
        String v = line.cell(col.get(column));
        if (v == null) {
            return null;
        }
        try {
            String digits = v.replace(',', '.');
            double d = Double.parseDouble(digits);
            if (d != Math.rint(d) || d < min || d > max) {
                throw new NumberFormatException();
            }
            return (int) d;
        } catch (NumberFormatException e) {
            errors.add(new RowError(n, Columns.name(column), reason + " (в файле: «" + v + "»)"));
            return null;
        }
    }

    /** «тема; тема» or «предмет: тема», one per «;» or line; without a subject, the first of «Предмет». */
    private static List<Topic> topics(Table.Line line, Map<List<String>, Integer> col, String subjects, int n, List<RowError> errors) {
        String cell = line.cell(col.get(Columns.TOPICS));
        if (cell == null) {
            return List.of();
        }
        String defaultSubject = subjects == null ? null : subjects.split("[,;]")[0].strip();
        List<Topic> out = new ArrayList<>();
        for (String part : cell.split("[;\\n]")) {
            String t = part.strip();
            if (t.isEmpty()) {
                continue;
            }
            String subject = defaultSubject;
            int colon = t.indexOf(':');
            if (colon > 0) {
                subject = t.substring(0, colon).strip();
                t = t.substring(colon + 1).strip();
            }
            if (subject == null || subject.isEmpty()) {
                errors.add(new RowError(n, Columns.name(Columns.TOPICS), "У темы «" + t
                        + "» нет предмета: заполните «Предмет» или пишите «предмет: тема»"));
            } else if (t.isEmpty() || t.length() > 500 || subject.length() > 100) {
                errors.add(new RowError(n, Columns.name(Columns.TOPICS), "Тема пустая или длиннее 500 символов"));
            } else {
                out.add(new Topic(subject, t));
            }
        }
        return out;
    }

    private static Request request(Table.Line line, Map<List<String>, Integer> col, int n, List<RowError> errors) {
        String text = line.cell(col.get(Columns.DIFFICULTY));
        String kindText = line.cell(col.get(Columns.DIFFICULTY_KIND));
        String subject = line.cell(col.get(Columns.DIFFICULTY_SUBJECT));
        if (text == null) {
            if (kindText != null || subject != null) {
                errors.add(new RowError(n, Columns.name(Columns.DIFFICULTY), "Опишите затруднение"));
            }
            return null;
        }
        if (text.length() > 2000) {
            errors.add(new RowError(n, Columns.name(Columns.DIFFICULTY), "Не длиннее 2000 символов"));
            return null;
        }
        DifficultyKind kind = kindText == null ? null : Columns.difficulty(kindText);
        if (kind == null) {
            errors.add(new RowError(n, Columns.name(Columns.DIFFICULTY_KIND), "Укажите вид затруднения: предметное или методическое"));
            return null;
        }
        if (kind == DifficultyKind.SUBJECT && subject == null) {
            errors.add(new RowError(n, Columns.name(Columns.DIFFICULTY_SUBJECT), "Для предметного затруднения укажите предмет"));
            return null;
        }
        if (subject != null && subject.length() > 100) {
            errors.add(new RowError(n, Columns.name(Columns.DIFFICULTY_SUBJECT), "Не длиннее 100 символов"));
            return null;
        }
        return new Request(kind, subject, text);
    }

    // ---------------------------------------------------------------- storing

    private static String identity(String school, String key) {
        return school + "\u0000" + key; // keys compare exactly, as the unique constraint does
    }

    private Map<String, Existing> existing(List<Person> people) {
        Set<String> codes = new HashSet<>();
        people.forEach(p -> codes.add(p.school().getCode()));
        Map<String, Existing> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select id, school_code, external_key, kind, last_name, first_name, middle_name, subjects, experience_years,
                               qualification_category, young_specialist, grade, mentor_bank, mentee_bank
                        from participant where school_code in (:codes)""")
                .param("codes", codes)
                .query((rs, i) -> {
                    out.put(identity(rs.getString("school_code"), rs.getString("external_key")), new Existing(
                            rs.getObject("id", UUID.class), ParticipantKind.valueOf(rs.getString("kind")), rs.getString("last_name"),
                            rs.getString("first_name"), rs.getString("middle_name"), rs.getString("subjects"),
                            (Integer) rs.getObject("experience_years"), rs.getString("qualification_category"),
                            rs.getBoolean("young_specialist"), (Integer) rs.getObject("grade"), rs.getBoolean("mentor_bank"),
                            rs.getBoolean("mentee_bank")));
                    return null;
                }).list();
        return out;
    }

    private Result store(Bank bank, Map<List<String>, Integer> col, List<Person> people, Map<String, Existing> existing, int rows) {
        boolean hasSubjects = col.get(Columns.SUBJECTS) >= 0;
        boolean hasExperience = col.get(Columns.EXPERIENCE) >= 0;
        boolean hasCategory = col.get(Columns.CATEGORY) >= 0;
        boolean hasYoung = col.get(Columns.YOUNG) >= 0;
        boolean hasGrade = col.get(Columns.GRADE) >= 0;
        boolean hasMiddle = col.get(Columns.MIDDLE) >= 0;
        boolean mentors = bank == Bank.MENTORS;

        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<AuditRecord> entries = new ArrayList<>();
        Map<UUID, Person> idOf = new LinkedHashMap<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Person p : people) {
            Existing e = existing.get(identity(p.school().getCode(), p.key()));
            // the participant's rules, as through the API: only a teacher has a teaching profile, only a student a grade
            boolean teacher = p.kind().hasTeachingProfile();
            String subjects = teacher ? p.subjects() : null;
            Integer experience = teacher ? p.experience() : null;
            String category = teacher ? p.category() : null;
            Integer grade = p.kind().hasGrade() ? p.grade() : null;
            if (e == null) {
                UUID id = UUID.randomUUID();
                boolean young = teacher && Participant.youngSpecialist(experience, Boolean.TRUE.equals(p.young()));
                inserts.add(new Object[] {id, p.school().getCode(), p.key(), p.kind().name(), p.lastName(), p.firstName(), p.middleName(),
                        subjects, experience, category, young, grade, mentors, !mentors});
                entries.add(AuditRecord.of(p.school().getMunicipalityCode(), List.of(p.school().getCode()), "PARTICIPANT", id,
                        "PARTICIPANT_IMPORTED", Changes.of().created("externalKey", p.key()).created("kind", p.kind())
                                .created("lastName", p.lastName()).created("firstName", p.firstName())
                                .created("middleName", p.middleName()).created("subjects", subjects)
                                .created("experienceYears", experience).created("qualificationCategory", category)
                                .created("youngSpecialist", young ? Boolean.TRUE : null).created("grade", grade)));
                idOf.put(id, p);
                created++;
                continue;
            }
            String middle = hasMiddle ? p.middleName() : e.middleName();
            String newSubjects = teacher && hasSubjects ? subjects : e.subjects();
            Integer newExperience = teacher && hasExperience ? experience : e.experience();
            String newCategory = teacher && hasCategory ? category : e.category();
            Integer newGrade = p.kind().hasGrade() && hasGrade ? grade : e.grade();
            boolean young = teacher
                    ? Participant.youngSpecialist(newExperience, hasYoung && p.young() != null ? p.young() : e.young())
                    : e.young();
            Changes changes = Changes.of().field("lastName", e.lastName(), p.lastName()).field("firstName", e.firstName(), p.firstName())
                    .field("middleName", e.middleName(), middle).field("subjects", e.subjects(), newSubjects)
                    .field("experienceYears", e.experience(), newExperience).field("qualificationCategory", e.category(), newCategory)
                    .field("youngSpecialist", e.young(), young).field("grade", e.grade(), newGrade)
                    .field(mentors ? "mentorBank" : "menteeBank", mentors ? e.mentorBank() : e.menteeBank(), true);
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                updates.add(new Object[] {p.lastName(), p.firstName(), middle, newSubjects, newExperience, newCategory, young, newGrade,
                        mentors || e.mentorBank(), !mentors || e.menteeBank(), e.id()});
                entries.add(AuditRecord.of(p.school().getMunicipalityCode(), List.of(p.school().getCode()), "PARTICIPANT", e.id(),
                        "PARTICIPANT_UPDATED", changes));
                updated++;
            }
            idOf.put(e.id(), p);
        }
        jdbcTemplate.batchUpdate("""
                insert into participant (id, school_code, external_key, kind, last_name, first_name, middle_name, subjects,
                  experience_years, qualification_category, young_specialist, grade, mentor_bank, mentee_bank)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        jdbcTemplate.batchUpdate("""
                update participant set last_name = ?, first_name = ?, middle_name = ?, subjects = ?, experience_years = ?,
                  qualification_category = ?, young_specialist = ?, grade = ?, mentor_bank = ?, mentee_bank = ?, updated_at = now()
                where id = ?""", updates);
        int added = mentors ? storeTopics(idOf, entries) : storeRequests(idOf, entries);
        audit.recordAll(entries);
        return new Result(mentors ? "mentors" : "mentees", rows, created, updated, unchanged, mentors ? added : 0, mentors ? 0 : added);
    }

    private int storeTopics(Map<UUID, Person> people, List<AuditRecord> entries) {
        Set<String> have = known("select participant_id, lower(subject) || chr(31) || lower(topic) from mentor_topic where participant_id in (:ids)",
                people.keySet());
        List<Object[]> rows = new ArrayList<>();
        // one transaction has one now(): the times step by a microsecond to keep the file's order
        OffsetDateTime at = OffsetDateTime.now();
        people.forEach((id, p) -> {
            for (Topic t : p.topics()) {
                if (have.add(id + "\u001F" + t.subject().toLowerCase(Locale.ROOT) + "\u001F" + t.topic().toLowerCase(Locale.ROOT))) {
                    UUID topicId = UUID.randomUUID();
                    rows.add(new Object[] {topicId, p.school().getCode(), id, t.subject(), t.topic(), at.plusNanos(1000L * rows.size())});
                    entries.add(AuditRecord.of(p.school().getMunicipalityCode(), List.of(p.school().getCode()), "MENTOR_TOPIC", topicId,
                            "MENTOR_TOPIC_IMPORTED", Changes.of().created("participantId", id).created("subject", t.subject())
                                    .created("topic", t.topic())));
                }
            }
        });
        jdbcTemplate.batchUpdate("insert into mentor_topic (id, school_code, participant_id, subject, topic, created_at) values (?, ?, ?, ?, ?, ?)",
                rows);
        return rows.size();
    }

    private int storeRequests(Map<UUID, Person> people, List<AuditRecord> entries) {
        Set<String> have = known("""
                select participant_id, difficulty_kind || chr(31) || lower(coalesce(subject, '')) || chr(31) || lower(text)
                from mentee_request where participant_id in (:ids)""", people.keySet());
        List<Object[]> rows = new ArrayList<>();
        OffsetDateTime at = OffsetDateTime.now();
        people.forEach((id, p) -> {
            Request r = p.request();
            if (r != null && have.add(id + "\u001F" + r.kind().name() + "\u001F" + (r.subject() == null ? "" : r.subject().toLowerCase(Locale.ROOT))
                    + "\u001F" + r.text().toLowerCase(Locale.ROOT))) {
                UUID requestId = UUID.randomUUID();
                rows.add(new Object[] {requestId, p.school().getCode(), id, r.kind().name(), r.subject(), r.text(),
                        at.plusNanos(1000L * rows.size())});
                entries.add(AuditRecord.of(p.school().getMunicipalityCode(), List.of(p.school().getCode()), "MENTEE_REQUEST", requestId,
                        "MENTEE_REQUEST_IMPORTED", Changes.of().created("participantId", id).created("difficultyKind", r.kind())
                                .created("subject", r.subject()).created("text", r.text())));
            }
        });
        jdbcTemplate.batchUpdate("""
                insert into mentee_request (id, school_code, participant_id, difficulty_kind, subject, text, status, created_at)
                values (?, ?, ?, ?, ?, ?, 'OPEN', ?)""", rows);
        return rows.size();
    }

    /** "participantId␟rest" (unit separator) of what the people already have. */
    private Set<String> known(String sql, Collection<UUID> ids) {
        Set<String> out = new HashSet<>();
        List<UUID> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 5000) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 5000));
            jdbc.sql(sql).param("ids", chunk).query((rs, i) -> out.add(rs.getObject(1, UUID.class) + "\u001F" + rs.getString(2))).list();
        }
        return out;
    }
}
