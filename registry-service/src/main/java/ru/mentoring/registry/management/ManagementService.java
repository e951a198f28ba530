package ru.mentoring.registry.management;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

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
import ru.mentoring.registry.management.ManagementViews.ManagementMemberView;
import ru.mentoring.registry.management.ManagementViews.SchoolManagementCounts;
import ru.mentoring.registry.management.ManagementViews.SchoolManagement;
import ru.mentoring.registry.participant.Participant;
import ru.mentoring.registry.participant.ParticipantKind;
import ru.mentoring.registry.participant.ParticipantService;
import ru.mentoring.registry.school.School;
import ru.mentoring.registry.school.SchoolService;

/**
 * A school's management team and reserve: kept by its administrator or the municipality's coordinator, read by them;
 * the coordinator's table of every school's counts; the counts for the monitoring's note (the services' token).
 */
@Service
class ManagementService {

    private final ManagementMemberRepository members;
    private final ParticipantService participants;
    private final SchoolService schools;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    ManagementService(ManagementMemberRepository members, ParticipantService participants, SchoolService schools, AuditLog audit,
            JdbcClient jdbc) {
        this.members = members;
        this.participants = participants;
        this.schools = schools;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    SchoolManagement of(CallerIdentity caller, String schoolCode) {
        if (CallerScope.forWriting(caller) instanceof CallerScope.Nothing) {
            throw new AccessDeniedException("a school's management is its administrator's and the coordinator's");
        }
        School school = schools.readable(caller, schoolCode);
        List<ManagementMemberView> all = jdbc.sql("""
                        select m.id, m.participant_id, concat_ws(' ', p.last_name, p.first_name, p.middle_name) as full_name,
                               m.role, m.position, m.since
                        from management_member m join participant p on p.id = m.participant_id
                        where m.school_code = :school order by m.role, p.last_name, p.first_name, m.id""")
                .param("school", school.getCode())
                .query((rs, n) -> {
                    ManagementRole role = ManagementRole.valueOf(rs.getString("role"));
                    return new ManagementMemberView(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
                            rs.getString("full_name"), role, role.label(), rs.getString("position"), rs.getObject("since", LocalDate.class));
                }).list();
        return new SchoolManagement(school.getCode(), school.getShortName(),
                all.stream().filter(m -> m.role() == ManagementRole.TEAM).toList(),
                all.stream().filter(m -> m.role() == ManagementRole.RESERVE).toList());
    }

    @Transactional
    ManagementMemberView add(CallerIdentity caller, String schoolCode, ManagementViews.AddMember body) {
        School school = schools.writable(caller, schoolCode);
        Participant p = participants.one(caller, body.participantId());
        if (!p.getSchoolCode().equals(school.getCode())) {
            // another school's teacher is not this school's to name: as if not there
            throw new NotFoundException("participant", body.participantId());
        }
        if (p.getKind() != ParticipantKind.TEACHER) {
            throw DomainRuleException.unprocessable("participantId",
                    "В управленческую команду и кадровый резерв включаются педагогические работники");
        }
        if (members.existsByParticipantIdAndRole(p.getId(), body.role())) {
            throw DomainRuleException.conflict("participantId", body.role() == ManagementRole.TEAM
                    ? "Педагог уже в управленческой команде" : "Педагог уже в кадровом резерве");
        }
        ManagementMember m = members.saveAndFlush(new ManagementMember(school.getMunicipalityCode(), school.getCode(), p.getId(),
                body.role(), body.position().strip(), body.since(), caller.username()));
        audit.record(AuditRecord.of(school.getMunicipalityCode(), List.of(school.getCode()), "MANAGEMENT_MEMBER", m.getId(),
                "MANAGEMENT_MEMBER_ADDED", Changes.of().created("participantId", p.getId()).created("role", body.role())
                        .created("position", m.getPosition()).created("since", body.since())));
        return new ManagementMemberView(m.getId(), p.getId(), String.join(" ", Stream.of(p.getLastName(), p.getFirstName(),
                p.getMiddleName()).filter(s -> s != null && !s.isBlank()).toList()), m.getRole(), m.getRole().label(), m.getPosition(),
                body.since());
    }

    @Transactional
    void remove(CallerIdentity caller, UUID id) {
        ManagementMember m = members.findById(id)
                .filter(x -> CallerScope.forReading(caller).includes(x.getSchoolCode(), x.getMunicipalityCode()))
                .orElseThrow(() -> new NotFoundException("management member", id));
        School school = schools.writable(caller, m.getSchoolCode());
        members.delete(m);
        audit.record(AuditRecord.of(school.getMunicipalityCode(), List.of(school.getCode()), "MANAGEMENT_MEMBER", m.getId(),
                "MANAGEMENT_MEMBER_REMOVED", Changes.of().field("participantId", m.getParticipantId(), null)
                        .field("role", m.getRole(), null).field("position", m.getPosition(), null)));
    }

    /** The coordinator's table: every school of the municipality by short name, its team and reserve counted. */
    @Transactional(readOnly = true)
    List<SchoolManagementCounts> overview(CallerIdentity caller) {
        if (!(CallerScope.forWriting(caller) instanceof CallerScope.Municipality m)) {
            throw new AccessDeniedException("the table of the schools' management is the coordinator's");
        }
        return counts(m.municipality());
    }

    /** The same counts for the monitoring's note (the services' token). */
    @Transactional(readOnly = true)
    List<SchoolManagementCounts> counts(String municipalityCode) {
        return jdbc.sql("""
                        select s.code, s.short_name,
                               count(m.id) filter (where m.role = 'TEAM') as team,
                               count(m.id) filter (where m.role = 'RESERVE') as reserve
                        from school s left join management_member m on m.school_code = s.code
                        where s.municipality_code = :m
                        group by s.code, s.short_name order by s.short_name, s.code""")
                .param("m", municipalityCode)
                .query((rs, n) -> new SchoolManagementCounts(rs.getString("code"), rs.getString("short_name"), rs.getLong("team"),
                        rs.getLong("reserve")))
                .list();
    }
}
