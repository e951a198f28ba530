package ru.mentoring.registry.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * A written consent (письменное согласие) to take part in mentoring. For a student it is the
 * parent's (or legal representative's): {@code givenBy} names who signed, and nothing more about
 * them is kept. A consent is in force from {@code givenOn} until it is withdrawn.
 */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "school_code", nullable = false, updatable = false)
    private String schoolCode;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private UUID participantId;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "document_ref", nullable = false)
    private String documentRef;

    @Column(name = "given_by")
    private String givenBy;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    protected Consent() {
    }

    Consent(String schoolCode, UUID participantId, LocalDate givenOn, String documentRef, String givenBy, String recordedBy) {
        this.id = UUID.randomUUID();
        this.schoolCode = schoolCode;
        this.participantId = participantId;
        this.givenOn = givenOn;
        this.documentRef = documentRef;
        this.givenBy = givenBy;
        this.recordedBy = recordedBy;
        this.recordedAt = OffsetDateTime.now();
    }

    void withdraw(LocalDate on, String reason, String by) {
        this.withdrawnOn = on;
        this.withdrawalReason = reason;
        this.withdrawnBy = by;
        this.withdrawnAt = OffsetDateTime.now();
    }

    public boolean isInForce() {
        return withdrawnOn == null;
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

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public String getDocumentRef() {
        return documentRef;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public OffsetDateTime getWithdrawnAt() {
        return withdrawnAt;
    }
}
