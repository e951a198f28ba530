package ru.mentoring.registry.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.upload.RowError;
import ru.mentoring.platform.upload.UploadException;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.registry.pair.InteractionModel;
import ru.mentoring.registry.pair.MentoringForm;
import ru.mentoring.registry.pair.PairKind;
import ru.mentoring.registry.pair.PairRequests;
import ru.mentoring.registry.pair.PairForming;

/**
 * Importing the bank of pairs: each row is a pair formed exactly as through the API
 * ({@link PairForming#create}, with every rule: consents, model of the form, dates, a mentee in one
 * active pair per form, tenancy). People are named by school code + key. All rows are tried in
 * one transaction; if any is refused, the transaction is rolled back, so nothing is stored, and
 * the answer lists every refused row. A row whose pair is already in the registry (same mentor,
 * order number, form and mentees) is skipped, so importing the same file twice forms no pair twice.
 */
@Component
class PairImport {

    record Result(String bank, int rows, int created, int unchanged) {
    }

    static final List<String> FORM = List.of("Форма", "Форма наставничества");
    static final List<String> MODEL = List.of("Модель взаимодействия", "Модель");
    static final List<String> KIND = List.of("Вид", "Вид наставничества");
    static final List<String> ORDER = List.of("Приказ №", "Номер приказа", "Приказ");
    static final List<String> ORDER_DATE = List.of("Дата приказа");
    static final List<String> START = List.of("Начало", "Дата начала");
    static final List<String> END = List.of("Окончание", "Дата окончания программы");
    static final List<String> MENTOR_SCHOOL = List.of("Наставник: код ОО");
    static final List<String> MENTOR_KEY = List.of("Наставник: табельный номер/ключ", "Наставник: ключ");
    static final List<String> MENTEE_SCHOOL = List.of("Наставляемые: код ОО", "Наставляемый: код ОО");
    static final List<String> MENTEE_KEY = List.of("Наставляемые: табельный номер/ключ", "Наставляемый: табельный номер/ключ",
            "Наставляемые: ключ");

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("dd.MM.yyyy"),
            DateTimeFormatter.ofPattern("d.M.yyyy"), DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("M/d/yy"),
            DateTimeFormatter.ofPattern("M/d/yyyy"));

    private final PairForming pairs;
    private final JdbcClient jdbc;

    PairImport(PairForming pairs, JdbcClient jdbc) {
        this.pairs = pairs;
        this.jdbc = jdbc;
    }

    private record Parsed(int line, PairRequests.Create request, Set<UUID> members) {
    }

    @Transactional
    public Result run(CallerIdentity caller, Table table) {
        List<List<String>> required = List.of(FORM, MODEL, KIND, ORDER, ORDER_DATE, START, END, MENTOR_SCHOOL, MENTOR_KEY,
                MENTEE_SCHOOL, MENTEE_KEY);
        Map<List<String>, Integer> col = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        for (List<String> c : required) {
            int i = table.column(c);
            if (i < 0) {
                errors.add(new RowError(1, c.get(0), "Нет обязательного столбца «" + c.get(0) + "»"));
            }
            col.put(c, i);
        }
        if (!errors.isEmpty()) {
            throw Table.rejected(table.lines().size(), errors);
        }
        Map<String, UUID> people = people(caller, table, col);
        List<Parsed> parsed = new ArrayList<>();
        int rows = 0;
        for (Table.Line line : table.lines()) {
            if (line.isEmpty()) {
                continue;
            }
            rows++;
            Parsed p = parse(line, col, people, errors);
            if (p != null) {
                parsed.add(p);
            }
        }
        if (rows == 0) {
            throw new UploadException(400, "file", "В файле нет строк с данными под заголовком");
        }
        Set<String> seen = new HashSet<>();
        int created = 0;
        int unchanged = 0;
        for (Parsed p : parsed) {
            String identity = identity(p.request().mentorId(), p.request().orderNumber(), p.request().form(), p.members());
            if (!seen.add(identity)) {
                errors.add(new RowError(p.line(), ORDER.get(0), "Эта пара уже есть выше в файле"));
                continue;
            }
            if (exists(p)) {
                unchanged++;
                continue;
            }
            try {
                pairs.create(caller, p.request());
                created++;
            } catch (DomainRuleException e) {
                // the transaction is now rollback-only: the other rows are still tried, to report them all
                for (DomainRuleException.Violation v : e.violations()) {
                    errors.add(new RowError(p.line(), column(v.field()), v.reason()));
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Long.compare(a.row(), b.row()));
            throw Table.rejected(rows, errors);
        }
        return new Result("pairs", rows, created, unchanged);
    }

    private Parsed parse(Table.Line line, Map<List<String>, Integer> col, Map<String, UUID> people, List<RowError> errors) {
        int n = line.number();
        int before = errors.size();
        MentoringForm form = form(line.cell(col.get(FORM)));
        if (form == null) {
            errors.add(new RowError(n, FORM.get(0), "Неизвестная форма «" + line.cell(col.get(FORM)) + "»"));
        }
        InteractionModel model = null;
        String modelText = line.cell(col.get(MODEL));
        if (form != null) {
            model = model(form, modelText);
            if (model == null) {
                errors.add(new RowError(n, MODEL.get(0), "Модель «" + modelText + "» не относится к форме «" + form.label() + "»"));
            }
        }
        PairKind kind = kind(line.cell(col.get(KIND)));
        if (kind == null) {
            errors.add(new RowError(n, KIND.get(0), "Неизвестный вид «" + line.cell(col.get(KIND))
                    + "»: виртуальное, в группе, краткосрочное или традиционное"));
        }
        String order = line.cell(col.get(ORDER));
        if (order == null || order.length() > 100) {
            errors.add(new RowError(n, ORDER.get(0), "Укажите номер приказа о закреплении (до 100 символов)"));
        }
        LocalDate orderDate = date(line, col, ORDER_DATE, n, errors);
        LocalDate start = date(line, col, START, n, errors);
        LocalDate end = date(line, col, END, n, errors);
        UUID mentor = person(line.cell(col.get(MENTOR_SCHOOL)), line.cell(col.get(MENTOR_KEY)), people, n, MENTOR_KEY.get(0), errors);
        List<String> menteeSchools = split(line.cell(col.get(MENTEE_SCHOOL)));
        List<String> menteeKeys = split(line.cell(col.get(MENTEE_KEY)));
        List<UUID> mentees = new ArrayList<>();
        if (menteeKeys.isEmpty()) {
            errors.add(new RowError(n, MENTEE_KEY.get(0), "Укажите наставляемых (ключи через «;»)"));
        } else if (menteeSchools.size() != 1 && menteeSchools.size() != menteeKeys.size()) {
            errors.add(new RowError(n, MENTEE_SCHOOL.get(0), "Укажите один код ОО для всех наставляемых или по коду на каждого"));
        } else {
            for (int i = 0; i < menteeKeys.size(); i++) {
                String school = menteeSchools.size() == 1 ? menteeSchools.get(0) : menteeSchools.get(i);
                UUID id = person(school, menteeKeys.get(i), people, n, MENTEE_KEY.get(0), errors);
                if (id != null) {
                    mentees.add(id);
                }
            }
        }
        if (errors.size() > before) {
            return null;
        }
        Set<UUID> members = new TreeSet<>(mentees);
        members.add(mentor);
        return new Parsed(n, new PairRequests.Create(mentor, mentees, form, model, kind, order, orderDate, start, end), members);
    }

    /** school code + key -> id of every person the file names that the caller may see. */
    private Map<String, UUID> people(CallerIdentity caller, Table table, Map<List<String>, Integer> col) {
        Set<String> codes = new HashSet<>();
        for (Table.Line line : table.lines()) {
            String s = line.cell(col.get(MENTOR_SCHOOL));
            if (s != null) {
                codes.add(s);
            }
            codes.addAll(split(line.cell(col.get(MENTEE_SCHOOL))));
        }
        Map<String, UUID> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        String scope;
        Map<String, Object> params = new HashMap<>();
        params.put("codes", codes);
        CallerScope reach = CallerScope.forWriting(caller);
        if (!(reach instanceof CallerScope.Municipality || reach instanceof CallerScope.School)) {
            return out;
        }
        CallerScope.SqlCondition condition = reach.namedCondition("p.school_code", "s.municipality_code");
        scope = " and " + condition.sql();
        params.putAll(condition.named());
        JdbcClient.StatementSpec spec = jdbc.sql("select p.id, p.school_code, p.external_key from participant p join school s "
                + "on s.code = p.school_code where p.school_code in (:codes)" + scope);
        for (Map.Entry<String, Object> e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        spec.query((rs, i) -> out.put(rs.getString(2) + "\u0000" + rs.getString(3), rs.getObject(1, UUID.class))).list();
        return out;
    }

    private static UUID person(String school, String key, Map<String, UUID> people, int n, String column, List<RowError> errors) {
        if (school == null || key == null) {
            errors.add(new RowError(n, column, "Укажите код ОО и табельный номер/ключ участника"));
            return null;
        }
        UUID id = people.get(school + "\u0000" + key);
        if (id == null) {
            errors.add(new RowError(n, column, "Участник «" + key + "» школы «" + school + "» не найден среди доступных вам"));
        }
        return id;
    }

    private boolean exists(Parsed p) {
        List<UUID> candidates = jdbc.sql("""
                        select mp.id from mentoring_pair mp join pair_member m on m.pair_id = mp.id and m.role = 'MENTOR'
                        where m.participant_id = :mentor and mp.order_number = :order and mp.form = :form""")
                .param("mentor", p.request().mentorId()).param("order", p.request().orderNumber())
                .param("form", p.request().form().name()).query(UUID.class).list();
        for (UUID pair : candidates) {
            Set<UUID> members = new TreeSet<>(jdbc.sql("select participant_id from pair_member where pair_id = :id")
                    .param("id", pair).query(UUID.class).list());
            if (members.equals(p.members())) {
                return true;
            }
        }
        return false;
    }

    private static String identity(UUID mentor, String order, MentoringForm form, Set<UUID> members) {
        return mentor + "|" + order + "|" + form + "|" + members;
    }

    private static String column(String field) {
        if (field == null) {
            return ORDER.get(0);
        }
        if (field.startsWith("menteeIds")) {
            return MENTEE_KEY.get(0);
        }
        return switch (field) {
            case "mentorId" -> MENTOR_KEY.get(0);
            case "form" -> FORM.get(0);
            case "interactionModel" -> MODEL.get(0);
            case "kind" -> KIND.get(0);
            case "orderDate" -> ORDER_DATE.get(0);
            case "startDate" -> START.get(0);
            case "endDate" -> END.get(0);
            default -> ORDER.get(0);
        };
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        if (cell != null) {
            for (String part : cell.split("[;\\n]")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    private static LocalDate date(Table.Line line, Map<List<String>, Integer> col, List<String> column, int n, List<RowError> errors) {
        String v = line.cell(col.get(column));
        if (v == null) {
            errors.add(new RowError(n, column.get(0), "Укажите дату"));
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException e) {
                // the next pattern
            }
        }
        errors.add(new RowError(n, column.get(0), "Дата «" + v + "» не распознана: ожидается ДД.ММ.ГГГГ"));
        return null;
    }

    private static String dashes(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s*[–—-]\\s*", " – ").replaceAll("\\s+", " ").strip();
    }

    static MentoringForm form(String text) {
        if (text == null) {
            return null;
        }
        for (MentoringForm f : MentoringForm.values()) {
            if (f.name().equalsIgnoreCase(text.strip()) || dashes(f.label()).equals(dashes(text))) {
                return f;
            }
        }
        return null;
    }

    static InteractionModel model(MentoringForm form, String text) {
        if (text == null) {
            return null;
        }
        for (InteractionModel m : InteractionModel.of(form)) {
            if (m.name().equalsIgnoreCase(text.strip()) || dashes(m.label()).equals(dashes(text))) {
                return m;
            }
        }
        return null;
    }

    static PairKind kind(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (PairKind k : PairKind.values()) {
            if (k.name().equalsIgnoreCase(t) || dashes(k.label()).equals(dashes(t))) {
                return k;
            }
        }
        if (t.startsWith("виртуал") || t.startsWith("дистанц")) {
            return PairKind.VIRTUAL;
        }
        if (t.startsWith("в групп") || t.startsWith("группов")) {
            return PairKind.GROUP;
        }
        if (t.startsWith("краткосроч") || t.startsWith("целеполаг")) {
            return PairKind.SHORT_TERM;
        }
        if (t.startsWith("традиц") || t.contains("один на один")) {
            return PairKind.TRADITIONAL;
        }
        return null;
    }
}
