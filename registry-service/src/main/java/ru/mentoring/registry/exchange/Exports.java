package ru.mentoring.registry.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.registry.bank.BankSearch;
import ru.mentoring.registry.bank.BankViews.MenteeEntry;
import ru.mentoring.registry.bank.BankViews.MentorEntry;
import ru.mentoring.registry.bank.BankViews.RequestView;
import ru.mentoring.registry.bank.MenteeRequestStatus;
import ru.mentoring.registry.pair.PairReading;
import ru.mentoring.registry.pair.PairViews.MemberView;
import ru.mentoring.registry.pair.PairViews.PairView;
import ru.mentoring.registry.participant.ParticipantKind;

/**
 * The three banks as tables. The people files can be imported back as they are (the columns the
 * import does not take — school name, consent, load, status — are ignored). A school
 * administrator's bank of pairs shows the other school's member of a cross-school pair as name and
 * school only, as the API does.
 */
@Component
class Exports {

    record Export(String sheet, List<String> header, List<List<Object>> rows) {
    }

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final BankSearch search;
    private final PairReading pairs;

    Exports(BankSearch search, PairReading pairs) {
        this.search = search;
        this.pairs = pairs;
    }

    Export mentors(CallerIdentity caller, String school) {
        List<MentorEntry> all = search.mentors(caller, new BankSearch.Filter(school, null, null, null, null, null), 0, 1_000_000).items();
        List<String> header = names(Columns.SCHOOL, Columns.SCHOOL_NAME, Columns.KEY, Columns.LAST, Columns.FIRST, Columns.MIDDLE,
                Columns.KIND, Columns.SUBJECTS, Columns.EXPERIENCE, Columns.CATEGORY, Columns.YOUNG, Columns.TOPICS, Columns.CONSENT,
                Columns.ACTIVE_PAIRS, Columns.STATUS);
        List<List<Object>> rows = new ArrayList<>();
        for (MentorEntry m : all) {
            rows.add(row(m.schoolCode(), m.schoolShortName(), m.externalKey(), m.lastName(), m.firstName(), m.middleName(),
                    m.kind().label(), m.subjects(), m.experienceYears(), m.qualificationCategory(),
                    Columns.yesNo(m.youngSpecialist()),
                    m.topics().stream().map(t -> t.subject() + ": " + t.topic()).collect(Collectors.joining("; ")),
                    m.consentInForce() ? "действует" : "нет", m.activePairs(), m.statusLabel()));
        }
        return new Export("База наставников", header, rows);
    }

    Export mentees(CallerIdentity caller, String school) {
        List<MenteeEntry> all = search.mentees(caller, new BankSearch.Filter(school, null, null, null, null, null), 0, 1_000_000).items();
        List<String> header = names(Columns.SCHOOL, Columns.SCHOOL_NAME, Columns.KEY, Columns.LAST, Columns.FIRST, Columns.MIDDLE,
                Columns.KIND, Columns.GRADE, Columns.SUBJECTS, Columns.EXPERIENCE, Columns.CATEGORY, Columns.YOUNG,
                Columns.DIFFICULTY_KIND, Columns.DIFFICULTY_SUBJECT, Columns.DIFFICULTY, Columns.CONSENT, Columns.ACTIVE_PAIRS,
                Columns.STATUS);
        List<List<Object>> rows = new ArrayList<>();
        for (MenteeEntry m : all) {
            RequestView r = latest(m.requests());
            rows.add(row(m.schoolCode(), m.schoolShortName(), m.externalKey(), m.lastName(), m.firstName(), m.middleName(),
                    m.kind().label(), m.grade(), m.subjects(), m.experienceYears(), m.qualificationCategory(),
                    m.kind() == ParticipantKind.STUDENT ? null : Columns.yesNo(m.youngSpecialist()),
                    r == null ? null : r.difficultyKindLabel(), r == null ? null : r.subject(), r == null ? null : r.text(),
                    m.consentInForce() ? "действует" : "нет", m.activePairs(), m.statusLabel()));
        }
        return new Export("База наставляемых", header, rows);
    }

    Export pairs(CallerIdentity caller, String school) {
        List<String> header = List.of("Форма", "Модель взаимодействия", "Вид", "Статус", "Приказ №", "Дата приказа", "Начало",
                "Окончание", "Наставник: код ОО", "Наставник: ОО", "Наставник: табельный номер/ключ", "Наставник: ФИО",
                "Наставляемые: код ОО", "Наставляемые: ОО", "Наставляемые: табельный номер/ключ", "Наставляемые: ФИО",
                "Межшкольная", "Причина прекращения", "Дата окончания", "Сформирована");
        List<List<Object>> rows = new ArrayList<>();
        for (PairView p : pairs.all(caller, school)) {
            List<MemberView> mentees = p.mentees();
            rows.add(row(p.formLabel(), p.interactionModelLabel(), p.kindLabel(), p.statusLabel(), p.orderNumber(),
                    date(p.orderDate()), date(p.startDate()), date(p.endDate()), p.mentor().schoolCode(), p.mentor().schoolShortName(),
                    p.mentor().externalKey(), fio(p.mentor()), join(mentees, MemberView::schoolCode), join(mentees, MemberView::schoolShortName),
                    join(mentees, MemberView::externalKey), join(mentees, Exports::fio), Columns.yesNo(p.crossSchool()),
                    p.terminationReasonLabel(), date(p.endedOn()), p.createdBy()));
        }
        return new Export("Банк пар", header, rows);
    }

    private static RequestView latest(List<RequestView> requests) {
        for (int i = requests.size() - 1; i >= 0; i--) {
            if (requests.get(i).status() == MenteeRequestStatus.OPEN) {
                return requests.get(i);
            }
        }
        return requests.isEmpty() ? null : requests.get(requests.size() - 1);
    }

    private static String fio(MemberView m) {
        return m.lastName() + " " + m.firstName() + (m.middleName() == null ? "" : " " + m.middleName());
    }

    private static String join(List<MemberView> members, Function<MemberView, String> part) {
        return members.stream().map(m -> {
            String v = part.apply(m);
            return v == null ? "—" : v;
        }).collect(Collectors.joining("; "));
    }

    private static String date(LocalDate d) {
        return d == null ? null : RU_DATE.format(d);
    }

    @SafeVarargs
    private static List<String> names(List<String>... columns) {
        List<String> out = new ArrayList<>();
        for (List<String> c : columns) {
            out.add(Columns.name(c));
        }
        return out;
    }

    private static List<Object> row(Object... values) {
        List<Object> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add(v);
        }
        return out;
    }
}
