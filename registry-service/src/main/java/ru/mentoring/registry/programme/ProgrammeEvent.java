package ru.mentoring.registry.programme;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of the plan: date, event, expected result, done or not. */
@Entity
@Table(name = "programme_event")
public class ProgrammeEvent {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pair_id", nullable = false)
    private Programme programme;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "event_date", nullable = false)
    private LocalDate date;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "expected_result")
    private String expectedResult;

    @Column(name = "done", nullable = false)
    private boolean done;

    protected ProgrammeEvent() {
    }

    ProgrammeEvent(LocalDate date, String title, String expectedResult, boolean done) {
        this.id = UUID.randomUUID();
        this.date = date;
        this.title = title;
        this.expectedResult = expectedResult;
        this.done = done;
    }

    void attach(Programme programme, int position) {
        this.programme = programme;
        this.position = position;
    }

    void markDone(boolean done) {
        this.done = done;
    }

    public UUID getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getTitle() {
        return title;
    }

    public String getExpectedResult() {
        return expectedResult;
    }

    public boolean isDone() {
        return done;
    }
}
