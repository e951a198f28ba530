package ru.mentoring.monitoring.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.mentoring.monitoring.web.ProgrammeYear;

/** The plan of events (дорожная карта) as the API shows and changes it. */
public final class PlanViews {

    private PlanViews() {
    }

    /** @param schoolCode a school's own plan; none for the municipality's (the coordinator's) plan */
    public record CreatePlanRequest(
            @NotNull(message = "Укажите год программы") @ProgrammeYear Integer programmeYear,
            @Size(max = 64, message = "Не длиннее 64 символов") String schoolCode) {
    }

    /** A change of an event: its status and the evidence that it took place (text, link, or both). */
    public record EventUpdate(
            @NotNull(message = "Укажите статус: PLANNED, IN_PROGRESS, DONE или CANCELLED") EventStatus status,
            @Size(max = 2000, message = "Не длиннее 2000 символов") String evidence,
            @Size(max = 1000, message = "Не длиннее 1000 символов") String evidenceUrl) {
    }

    /**
     * An event added to a plan, or an event's new description (the seed's columns, the centre's
     * activity and the place, both optional: a school's roadmap usually names no activity, the
     * headings being the centre's).
     */
    public record NewEvent(
            @NotBlank(message = "Укажите этап (1, 2.1–2.5, 3)") @Size(max = 8, message = "Не длиннее 8 символов") String stage,
            @NotBlank(message = "Укажите мероприятие") @Size(max = 1000, message = "Не длиннее 1000 символов") String event,
            @Size(max = 300, message = "Не длиннее 300 символов") String form,
            @NotBlank(message = "Укажите сроки проведения") @Size(max = 200, message = "Не длиннее 200 символов") String monthText,
            @Min(value = 1, message = "Месяц от 1 до 12") @Max(value = 12, message = "Месяц от 1 до 12") Integer dueMonth,
            @NotBlank(message = "Укажите ответственного") @Size(max = 300, message = "Не длиннее 300 символов") String responsible,
            @NotBlank(message = "Укажите ожидаемый результат") @Size(max = 2000, message = "Не длиннее 2000 символов") String expectedResult,
            Activity activity,
            @Size(max = 300, message = "Не длиннее 300 символов") String place) {
    }

    /**
     * @param dueDate the last day of the due month in the programme year (September of Y to August of Y + 1), or none
     * @param overdue the due date has passed and the event is neither done nor cancelled
     */
    public record EventView(UUID id, int position, String stage, String stageTitle, String event, String form,
            String monthText, Integer dueMonth, LocalDate dueDate, String responsible, String expectedResult,
            EventStatus status, String statusLabel, boolean overdue, String evidence, String evidenceUrl, String updatedBy,
            Instant updatedAt, Activity activity, String activityLabel, String place) {

        EventView withoutNames() {
            return new EventView(id, position, stage, stageTitle, event, form, monthText, dueMonth, dueDate, responsible,
                    expectedResult, status, statusLabel, overdue, evidence, evidenceUrl, null, updatedAt, activity,
                    activityLabel, place);
        }
    }

    public record PlanSummary(UUID id, int programmeYear, String municipalityCode, String schoolCode, String createdBy,
            Instant createdAt, long events, Map<EventStatus, Long> byStatus, long overdue) {
    }

    /**
     * A school's line of the coordinator's roadmaps table.
     *
     * @param hasRoadmap     the school has a plan of the year with at least one event
     * @param planId         the school's plan, if it made one (even an empty one)
     * @param needsAttention no roadmap, or overdue events
     */
    public record SchoolRoadmap(String schoolCode, String shortName, boolean hasRoadmap, UUID planId, long events, long done,
            long overdue, boolean needsAttention) {

        SchoolRoadmap(String schoolCode, String shortName, boolean hasRoadmap, UUID planId, long events, long done, long overdue) {
            this(schoolCode, shortName, hasRoadmap, planId, events, done, overdue, !hasRoadmap || overdue > 0);
        }
    }

    /** @param registryUnavailable why the registry's list of schools is missing (then only schools with a plan are listed) */
    public record RoadmapTable(int programmeYear, List<SchoolRoadmap> schools, String registryUnavailable) {
    }

    public record Plan(PlanSummary plan, List<EventView> events) {

        public List<EventView> done() {
            return events.stream().filter(e -> e.status() == EventStatus.DONE).toList();
        }

        public List<EventView> overdue() {
            return events.stream().filter(EventView::overdue).toList();
        }
    }
}
