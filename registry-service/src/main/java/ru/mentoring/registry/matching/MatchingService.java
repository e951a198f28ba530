package ru.mentoring.registry.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.registry.bank.BankSearch;
import ru.mentoring.registry.bank.BankService;
import ru.mentoring.registry.bank.BankViews.TopicView;
import ru.mentoring.registry.bank.DifficultyKind;
import ru.mentoring.registry.bank.MenteeRequest;
import ru.mentoring.registry.matching.MentorMatcher.Candidate;
import ru.mentoring.registry.matching.MentorMatcher.Suggestion;
import ru.mentoring.registry.pair.PairStatus;
import ru.mentoring.registry.participant.Participant;
import ru.mentoring.registry.participant.ParticipantKind;
import ru.mentoring.registry.participant.ParticipantService;
import ru.mentoring.registry.school.School;
import ru.mentoring.registry.school.SchoolService;

/**
 * Suggested mentors for a mentee's request: the candidates are the bank of mentors within the
 * caller's reach (a school administrator: their school; the coordinator: the municipality), the
 * ranking is {@link MentorMatcher}'s.
 */
@Service
class MatchingService {


    private final BankService bank;
    private final BankSearch search;
    private final ParticipantService participants;
    private final SchoolService schools;
    private final SchoolClassifications classifications;
    private final JdbcClient jdbc;
    private final Clock clock;

    MatchingService(BankService bank, BankSearch search, ParticipantService participants, SchoolService schools,
            SchoolClassifications classifications, JdbcClient jdbc, Clock clock) {
        this.bank = bank;
        this.search = search;
        this.participants = participants;
        this.schools = schools;
        this.classifications = classifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    MatchingViews.Answer suggest(CallerIdentity caller, UUID requestId, Integer year, int limit) {
        MenteeRequest request = bank.request(caller, requestId);
        Participant mentee = participants.one(caller, request.getParticipantId());
        School school = schools.readable(caller, mentee.getSchoolCode());

        List<Row> rows = candidates(caller, school, mentee, request);
        Map<UUID, List<TopicView>> topics = search.topicsOf(rows.stream().map(Row::id).toList());

        int asked = year == null ? LocalDate.now(clock).getYear() : year;
        SchoolClassifications.Latest latest = classifications.latest(asked);
        Optional<SchoolClassifications.Classification> classification = latest.classification();
        Map<String, Set<String>> statuses = classification.map(SchoolClassifications.Classification::statusesBySchool).orElse(Map.of());

        List<Candidate> candidates = new ArrayList<>();
        Map<UUID, Row> byId = new HashMap<>();
        for (Row r : rows) {
            byId.put(r.id(), r);
            candidates.add(new Candidate(r.id(), r.lastName() + " " + r.firstName(), r.schoolCode(), r.subjects(),
                    topics.getOrDefault(r.id(), List.of()).stream().map(t -> new MentorMatcher.Topic(t.subject(), t.topic())).toList(),
                    r.activePairs(), r.experienceYears(), r.consent(), statuses.get(r.schoolCode())));
        }
        MentorMatcher.Need need = new MentorMatcher.Need(request.getDifficultyKind() == DifficultyKind.METHODICAL,
                request.getSubject(), request.getText(), mentee.getSchoolCode());
        List<Suggestion> ranked = MentorMatcher.rank(need, candidates, classification.isPresent());

        List<MatchingViews.Suggested> out = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, ranked.size()); i++) {
            Suggestion s = ranked.get(i);
            Row r = byId.get(s.candidate().id());
            out.add(new MatchingViews.Suggested(i + 1, s.score(), new MatchingViews.Mentor(r.id(), r.schoolCode(), r.schoolShortName(),
                    r.lastName(), r.firstName(), r.middleName(), r.subjectsText(), r.experienceYears(), r.category(),
                    r.youngSpecialist(), r.activePairs(), r.consent(), topics.getOrDefault(r.id(), List.of())),
                    classification.isPresent() ? List.copyOf(s.candidate().schoolStatuses()).stream().sorted().toList() : null,
                    s.reasons()));
        }
        String note = classification.map(c -> "Учтена классификация школ за " + c.year() + " год: наставники из эффективных школ "
                        + "и школ со стабильно высокими результатами получают преимущество")
                .orElse(latest.unavailable()
                        ? "Сервис индексов не ответил: классификация школ временно недоступна, подбор без учёта статуса школы наставника"
                        : "Классификации школ за " + (asked - 1) + "–" + asked + " годы нет: подбор без учёта статуса школы наставника");
        return new MatchingViews.Answer(new MatchingViews.RequestSummary(request.getId(), request.getDifficultyKind(),
                request.getDifficultyKind().label(), request.getSubject(), request.getText(), mentee.getId(),
                mentee.getLastName(), mentee.getFirstName(), mentee.getSchoolCode()),
                new MatchingViews.ClassificationUse(classification.isPresent(), classification.map(SchoolClassifications.Classification::year)
                        .orElse(null), latest.unavailable(), note),
                ranked.size(), out);
    }

    record Row(UUID id, String schoolCode, String schoolShortName, String lastName, String firstName, String middleName,
            String subjectsText, Integer experienceYears, String category, boolean youngSpecialist, int activePairs,
            boolean consent) {

        List<String> subjects() {
            return subjectsText == null ? List.of()
                    : Arrays.stream(subjectsText.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** The bank of mentors within reach, by subject when the request names one. */
    private List<Row> candidates(CallerIdentity caller, School school, Participant mentee, MenteeRequest request) {
        // several mentors for one mentee: a second one is sought beside the first, never the same person again
        StringBuilder where = new StringBuilder(" where p.mentor_bank and p.id <> :mentee and not exists (select 1 from pair_member mm"
                + " join pair_member me on me.pair_id = mm.pair_id and me.participant_id = :mentee and me.role = 'MENTEE'"
                + " join mentoring_pair mp on mp.id = mm.pair_id and mp.status in (" + PairStatus.ACTIVE_SQL_LIST + ")"
                + " where mm.participant_id = p.id and mm.role = 'MENTOR')");
        Map<String, Object> params = new HashMap<>();
        params.put("mentee", mentee.getId());
        if (CallerScope.forWriting(caller) instanceof CallerScope.School) {
            where.append(" and p.school_code = :school");
            params.put("school", school.getCode());
        } else {
            where.append(" and s.municipality_code = :municipality");
            params.put("municipality", school.getMunicipalityCode());
        }
        // a teacher is mentored by teachers; a student by teachers, older students, partners or parents
        List<String> kinds = mentee.getKind() == ParticipantKind.TEACHER ? List.of("TEACHER")
                : List.of("TEACHER", "STUDENT", "PARTNER", "PARENT");
        where.append(" and p.kind in (:kinds)");
        params.put("kinds", kinds);
        if (request.getSubject() != null) {
            where.append(" and (lower(p.subjects) like :subjectLike escape '\\'"
                    + " or exists (select 1 from mentor_topic t where t.participant_id = p.id and lower(t.subject) = :subject))");
            String subject = request.getSubject().toLowerCase();
            params.put("subject", subject);
            params.put("subjectLike", "%" + subject.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        JdbcClient.StatementSpec spec = jdbc.sql("""
                select p.id, p.school_code, s.short_name, p.last_name, p.first_name, p.middle_name, p.subjects,
                       p.experience_years, p.qualification_category, p.young_specialist,
                       exists (select 1 from consent c where c.participant_id = p.id and c.withdrawn_on is null) as consent,
                       (select count(*) from pair_member m join mentoring_pair mp on mp.id = m.pair_id
                         where m.participant_id = p.id and m.role = 'MENTOR' and mp.status in (%s)) as active_pairs
                from participant p join school s on s.code = p.school_code""".formatted(PairStatus.ACTIVE_SQL_LIST) + where
                + " order by p.last_name, p.first_name, p.id limit 2000");
        for (Map.Entry<String, Object> e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("school_code"), rs.getString("short_name"),
                rs.getString("last_name"), rs.getString("first_name"), rs.getString("middle_name"), rs.getString("subjects"),
                (Integer) rs.getObject("experience_years"), rs.getString("qualification_category"), rs.getBoolean("young_specialist"),
                rs.getInt("active_pairs"), rs.getBoolean("consent"))).list();
    }
}
