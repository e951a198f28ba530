package ru.mentoring.registry.bank;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A mentee's request: a subject or methodical difficulty, by subject, in their own words. */
@Entity
@Table(name = "mentee_request")
public class MenteeRequest {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "school_code", nullable = false, updatable = false)
    private String schoolCode;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "difficulty_kind", nullable = false)
    private DifficultyKind difficultyKind;

    @Column(name = "subject")
    private String subject;

    @Column(name = "text", nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private MenteeRequestStatus status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    protected MenteeRequest() {
    }

    public MenteeRequest(String schoolCode, UUID participantId, DifficultyKind difficultyKind, String subject, String text) {
        this.id = UUID.randomUUID();
        this.schoolCode = schoolCode;
        this.participantId = participantId;
        this.difficultyKind = difficultyKind;
        this.subject = subject;
        this.text = text;
        this.status = MenteeRequestStatus.OPEN;
        this.createdAt = OffsetDateTime.now();
    }

    void close() {
        this.status = MenteeRequestStatus.CLOSED;
        this.closedAt = OffsetDateTime.now();
    }

    public UUID getId() {
        return id;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public DifficultyKind getDifficultyKind() {
        return difficultyKind;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public MenteeRequestStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
