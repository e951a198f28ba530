package ru.mentoring.registry.pair;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.registry.pair.PairViews.HistoryView;
import ru.mentoring.registry.pair.PairViews.PairView;
import ru.mentoring.registry.pair.PairViews.RequestView;
import ru.mentoring.registry.participant.ParticipantKind;
import ru.mentoring.registry.shared.PageView;

/**
 * Pairs and groups. Department viewers get 403 here: they read counts at {@code /statistics}.
 */
@RestController
@RequestMapping("/api/registry/pairs")
class PairController {

    private final PairForming forming;
    private final PairReading reading;
    private final PairStages stages;
    private final PairChangeRequests requests;
    private final PairsForMonitoring forMonitoring;
    private final PairLeads leads;

    PairController(PairForming forming, PairReading reading, PairStages stages, PairChangeRequests requests,
            PairsForMonitoring forMonitoring, PairLeads leads) {
        this.forMonitoring = forMonitoring;
        this.leads = leads;
        this.forming = forming;
        this.reading = reading;
        this.stages = stages;
        this.requests = requests;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<PairView> create(@Valid @RequestBody PairRequests.Create request) {
        PairView pair = forming.create(CurrentCaller.get(), request);
        return ResponseEntity.created(URI.create("/api/registry/pairs/" + pair.id())).body(pair);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    PageView<PairView> list(@RequestParam(required = false) String schoolCode,
            @RequestParam(required = false) PairStatus status, @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) MentoringForm form, @RequestParam(required = false) UUID participantId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return reading.list(CurrentCaller.get(), schoolCode == null || schoolCode.isBlank() ? null : schoolCode.strip(), status,
                active, form, participantId, PageView.page(page), PageView.size(size, 50));
    }

    /**
     * For the monitoring service (its service token only): the pairs of a school that ran at some
     * time in [from, to], with form, model, stage and the school's members' ids.
     */
    @GetMapping("/in-period")
    @PreAuthorize("hasRole('internal-service')")
    List<PairsForMonitoring.PeriodPair> inPeriod(@RequestParam String schoolCode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return forMonitoring.ofSchool(schoolCode.strip(), from, to);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    PairView one(@PathVariable UUID id) {
        return reading.one(CurrentCaller.get(), id);
    }

    @GetMapping("/{id}/history")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    List<HistoryView> history(@PathVariable UUID id) {
        return reading.history(CurrentCaller.get(), id);
    }

    /** The next stage, completion (after the last stage) or termination with a reason. */
    @PostMapping("/{id}/status")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    PairView changeStatus(@PathVariable UUID id, @Valid @RequestBody PairRequests.StatusChange change) {
        return stages.changeStatus(CurrentCaller.get(), id, change);
    }

    /** Of a mentee's several mentors of the form, this pair's leads from now on (the others' flag is cleared). */
    @PostMapping("/{id}/lead-mentor")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    PairView leadMentor(@PathVariable UUID id, @Valid @RequestBody PairRequests.LeadMentor request) {
        return leads.choose(CurrentCaller.get(), id, request.menteeId());
    }

    @GetMapping("/{id}/requests")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    List<RequestView> requests(@PathVariable UUID id) {
        return reading.requests(CurrentCaller.get(), id);
    }

    @PostMapping("/{id}/requests")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<RequestView> recordRequest(@PathVariable UUID id,
            @Valid @RequestBody PairRequests.ChangeRequestCreate request) {
        RequestView r = requests.recordRequest(CurrentCaller.get(), id, request);
        return ResponseEntity.created(URI.create("/api/registry/pairs/" + id + "/requests/" + r.id())).body(r);
    }

    @PostMapping("/{id}/requests/{requestId}/decision")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    RequestView decide(@PathVariable UUID id, @PathVariable UUID requestId,
            @Valid @RequestBody PairRequests.Decision decision) {
        return requests.decide(CurrentCaller.get(), id, requestId, decision);
    }

    // ---------------------------------------------------------------- the catalog for forms on screen

    public record Labelled(String code, String label) {
    }

    public record FormEntry(String code, String label, List<ParticipantKind> mentorKinds, List<ParticipantKind> menteeKinds,
            List<Labelled> interactionModels) {
    }

    public record KindEntry(String code, String label, int minMentees, Integer maxMentees) {
    }

    public record Catalog(List<FormEntry> forms, List<KindEntry> kinds, List<Labelled> statuses,
            List<Labelled> terminationReasons, List<Labelled> requestKinds) {
    }

    /** Forms with their models, kinds, statuses and reasons, with the Russian labels users see. */
    @GetMapping("/catalog")
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    Catalog catalog() {
        return new Catalog(
                Arrays.stream(MentoringForm.values()).map(f -> new FormEntry(f.name(), f.label(),
                        f.mentorKinds().stream().sorted().toList(), f.menteeKinds().stream().sorted().toList(),
                        InteractionModel.of(f).stream().map(m -> new Labelled(m.name(), m.label())).toList())).toList(),
                Arrays.stream(PairKind.values()).map(k -> new KindEntry(k.name(), k.label(), k.minMentees(),
                        k.maxMentees() == Integer.MAX_VALUE ? null : k.maxMentees())).toList(),
                Arrays.stream(PairStatus.values()).map(s -> new Labelled(s.name(), s.label())).toList(),
                Arrays.stream(TerminationReason.values()).map(r -> new Labelled(r.name(), r.label())).toList(),
                Arrays.stream(ChangeRequestKind.values()).map(r -> new Labelled(r.name(), r.label())).toList());
    }
}
