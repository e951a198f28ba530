package ru.mentoring.registry.participant;

import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.NotFoundException;
import ru.mentoring.registry.audit.AuditLog;
import ru.mentoring.registry.audit.AuditRecord;
import ru.mentoring.registry.audit.Changes;
import ru.mentoring.registry.school.School;
import ru.mentoring.registry.school.SchoolService;

@Service
public class ParticipantService {

    private final ParticipantRepository participants;
    private final SchoolService schools;
    private final AuditLog audit;
    private final Counter created;

    ParticipantService(ParticipantRepository participants, SchoolService schools, AuditLog audit, MeterRegistry meters) {
        this.participants = participants;
        this.schools = schools;
        this.audit = audit;
        this.created = Counter.builder("registry.participants.added")
                .description("Participants added to the registry").register(meters);
    }

    @Transactional(readOnly = true)
    List<Participant> ofSchool(CallerIdentity caller, String schoolCode) {
        School school = schools.readable(caller, schoolCode);
        return participants.findBySchoolCodeOrderByLastNameAscFirstNameAsc(school.getCode());
    }

    /** One person; another school's person is "not found" (the tenant filter and the municipality check agree). */
    @Transactional(readOnly = true)
    public Participant one(CallerIdentity caller, UUID id) {
        Participant p = participants.findById(id).orElseThrow(() -> new NotFoundException("participant", id));
        try {
            schools.readable(caller, p.getSchoolCode());
        } catch (NotFoundException e) {
            throw new NotFoundException("participant", id);
        }
        return p;
    }

    /** One person the caller may change: readable as above, and a department viewer never writes. */
    @Transactional(readOnly = true)
    public Participant writable(CallerIdentity caller, UUID id) {
        Participant p = one(caller, id);
        schools.writable(caller, p.getSchoolCode());
        return p;
    }

    @Transactional
    Participant add(CallerIdentity caller, String schoolCode, ParticipantRequest request) {
        School school = schools.writable(caller, schoolCode);
        if (participants.existsBySchoolCodeAndExternalKey(school.getCode(), request.externalKey())) {
            throw DomainRuleException.conflict("externalKey",
                    "Участник с ключом «" + request.externalKey() + "» уже есть в этой школе");
        }
        Participant p = new Participant(school.getCode(), request.externalKey(), request.kind(), request.lastName(),
                request.firstName(), request.middleName());
        if (request.kind().hasTeachingProfile()) {
            p.describeTeaching(request.subjects(), request.experienceYears(), request.qualificationCategory());
        }
        if (request.kind().hasGrade()) {
            p.placeInGrade(request.grade());
        }
        participants.save(p);
        audit.record(AuditRecord.of(school.getMunicipalityCode(), List.of(school.getCode()), "PARTICIPANT", p.getId(),
                "PARTICIPANT_CREATED", describe(p)));
        created.increment();
        return p;
    }

    /**
     * Changes a person's data with the rules of {@link #add}: the key stays unique within the school,
     * only a teacher keeps a teaching profile and only a student a grade (a minor keeps no more than
     * that). The school never changes. Without years of experience a teacher keeps the young
     * specialist mark they had (an import may have set it). The category of a person in a running
     * pair stays: the pair's form was checked against it. Every changed field goes to the audit log.
     */
    @Transactional
    Participant update(CallerIdentity caller, UUID id, ParticipantRequest request) {
        Participant p = writable(caller, id);
        if (!request.externalKey().equals(p.getExternalKey())
                && participants.existsBySchoolCodeAndExternalKeyAndIdNot(p.getSchoolCode(), request.externalKey(), p.getId())) {
            throw DomainRuleException.conflict("externalKey",
                    "Участник с ключом «" + request.externalKey() + "» уже есть в этой школе");
        }
        if (request.kind() != p.getKind()) {
            if (participants.inRunningPair(p.getId())) {
                throw DomainRuleException.unprocessable("kind",
                        "Участник состоит в действующей паре или группе: категорию изменить нельзя");
            }
            if (request.kind() == ParticipantKind.PARENT && p.isMenteeBank()) {
                throw DomainRuleException.unprocessable("kind", "Родитель не включается в базу наставляемых");
            }
            boolean wasMinor = p.getKind() == ParticipantKind.STUDENT;
            if (wasMinor != (request.kind() == ParticipantKind.STUDENT)) {
                // a minor's consent is signed by a parent, an adult's by the person: the consent in force
                // no longer fits the new category (locked as recording a consent does, so none slips in)
                participants.lockAll(List.of(p.getId()));
                if (participants.hasConsentInForce(p.getId())) {
                    throw DomainRuleException.unprocessable("kind", (wasMinor
                            ? "Действующее согласие за обучающегося дал родитель (законный представитель), а совершеннолетний участник даёт согласие сам"
                            : "Действующее согласие участник дал сам, а за обучающегося согласие даёт родитель (законный представитель)")
                            + ": отзовите действующее согласие, измените категорию и запишите новое согласие");
                }
            }
        }
        Changes changes = Changes.of()
                .field("externalKey", p.getExternalKey(), request.externalKey())
                .field("kind", p.getKind(), request.kind());
        String lastName = p.getLastName();
        String firstName = p.getFirstName();
        String middleName = p.getMiddleName();
        String subjects = p.getSubjects();
        Integer experience = p.getExperienceYears();
        String category = p.getQualificationCategory();
        boolean young = p.isYoungSpecialist();
        Integer grade = p.getGrade();

        p.rekey(request.externalKey());
        p.reclassify(request.kind());
        p.rename(request.lastName(), request.firstName(), request.middleName());
        if (request.kind().hasTeachingProfile()) {
            boolean wasYoung = p.isYoungSpecialist();
            p.describeTeaching(request.subjects(), request.experienceYears(), request.qualificationCategory());
            p.markYoungSpecialist(Participant.youngSpecialist(request.experienceYears(), wasYoung));
        }
        if (request.kind().hasGrade()) {
            p.placeInGrade(request.grade());
        }
        changes.field("lastName", lastName, p.getLastName())
                .field("firstName", firstName, p.getFirstName())
                .field("middleName", middleName, p.getMiddleName())
                .field("subjects", subjects, p.getSubjects())
                .field("experienceYears", experience, p.getExperienceYears())
                .field("qualificationCategory", category, p.getQualificationCategory())
                .field("youngSpecialist", young, p.isYoungSpecialist())
                .field("grade", grade, p.getGrade());
        if (!changes.isEmpty()) {
            participants.saveAndFlush(p);
            School school = schools.readable(caller, p.getSchoolCode());
            audit.record(AuditRecord.of(school.getMunicipalityCode(), List.of(school.getCode()), "PARTICIPANT", p.getId(),
                    "PARTICIPANT_UPDATED", changes));
        }
        return p;
    }

    /** Every field of a new person, as the audit log keeps it. */
    static Changes describe(Participant p) {
        return Changes.of()
                .created("externalKey", p.getExternalKey())
                .created("kind", p.getKind())
                .created("lastName", p.getLastName())
                .created("firstName", p.getFirstName())
                .created("middleName", p.getMiddleName())
                .created("subjects", p.getSubjects())
                .created("experienceYears", p.getExperienceYears())
                .created("qualificationCategory", p.getQualificationCategory())
                .created("youngSpecialist", p.isYoungSpecialist() ? Boolean.TRUE : null)
                .created("grade", p.getGrade());
    }
}
