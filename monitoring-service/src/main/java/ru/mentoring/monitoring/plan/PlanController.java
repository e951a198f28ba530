package ru.mentoring.monitoring.plan;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.monitoring.export.Workbooks;
import ru.mentoring.monitoring.plan.PlanViews.CreatePlanRequest;
import ru.mentoring.monitoring.plan.PlanViews.EventUpdate;
import ru.mentoring.monitoring.plan.PlanViews.EventView;
import ru.mentoring.monitoring.plan.PlanViews.NewEvent;
import ru.mentoring.monitoring.plan.PlanViews.Plan;
import ru.mentoring.monitoring.plan.PlanViews.PlanSummary;
import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.monitoring.web.ProgrammeYear;

/**
 * Plans of events: the centre's work plan (created from the seed's plan) and schools' own roadmaps
 * (дорожная карта), kept up with status and evidence.
 */
@RestController
@Validated
@RequestMapping("/api/monitoring/plans")
class PlanController {

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    /** The municipality's plan (coordinator; no school), started from the seed's events, or a school's own, empty roadmap. */
    @PostMapping
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<Plan> create(@Valid @RequestBody CreatePlanRequest request) {
        Plan plan = plans.create(CurrentCaller.get(), request);
        return ResponseEntity.created(URI.create("/api/monitoring/plans/" + plan.plan().id())).body(plan);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    List<PlanSummary> list(
            @RequestParam(required = false) @ProgrammeYear Integer programmeYear) {
        return plans.list(CurrentCaller.get(), programmeYear);
    }

    /** The plan with its events; {@code overdue=true}: only the events whose month has passed and that are not done. */
    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    Plan one(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Activity activity) {
        return plans.get(CurrentCaller.get(), id, overdue, activity);
    }

    @GetMapping(value = "/{id}", produces = Workbooks.XLSX)
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    ResponseEntity<byte[]> workbook(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Activity activity) {
        Plan plan = one(id, overdue, activity);
        return Workbooks.download("plan-" + plan.plan().programmeYear() + ".xlsx", List.of(PlanSheets.of(plan)));
    }

    @PatchMapping("/{id}/events/{eventId}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    EventView update(@PathVariable UUID id, @PathVariable UUID eventId, @Valid @RequestBody EventUpdate update) {
        return plans.update(CurrentCaller.get(), id, eventId, update);
    }

    /** An event's new description (the coordinator: its activity and place; a school in its own roadmap). */
    @PutMapping("/{id}/events/{eventId}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    EventView edit(@PathVariable UUID id, @PathVariable UUID eventId, @Valid @RequestBody NewEvent event) {
        return plans.edit(CurrentCaller.get(), id, eventId, event);
    }

    @PostMapping("/{id}/events")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<EventView> add(@PathVariable UUID id, @Valid @RequestBody NewEvent event) {
        EventView added = plans.add(CurrentCaller.get(), id, event);
        return ResponseEntity.status(201).body(added);
    }
}
