package ru.mentoring.registry.own;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.platform.tenant.TenantContext;
import ru.mentoring.registry.own.OwnViews.OwnPairView;
import ru.mentoring.registry.own.OwnViews.ProposalView;
import ru.mentoring.registry.own.OwnViews.ReportView;
import ru.mentoring.registry.pair.PairChangeRequests;
import ru.mentoring.registry.pair.PairReading;
import ru.mentoring.registry.pair.PairViews.RequestView;
import ru.mentoring.registry.programme.ProgrammeService;
import ru.mentoring.registry.programme.ProgrammeView;

/**
 * A mentor's or mentee's own account: only the pairs they are a member of; another pair is 404 as
 * everywhere. Their token reaches no school ({@code CallerScope.Nothing}), so the school-wide paths
 * stay closed to them; here the work runs as the system tenant, because a pair's people belong to
 * one or two schools and row-level security would hide them, and it is confined instead by the
 * membership check every call starts with ({@code PairAccess.ofMember}).
 */
@RestController
@RequestMapping("/api/registry/me")
class OwnController {

    private final PairReading pairs;
    private final ProgrammeService programmes;
    private final PairChangeRequests requests;
    private final OwnContributions contributions;

    OwnController(PairReading pairs, ProgrammeService programmes, PairChangeRequests requests, OwnContributions contributions) {
        this.pairs = pairs;
        this.programmes = programmes;
        this.requests = requests;
        this.contributions = contributions;
    }

    @PreAuthorize("hasAnyRole('mentor','mentee')")
    @GetMapping("/pairs")
    List<OwnPairView> myPairs() {
        return asMember(() -> pairs.own(CurrentCaller.get()).stream()
                .map(p -> OwnPairView.of(p, pairs.isOwnMentor(CurrentCaller.get(), p.id()))).toList());
    }

    @PreAuthorize("hasAnyRole('mentor','mentee')")
    @GetMapping("/pairs/{pairId}")
    OwnPairView myPair(@PathVariable UUID pairId) {
        return asMember(() -> OwnPairView.of(pairs.ownOne(CurrentCaller.get(), pairId), pairs.isOwnMentor(CurrentCaller.get(), pairId)));
    }

    @PreAuthorize("hasAnyRole('mentor','mentee')")
    @GetMapping("/pairs/{pairId}/programme")
    ProgrammeView programme(@PathVariable UUID pairId) {
        return asMember(() -> programmes.ofOwnPair(CurrentCaller.get(), pairId));
    }

    /** The mentor marks an event of the plan done (or not done after all). */
    @PreAuthorize("hasAnyRole('mentor','mentee')")
    @PostMapping("/pairs/{pairId}/programme/events/{eventId}/done")
    ProgrammeView done(@PathVariable UUID pairId, @PathVariable UUID eventId, @Valid @RequestBody OwnRequests.Done body) {
        return asMember(() -> programmes.markDoneAsMentor(CurrentCaller.get(), pairId, eventId, body.done()));
    }

    @PreAuthorize("hasAnyRole('mentor','mentee')")
    @GetMapping("/pairs/{pairId}/reports")
    List<ReportView> reports(@PathVariable UUID pairId) {
        return asMember(() -> contributions.ownReports(CurrentCaller.get(), pairId));
    }

    /** The mentor's report on the current stage («отчёт наставника»). */
    @PreAuthorize("hasAnyRole('mentor','mentee')")
    @PostMapping("/pairs/{pairId}/reports")
    ResponseEntity<ReportView> writeReport(@PathVariable UUID pairId, @Valid @RequestBody OwnRequests.Report body) {
        ReportView r = asMember(() -> contributions.writeReport(CurrentCaller.get(), pairId, body.text()));
        return ResponseEntity.created(URI.create("/api/registry/me/pairs/" + pairId + "/reports")).body(r);
    }

    @PreAuthorize("hasAnyRole('mentor','mentee')")
    @GetMapping("/pairs/{pairId}/proposals")
    List<ProposalView> proposals(@PathVariable UUID pairId) {
        return asMember(() -> contributions.ownProposals(CurrentCaller.get(), pairId));
    }

    /** A mentee proposes a change of their programme; the curator takes it into the programme. */
    @PreAuthorize("hasAnyRole('mentor','mentee')")
    @PostMapping("/pairs/{pairId}/proposals")
    ResponseEntity<ProposalView> propose(@PathVariable UUID pairId, @Valid @RequestBody OwnRequests.Proposal body) {
        ProposalView p = asMember(() -> contributions.propose(CurrentCaller.get(), pairId, body.text()));
        return ResponseEntity.created(URI.create("/api/registry/me/pairs/" + pairId + "/proposals")).body(p);
    }

    @PreAuthorize("hasAnyRole('mentor','mentee')")
    @GetMapping("/pairs/{pairId}/requests")
    List<RequestView> myRequests(@PathVariable UUID pairId) {
        return asMember(() -> pairs.ownRequests(CurrentCaller.get(), pairId));
    }

    /** A mentee asks for another mentor; the mentor asks to be relieved. The curator decides. */
    @PreAuthorize("hasAnyRole('mentor','mentee')")
    @PostMapping("/pairs/{pairId}/requests")
    ResponseEntity<RequestView> request(@PathVariable UUID pairId, @Valid @RequestBody OwnRequests.ChangeRequest body) {
        RequestView r = asMember(() -> requests.recordOwn(CurrentCaller.get(), pairId, body.reason()));
        return ResponseEntity.created(URI.create("/api/registry/me/pairs/" + pairId + "/requests")).body(r);
    }

    private static <T> T asMember(Supplier<T> work) {
        return TenantContext.callAsSystem(work);
    }
}
