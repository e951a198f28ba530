package ru.mentoring.registry.recognition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.NotFoundException;
import ru.mentoring.registry.audit.AuditLog;
import ru.mentoring.registry.audit.AuditRecord;
import ru.mentoring.registry.audit.Changes;
import ru.mentoring.registry.pair.MentoringPair;
import ru.mentoring.registry.pair.PairAccess;
import ru.mentoring.registry.participant.Participant;
import ru.mentoring.registry.participant.ParticipantKind;
import ru.mentoring.registry.participant.ParticipantService;
import ru.mentoring.registry.school.School;
import ru.mentoring.registry.school.SchoolService;

/**
 * Nominations and decisions. A school administrator nominates their own school's mentors and pairs (a pair belongs to
 * its mentor's school, as the mentor's agreement does); the coordinator nominates for any school of the municipality
 * and alone decides. Another school's nomination is "not found", like everything else.
 */
@Service
class RecognitionService {

    private final NominationRepository nominations;
    private final ParticipantService participants;
    private final PairAccess pairs;
    private final SchoolService schools;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    RecognitionService(NominationRepository nominations, ParticipantService participants, PairAccess pairs, SchoolService schools,
            AuditLog audit, JdbcClient jdbc) {
        this.nominations = nominations;
        this.participants = participants;
        this.pairs = pairs;
        this.schools = schools;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional
    NominationView nominate(CallerIdentity caller, RecognitionRequests.Nominate body) {
        RecognitionKind kind = body.kind();
        UUID participantId = null;
        UUID pairId = null;
        String schoolCode;
        if (kind.nominee() == RecognitionKind.Nominee.PAIR) {
            if (body.pairId() == null || body.participantId() != null) {
                throw DomainRuleException.unprocessable("pairId", "В номинации «Лучшая пара» выдвигается пара (группа)");
            }
            MentoringPair pair = pairs.readable(caller, body.pairId());
            pairId = pair.getId();
            schoolCode = pair.mentorSchoolCode();
        } else {
            if (body.participantId() == null || body.pairId() != null) {
                throw DomainRuleException.unprocessable("participantId", "В этой номинации выдвигается наставник");
            }
            Participant p = participants.one(caller, body.participantId());
            if (!isMentor(p)) {
                throw DomainRuleException.unprocessable("participantId", "Выдвигается только наставник: участник не в базе наставников и не наставник пары");
            }
            if (kind.nominee() == RecognitionKind.Nominee.STUDENT_MENTOR && p.getKind() != ParticipantKind.STUDENT) {
                throw DomainRuleException.unprocessable("participantId",
                        "Благодарственное письмо родителям — для наставника из числа обучающихся");
            }
            participantId = p.getId();
            schoolCode = p.getSchoolCode();
        }
        School school;
        try {
            school = schools.writable(caller, schoolCode);
        } catch (NotFoundException e) {
            // a cross-school pair of another school's mentor: the mentor's school or the coordinator nominates it
            throw new DomainRuleException(403, "Пару выдвигает школа наставника или муниципальный координатор",
                    List.of(new DomainRuleException.Violation("pairId", "Пару выдвигает школа наставника или муниципальный координатор")));
        }
        boolean twice = jdbc.sql("""
                        select exists (select 1 from nomination where programme_year = :year and kind = :kind
                          and participant_id is not distinct from :participant and pair_id is not distinct from :pair)""")
                .param("year", body.programmeYear()).param("kind", kind.name())
                .param("participant", participantId).param("pair", pairId)
                .query(Boolean.class).single();
        if (twice) {
            throw DomainRuleException.conflict("kind", "В этой номинации за этот год уже выдвинут");
        }
        Nomination n = nominations.saveAndFlush(new Nomination(school.getMunicipalityCode(), school.getCode(), body.programmeYear(),
                kind, participantId, pairId, body.justification().strip(), caller.username()));
        audit.record(AuditRecord.of(school.getMunicipalityCode(), List.of(school.getCode()), "NOMINATION", n.getId(),
                "NOMINATION_PROPOSED", Changes.of().created("kind", kind).created("programmeYear", n.getProgrammeYear())
                        .created("participantId", participantId).created("pairId", pairId).created("justification", n.getJustification())));
        return one(caller, n.getId());
    }

    @Transactional
    NominationView decide(CallerIdentity caller, UUID id, RecognitionRequests.NominationDecision body) {
        if (!(CallerScope.forWriting(caller) instanceof CallerScope.Municipality)) {
            readable(caller, id);
            throw new AccessDeniedException("the coordinator decides on nominations");
        }
        Nomination n = readable(caller, id);
        if (n.getStatus() != NominationStatus.PROPOSED) {
            throw DomainRuleException.conflict("awarded", "Решение по выдвижению уже принято");
        }
        String note = body.note() == null || body.note().isBlank() ? null : body.note().strip();
        if (!body.awarded() && note == null) {
            throw DomainRuleException.unprocessable("note", "Укажите, почему выдвижение не поддержано");
        }
        NominationStatus was = n.getStatus();
        n.decide(body.awarded(), note, caller.username());
        // the view below is read with SQL: the decision must be in the database first
        nominations.saveAndFlush(n);
        audit.record(AuditRecord.of(n.getMunicipalityCode(), List.of(n.getSchoolCode()), "NOMINATION", n.getId(),
                "NOMINATION_DECIDED", Changes.of().field("status", was, n.getStatus()).created("decisionNote", note)));
        return one(caller, n.getId());
    }

    @Transactional
    void withdraw(CallerIdentity caller, UUID id) {
        Nomination n = readable(caller, id);
        School school = schools.writable(caller, n.getSchoolCode());
        if (n.getStatus() != NominationStatus.PROPOSED) {
            throw DomainRuleException.conflict("status", "По выдвижению уже принято решение: отозвать его нельзя");
        }
        nominations.delete(n);
        audit.record(AuditRecord.of(school.getMunicipalityCode(), List.of(school.getCode()), "NOMINATION", n.getId(),
                "NOMINATION_WITHDRAWN", Changes.of().field("kind", n.getKind(), null).field("justification", n.getJustification(), null)));
    }

    @Transactional(readOnly = true)
    NominationView one(CallerIdentity caller, UUID id) {
        Nomination n = readable(caller, id);
        return select(" where n.id = :id", new MapSqlParameterSource("id", n.getId())).getFirst();
    }

    /** The caller's nominations: their school's, or their municipality's (one school of it with {@code schoolCode}). */
    @Transactional(readOnly = true)
    List<NominationView> list(CallerIdentity caller, Integer programmeYear, String schoolCode, NominationStatus status) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where true");
        switch (CallerScope.forWriting(caller)) {
            case CallerScope.Municipality m -> {
                where.append(" and n.municipality_code = :m");
                params.addValue("m", m.municipality());
            }
            case CallerScope.School s -> {
                where.append(" and n.school_code = :own");
                params.addValue("own", s.schoolCode());
            }
            default -> {
                return List.of();
            }
        }
        if (schoolCode != null && !schoolCode.isBlank()) {
            // a filter outside the caller's reach is simply a school without nominations: nothing to tell apart
            where.append(" and n.school_code = :school");
            params.addValue("school", schoolCode);
        }
        if (programmeYear != null) {
            where.append(" and n.programme_year = :year");
            params.addValue("year", programmeYear);
        }
        if (status != null) {
            where.append(" and n.status = :status");
            params.addValue("status", status.name());
        }
        return select(where.toString(), params);
    }

    /** The awarded of a year, for the monitoring's note (the service's token): a municipality's, or one school's. */
    @Transactional(readOnly = true)
    List<NominationView> awarded(String municipalityCode, String schoolCode, int programmeYear) {
        boolean school = schoolCode != null && !schoolCode.isBlank();
        if (school == (municipalityCode != null && !municipalityCode.isBlank())) {
            throw new DomainRuleException(400, "Укажите школу или муниципалитет",
                    List.of(new DomainRuleException.Violation("schoolCode", "Укажите либо школу, либо муниципалитет")));
        }
        MapSqlParameterSource params = new MapSqlParameterSource("year", programmeYear).addValue("scope", school ? schoolCode : municipalityCode)
                .addValue("status", NominationStatus.AWARDED.name());
        return select((school ? " where n.school_code = :scope" : " where n.municipality_code = :scope")
                + " and n.programme_year = :year and n.status = :status", params);
    }

    private Nomination readable(CallerIdentity caller, UUID id) {
        Nomination n = nominations.findById(id).orElseThrow(() -> new NotFoundException("nomination", id));
        if (!CallerScope.forReading(caller).includes(n.getSchoolCode(), n.getMunicipalityCode())) {
            throw new NotFoundException("nomination", id);
        }
        return n;
    }

    private boolean isMentor(Participant p) {
        return p.isMentorBank() || jdbc.sql("select exists (select 1 from pair_member where participant_id = :id and role = 'MENTOR')")
                .param("id", p.getId()).query(Boolean.class).single();
    }

    private List<NominationView> select(String where, MapSqlParameterSource params) {
        return jdbc.sql("""
                        select n.id, n.school_code, s.short_name, n.programme_year, n.kind, n.participant_id, n.pair_id,
                               n.justification, n.status, n.proposed_by, n.proposed_at, n.decision_note, n.decided_by, n.decided_at,
                               concat_ws(' ', p.last_name, p.first_name, p.middle_name) as person,
                               (select concat_ws(' ', mp.last_name, mp.first_name, mp.middle_name) from pair_member pm
                                  join participant mp on mp.id = pm.participant_id
                                 where pm.pair_id = n.pair_id and pm.role = 'MENTOR' limit 1) as mentor,
                               (select string_agg(concat_ws(' ', ep.last_name, ep.first_name, ep.middle_name), ', '
                                         order by ep.last_name, ep.first_name)
                                  from pair_member pm join participant ep on ep.id = pm.participant_id
                                 where pm.pair_id = n.pair_id and pm.role = 'MENTEE') as mentees
                        from nomination n join school s on s.code = n.school_code
                        left join participant p on p.id = n.participant_id""" + where
                        + " order by n.programme_year desc, s.short_name, n.proposed_at, n.id")
                .paramSource(params)
                .query(RecognitionService::view)
                .list();
    }

    private static NominationView view(ResultSet rs, int row) throws SQLException {
        RecognitionKind kind = RecognitionKind.valueOf(rs.getString("kind"));
        NominationStatus status = NominationStatus.valueOf(rs.getString("status"));
        String nominee;
        if (rs.getObject("pair_id") != null) {
            List<String> parts = new ArrayList<>();
            // a member of another school is not the caller's to read: the names that are, the rest left out
            if (rs.getString("mentor") != null) {
                parts.add("наставник " + rs.getString("mentor"));
            }
            if (rs.getString("mentees") != null) {
                parts.add("наставляемые: " + rs.getString("mentees"));
            }
            nominee = parts.isEmpty() ? "пара (группа)" : String.join("; ", parts);
        } else {
            nominee = rs.getString("person");
        }
        return new NominationView(rs.getObject("id", UUID.class), rs.getString("school_code"), rs.getString("short_name"),
                rs.getInt("programme_year"), kind, kind.label(), rs.getObject("participant_id", UUID.class),
                rs.getObject("pair_id", UUID.class), nominee, rs.getString("justification"), status, status.label(),
                rs.getString("proposed_by"), rs.getObject("proposed_at", OffsetDateTime.class), rs.getString("decision_note"),
                rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class));
    }
}
