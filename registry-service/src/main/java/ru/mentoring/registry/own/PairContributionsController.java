package ru.mentoring.registry.own;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.registry.own.OwnViews.ProposalView;
import ru.mentoring.registry.own.OwnViews.ReportView;

/**
 * The curator's and coordinator's view of what a pair's members wrote themselves, as far as they reach
 * the pair, and their decision on a mentee's proposal, as far as they may change the pair.
 */
@RestController
@RequestMapping("/api/registry/pairs/{pairId}")
class PairContributionsController {

    private final OwnContributions contributions;

    PairContributionsController(OwnContributions contributions) {
        this.contributions = contributions;
    }

    @GetMapping("/reports")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    List<ReportView> reports(@PathVariable UUID pairId) {
        return contributions.reports(CurrentCaller.get(), pairId);
    }

    @GetMapping("/proposals")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    List<ProposalView> proposals(@PathVariable UUID pairId) {
        return contributions.proposals(CurrentCaller.get(), pairId);
    }

    /** Accepts or declines a mentee's proposal; the mentee sees the decision and its comment in their account. */
    @PostMapping("/proposals/{proposalId}/decision")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ProposalView decide(@PathVariable UUID pairId, @PathVariable UUID proposalId, @Valid @RequestBody OwnRequests.ProposalDecision body) {
        return contributions.decide(CurrentCaller.get(), pairId, proposalId, body.accept(), body.note());
    }
}
