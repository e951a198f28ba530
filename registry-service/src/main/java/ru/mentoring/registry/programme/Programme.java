package ru.mentoring.registry.programme;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The personalised programme of one pair: its goals, the difficulties it addresses and its plan of
 * events. Access follows the pair (both schools of a cross-school pair read it; whoever may change
 * the pair may change it).
 */
@Entity
@Table(name = "pair_programme")
public class Programme {

    @Id
    @Column(name = "pair_id")
    private UUID pairId;

    @Column(name = "goals", nullable = false)
    private String[] goals;

    @Column(name = "difficulties", nullable = false)
    private String[] difficulties;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProgrammeEvent> events = new ArrayList<>();

    protected Programme() {
    }

    Programme(UUID pairId) {
        this.pairId = pairId;
        this.goals = new String[0];
        this.difficulties = new String[0];
    }

    void replace(List<String> goals, List<String> difficulties, List<ProgrammeEvent> plan, String by) {
        this.goals = goals.toArray(String[]::new);
        this.difficulties = difficulties.toArray(String[]::new);
        this.events.clear();
        for (int i = 0; i < plan.size(); i++) {
            ProgrammeEvent e = plan.get(i);
            e.attach(this, i);
            this.events.add(e);
        }
        touch(by);
    }

    void touch(String by) {
        this.updatedBy = by;
        this.updatedAt = OffsetDateTime.now();
    }

    public UUID getPairId() {
        return pairId;
    }

    public List<String> getGoals() {
        return List.of(goals);
    }

    public List<String> getDifficulties() {
        return List.of(difficulties);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<ProgrammeEvent> getEvents() {
        return events;
    }
}
