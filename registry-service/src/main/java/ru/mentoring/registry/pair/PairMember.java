package ru.mentoring.registry.pair;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A person in a pair, with their school (a pair may cross schools) and their role. */
@Embeddable
class PairMember {

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "school_code", nullable = false)
    private String schoolCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private MemberRole role;

    /** A mentee's membership: whether this pair's mentor leads the mentee (of several mentors, one leads); null for the mentor. */
    @Column(name = "lead_mentor")
    private Boolean leadMentor;

    protected PairMember() {
    }

    PairMember(UUID participantId, String schoolCode, MemberRole role, Boolean leadMentor) {
        this.participantId = participantId;
        this.schoolCode = schoolCode;
        this.role = role;
        this.leadMentor = leadMentor;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public MemberRole getRole() {
        return role;
    }

    public Boolean getLeadMentor() {
        return leadMentor;
    }
}
