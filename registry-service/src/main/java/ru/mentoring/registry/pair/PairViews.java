package ru.mentoring.registry.pair;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.registry.participant.ParticipantKind;

/**
 * What a caller sees of pairs. A school administrator looking at a cross-school pair sees the
 * other school's member as name and school short name only — no id, no school code, no kind, and
 * none of their requests' reasons: enough to know who their teacher works with, nothing more.
 * The coordinator and the member's own school see everything.
 */
public final class PairViews {

    private PairViews() {
    }

    /**
     * @param leadMentor     a mentee in a pair: whether the pair's mentor is their lead mentor (of several, one leads)
     * @param severalMentors a mentee of an active pair, seen in full: whether they are a mentee of more than one active
     *                       pair of this form (so that the lead mark means something), wherever those pairs are listed;
     *                       null for a mentor, an ended pair, another school's mentee, or where it was not looked up
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MemberView(UUID participantId, MemberRole role, String schoolCode, String schoolShortName,
            ParticipantKind kind, String externalKey, String lastName, String firstName, String middleName, Boolean leadMentor,
            Boolean severalMentors) {
    }

    public record PairView(UUID id, MentoringForm form, String formLabel, InteractionModel interactionModel,
            String interactionModelLabel, PairKind kind, String kindLabel, String orderNumber, LocalDate orderDate,
            LocalDate startDate, LocalDate endDate, PairStatus status, String statusLabel, TerminationReason terminationReason,
            String terminationReasonLabel, String terminationNote, LocalDate endedOn, boolean crossSchool, MemberView mentor,
            List<MemberView> mentees, String createdBy, OffsetDateTime createdAt) {
    }

    public record HistoryView(OffsetDateTime at, String actor, String action, PairStatus fromStatus, PairStatus toStatus,
            String details) {

        static HistoryView of(PairHistoryEntry e) {
            return new HistoryView(e.getAt(), e.getActor(), e.getAction(), e.getFromStatus(), e.getToStatus(), e.getDetails());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestView(UUID id, UUID pairId, ChangeRequestKind kind, String kindLabel, MemberView participant,
            LocalDate requestedOn, String reason, ChangeRequestStatus status, String statusLabel, String recordedBy,
            OffsetDateTime recordedAt, String decidedBy, OffsetDateTime decidedAt, String decisionNote) {
    }

    static MemberView member(CallerIdentity caller, PairPeople.Person p, MemberRole role) {
        return member(caller, p, role, null);
    }

    static MemberView member(CallerIdentity caller, PairPeople.Person p, MemberRole role, Boolean leadMentor) {
        return member(caller, p, role, leadMentor, null);
    }

    static MemberView member(CallerIdentity caller, PairPeople.Person p, MemberRole role, Boolean leadMentor,
            Boolean severalMentors) {
        if (!seesInFull(caller, p.schoolCode())) {
            return new MemberView(null, role, null, p.schoolShortName(), null, null, p.lastName(), p.firstName(), p.middleName(),
                    leadMentor, null);
        }
        return new MemberView(p.id(), role, p.schoolCode(), p.schoolShortName(), p.kind(), p.externalKey(), p.lastName(),
                p.firstName(), p.middleName(), leadMentor, severalMentors);
    }

    static boolean seesInFull(CallerIdentity caller, String schoolCode) {
        if (caller.isOwnParticipant()) {
            return false; // a mentor or mentee sees the people of their pair by name and school, no register ids or codes
        }
        // a school administrator sees their own school's people in full; the wider scopes see all they reach
        return !(CallerScope.forReading(caller) instanceof CallerScope.School own) || schoolCode.equals(own.schoolCode());
    }

    static PairView pair(CallerIdentity caller, MentoringPair p, Map<UUID, PairPeople.Person> people) {
        return pair(caller, p, people, null);
    }

    /**
     * @param severalMentors the {@link #menteeOfForm} keys of the mentees with more than one active pair of a form; null
     *                       when not looked up (the view then says nothing of it)
     */
    static PairView pair(CallerIdentity caller, MentoringPair p, Map<UUID, PairPeople.Person> people, Set<String> severalMentors) {
        PairMember mentor = p.mentor();
        return new PairView(p.getId(), p.getForm(), p.getForm().label(), p.getInteractionModel(),
                p.getInteractionModel().label(), p.getKind(), p.getKind().label(), p.getOrderNumber(), p.getOrderDate(),
                p.getStartDate(), p.getEndDate(), p.getStatus(), p.getStatus().label(), p.getTerminationReason(),
                p.getTerminationReason() == null ? null : p.getTerminationReason().label(), p.getTerminationNote(),
                p.getEndedOn(), p.isCrossSchool(), member(caller, people.get(mentor.getParticipantId()), MemberRole.MENTOR),
                p.mentees().stream().map(m -> member(caller, people.get(m.getParticipantId()), MemberRole.MENTEE, m.getLeadMentor(),
                        severalMentors == null || !p.getStatus().isActive() ? null
                                : severalMentors.contains(menteeOfForm(m.getParticipantId(), p.getForm()))))
                        .toList(),
                p.getCreatedBy(), p.getCreatedAt());
    }

    static String menteeOfForm(UUID menteeId, MentoringForm form) {
        return menteeId + "/" + form.name();
    }

    static RequestView request(CallerIdentity caller, PairChangeRequest r, PairPeople.Person person, MemberRole role) {
        boolean full = seesInFull(caller, person.schoolCode());
        return new RequestView(r.getId(), r.getPairId(), r.getKind(), r.getKind().label(), member(caller, person, role),
                r.getRequestedOn(), full ? r.getReason() : null, r.getStatus(), r.getStatus().label(), r.getRecordedBy(),
                r.getRecordedAt(), r.getDecidedBy(), r.getDecidedAt(), full ? r.getDecisionNote() : null);
    }
}
