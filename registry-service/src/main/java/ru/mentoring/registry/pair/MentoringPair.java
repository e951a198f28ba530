package ru.mentoring.registry.pair;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A mentoring pair or group. Not a tenant-filtered entity: a pair may join people of two schools,
 * and both schools see it; who may read or change it is decided in {@link PairAccess} from its
 * members' schools and the municipality. The members are fixed when the pair is formed (a new
 * mentor means a new pair, with the old one terminated).
 */
@Entity
@Table(name = "mentoring_pair")
public class MentoringPair {

    @Id
    private UUID id;

    @Column(name = "municipality_code", nullable = false, updatable = false)
    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false, updatable = false)
    private MentoringForm form;

    @Enumerated(EnumType.STRING)
    @Column(name = "interaction_model", nullable = false, updatable = false)
    private InteractionModel interactionModel;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private PairKind kind;

    @Column(name = "order_number", nullable = false)
    private String orderNumber;

    @Column(name = "order_date", nullable = false)
    private LocalDate orderDate;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PairStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "termination_reason")
    private TerminationReason terminationReason;

    @Column(name = "termination_note")
    private String terminationNote;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "cross_school", nullable = false, updatable = false)
    private boolean crossSchool;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pair_member", joinColumns = @JoinColumn(name = "pair_id"))
    @OrderColumn(name = "position")
    private List<PairMember> members = new ArrayList<>();

    protected MentoringPair() {
    }

    MentoringPair(String municipalityCode, MentoringForm form, InteractionModel model, PairKind kind, String orderNumber,
            LocalDate orderDate, LocalDate startDate, LocalDate endDate, String createdBy) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.form = form;
        this.interactionModel = model;
        this.kind = kind;
        this.orderNumber = orderNumber;
        this.orderDate = orderDate;
        this.startDate = startDate;
        this.endDate = endDate;
        this.status = PairStatus.PREPARATORY;
        this.createdBy = createdBy;
        this.createdAt = OffsetDateTime.now();
        this.updatedAt = createdAt;
    }

    void addMember(UUID participantId, String schoolCode, MemberRole role, Boolean leadMentor) {
        members.add(new PairMember(participantId, schoolCode, role, leadMentor));
        crossSchool = schools().size() > 1;
    }

    void moveTo(PairStatus stage) {
        this.status = stage;
    }

    void terminate(TerminationReason reason, String note, LocalDate on) {
        this.status = PairStatus.TERMINATED;
        this.terminationReason = reason;
        this.terminationNote = note;
        this.endedOn = on;
    }

    void complete(LocalDate on) {
        this.status = PairStatus.COMPLETED;
        this.endedOn = on;
    }

    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now();
    }

    /** Every school with a person in the pair. */
    public Set<String> schools() {
        Set<String> codes = new TreeSet<>();
        members.forEach(m -> codes.add(m.getSchoolCode()));
        return codes;
    }

    public PairMember mentor() {
        return members.stream().filter(m -> m.getRole() == MemberRole.MENTOR).findFirst().orElseThrow();
    }

    /** The mentor's school: the pair's owner for its employer's documents and its nominations. */
    public String mentorSchoolCode() {
        return mentor().getSchoolCode();
    }

    public List<PairMember> mentees() {
        return members.stream().filter(m -> m.getRole() == MemberRole.MENTEE).toList();
    }

    /** The member who is this participant; the participant must be one. */
    PairMember memberOf(UUID participantId) {
        return members.stream().filter(m -> m.getParticipantId().equals(participantId)).findFirst().orElseThrow();
    }

    /** Whether this participant is the pair's mentor (not one of its mentees). */
    public boolean isMentor(UUID participantId) {
        return mentor().getParticipantId().equals(participantId);
    }

    public boolean hasMember(UUID participantId) {
        return members.stream().anyMatch(m -> m.getParticipantId().equals(participantId));
    }

    public UUID getId() {
        return id;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public MentoringForm getForm() {
        return form;
    }

    public InteractionModel getInteractionModel() {
        return interactionModel;
    }

    public PairKind getKind() {
        return kind;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public PairStatus getStatus() {
        return status;
    }

    public TerminationReason getTerminationReason() {
        return terminationReason;
    }

    public String getTerminationNote() {
        return terminationNote;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public boolean isCrossSchool() {
        return crossSchool;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public List<PairMember> getMembers() {
        return List.copyOf(members);
    }
}
