package ru.mentoring.registry.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A programme as shown; {@code doneCount}/{@code eventCount} for the plan's progress at a glance. */
public record ProgrammeView(UUID pairId, List<String> goals, List<String> difficulties, List<EventView> events,
        int eventCount, int doneCount, String updatedBy, OffsetDateTime updatedAt) {

    public record EventView(UUID id, LocalDate date, String event, String expectedResult, boolean done) {
    }

    static ProgrammeView empty(UUID pairId) {
        return new ProgrammeView(pairId, List.of(), List.of(), List.of(), 0, 0, null, null);
    }

    static ProgrammeView of(Programme p) {
        List<EventView> events = p.getEvents().stream()
                .map(e -> new EventView(e.getId(), e.getDate(), e.getTitle(), e.getExpectedResult(), e.isDone())).toList();
        return new ProgrammeView(p.getPairId(), p.getGoals(), p.getDifficulties(), events, events.size(),
                (int) events.stream().filter(EventView::done).count(), p.getUpdatedBy(), p.getUpdatedAt());
    }
}
