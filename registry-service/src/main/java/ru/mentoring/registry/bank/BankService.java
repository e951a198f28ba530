package ru.mentoring.registry.bank;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.NotFoundException;
import ru.mentoring.registry.audit.AuditLog;
import ru.mentoring.registry.audit.AuditRecord;
import ru.mentoring.registry.audit.Changes;
import ru.mentoring.registry.participant.Participant;
import ru.mentoring.registry.participant.ParticipantKind;
import ru.mentoring.registry.participant.ParticipantService;
import ru.mentoring.registry.school.SchoolService;

/** Mentor topics and mentee requests of one person; adding one puts the person in that bank. */
@Service
public class BankService {

    private final MentorTopicRepository topics;
    private final MenteeRequestRepository requests;
    private final ParticipantService participants;
    private final SchoolService schools;
    private final AuditLog audit;

    BankService(MentorTopicRepository topics, MenteeRequestRepository requests, ParticipantService participants,
            SchoolService schools, AuditLog audit) {
        this.topics = topics;
        this.requests = requests;
        this.participants = participants;
        this.schools = schools;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<MentorTopic> topicsOf(CallerIdentity caller, UUID participantId) {
        return topics.findByParticipantIdOrderByCreatedAtAsc(participants.one(caller, participantId).getId());
    }

    @Transactional
    MentorTopic addTopic(CallerIdentity caller, UUID participantId, BankRequests.Topic body) {
        Participant p = participants.writable(caller, participantId);
        MentorTopic topic = topics.save(new MentorTopic(p.getSchoolCode(), p.getId(), body.subject().strip(), body.topic().strip()));
        p.joinMentorBank();
        audit(caller, p, "MENTOR_TOPIC", topic.getId(), "MENTOR_TOPIC_ADDED",
                Changes.of().created("participantId", p.getId()).created("subject", topic.getSubject()).created("topic", topic.getTopic()));
        return topic;
    }

    @Transactional
    void removeTopic(CallerIdentity caller, UUID participantId, UUID topicId) {
        Participant p = participants.writable(caller, participantId);
        MentorTopic topic = topics.findById(topicId).filter(t -> t.getParticipantId().equals(p.getId()))
                .orElseThrow(() -> new NotFoundException("mentor topic", topicId));
        topics.delete(topic);
        audit(caller, p, "MENTOR_TOPIC", topic.getId(), "MENTOR_TOPIC_REMOVED",
                Changes.of().field("subject", topic.getSubject(), null).field("topic", topic.getTopic(), null));
    }

    @Transactional(readOnly = true)
    List<MenteeRequest> requestsOf(CallerIdentity caller, UUID participantId) {
        return requests.findByParticipantIdOrderByCreatedAtAsc(participants.one(caller, participantId).getId());
    }

    @Transactional
    MenteeRequest addRequest(CallerIdentity caller, UUID participantId, BankRequests.Request body) {
        Participant p = participants.writable(caller, participantId);
        if (p.getKind() == ParticipantKind.PARENT) {
            throw DomainRuleException.unprocessable("participantId", "Родитель не включается в базу наставляемых");
        }
        String subject = body.subject() == null || body.subject().isBlank() ? null : body.subject().strip();
        if (body.difficultyKind() == DifficultyKind.SUBJECT && subject == null) {
            throw DomainRuleException.unprocessable("subject", "Для предметного затруднения укажите предмет");
        }
        MenteeRequest r = requests.save(new MenteeRequest(p.getSchoolCode(), p.getId(), body.difficultyKind(), subject,
                body.text().strip()));
        p.joinMenteeBank();
        audit(caller, p, "MENTEE_REQUEST", r.getId(), "MENTEE_REQUEST_ADDED", Changes.of().created("participantId", p.getId())
                .created("difficultyKind", r.getDifficultyKind()).created("subject", r.getSubject()).created("text", r.getText()));
        return r;
    }

    @Transactional
    MenteeRequest closeRequest(CallerIdentity caller, UUID participantId, UUID requestId) {
        Participant p = participants.writable(caller, participantId);
        MenteeRequest r = requests.findById(requestId).filter(x -> x.getParticipantId().equals(p.getId()))
                .orElseThrow(() -> new NotFoundException("mentee request", requestId));
        if (r.getStatus() == MenteeRequestStatus.OPEN) {
            r.close();
            audit(caller, p, "MENTEE_REQUEST", r.getId(), "MENTEE_REQUEST_CLOSED",
                    Changes.of().field("status", MenteeRequestStatus.OPEN, MenteeRequestStatus.CLOSED));
        }
        return r;
    }

    /** Puts a person in or out of the banks by hand (the coordinator's spreadsheet decision). */
    @Transactional
    Participant setBanks(CallerIdentity caller, UUID participantId, BankRequests.Banks body) {
        Participant p = participants.writable(caller, participantId);
        // a parent may mentor (seed 002's bank of mentors «из числа … родителей обучающихся»), never be mentored
        if (p.getKind() == ParticipantKind.PARENT && body.mentee()) {
            throw DomainRuleException.unprocessable("participantId", "Родитель не включается в базу наставляемых");
        }
        Changes changes = Changes.of().field("mentorBank", p.isMentorBank(), body.mentor()).field("menteeBank", p.isMenteeBank(), body.mentee());
        p.setBanks(body.mentor(), body.mentee());
        audit(caller, p, "PARTICIPANT", p.getId(), "PARTICIPANT_UPDATED", changes);
        return p;
    }

    @Transactional(readOnly = true)
    public MenteeRequest request(CallerIdentity caller, UUID requestId) {
        MenteeRequest r = requests.findById(requestId).orElseThrow(() -> new NotFoundException("mentee request", requestId));
        try {
            participants.one(caller, r.getParticipantId());
        } catch (NotFoundException e) {
            throw new NotFoundException("mentee request", requestId);
        }
        return r;
    }

    private void audit(CallerIdentity caller, Participant p, String type, UUID id, String action, Changes changes) {
        audit.record(AuditRecord.of(schools.readable(caller, p.getSchoolCode()).getMunicipalityCode(), List.of(p.getSchoolCode()),
                type, id, action, changes));
    }
}
