package ru.mentoring.registry.own;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ru.mentoring.registry.pair.PairStatus;

/**
 * The mentor's report on a stage of the pair (seed 001, рефлексивно-аналитический этап: «подготовка
 * наставником отчета о реализации программы сопровождения»): one per stage, rewritten while the
 * stage lasts.
 */
@Entity
@Table(name = "stage_report")
class StageReport {

    @Id
    private UUID id;

    @Column(name = "pair_id", nullable = false, updatable = false)
    private UUID pairId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, updatable = false)
    private PairStatus stage;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "author_participant_id", nullable = false)
    private UUID authorParticipantId;

    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private OffsetDateTime writtenAt;

    protected StageReport() {
    }

    StageReport(UUID pairId, PairStatus stage) {
        this.id = UUID.randomUUID();
        this.pairId = pairId;
        this.stage = stage;
    }

    void write(String text, UUID author, String writtenBy) {
        this.text = text;
        this.authorParticipantId = author;
        this.writtenBy = writtenBy;
        this.writtenAt = OffsetDateTime.now();
    }

    UUID getId() {
        return id;
    }

    UUID getPairId() {
        return pairId;
    }

    PairStatus getStage() {
        return stage;
    }

    String getText() {
        return text;
    }

    String getWrittenBy() {
        return writtenBy;
    }

    OffsetDateTime getWrittenAt() {
        return writtenAt;
    }
}
