package ru.mentoring.registry.pair;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a pair: who (the caller's preferred_username), when, what. Never changed afterwards. */
@Entity
@Table(name = "pair_history")
public class PairHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pair_id", nullable = false, updatable = false)
    private UUID pairId;

    @Column(name = "at", nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private PairStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false)
    private PairStatus toStatus;

    @Column(name = "details", updatable = false)
    private String details;

    protected PairHistoryEntry() {
    }

    PairHistoryEntry(UUID pairId, String actor, String action, PairStatus fromStatus, PairStatus toStatus, String details) {
        this.pairId = pairId;
        this.at = OffsetDateTime.now();
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.details = details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public UUID getPairId() {
        return pairId;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public PairStatus getFromStatus() {
        return fromStatus;
    }

    public PairStatus getToStatus() {
        return toStatus;
    }

    public String getDetails() {
        return details;
    }
}
