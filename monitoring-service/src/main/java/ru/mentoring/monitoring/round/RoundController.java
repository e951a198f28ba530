package ru.mentoring.monitoring.round;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.monitoring.round.RoundViews.CreatedRound;
import ru.mentoring.monitoring.round.RoundViews.Pending;
import ru.mentoring.monitoring.round.RoundViews.PersonalLink;
import ru.mentoring.monitoring.round.RoundViews.RoundDetails;
import ru.mentoring.monitoring.round.RoundViews.RoundSummary;
import ru.mentoring.platform.security.CurrentCaller;

/**
 * Questionnaire rounds: who is asked and who has answered. A department viewer reads aggregated
 * figures elsewhere and never the list of people asked.
 */
@RestController
@RequestMapping("/api/monitoring/rounds")
class RoundController {

    private final RoundService rounds;

    RoundController(RoundService rounds) {
        this.rounds = rounds;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<CreatedRound> create(@Valid @RequestBody CreateRoundRequest request) {
        CreatedRound created = rounds.create(CurrentCaller.get(), request);
        return ResponseEntity.created(URI.create("/api/monitoring/rounds/" + created.round().id())).body(created);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    List<RoundSummary> list(@RequestParam(required = false) String schoolCode,
            @RequestParam(required = false) Integer programmeYear) {
        return rounds.list(CurrentCaller.get(), schoolCode, programmeYear);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    RoundDetails one(@PathVariable UUID id) {
        return rounds.details(CurrentCaller.get(), id);
    }

    @GetMapping("/{id}/pending")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    Pending pending(@PathVariable UUID id) {
        return rounds.pending(CurrentCaller.get(), id);
    }

    @PostMapping("/{id}/respondents/{respondentId}/link")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    PersonalLink reissueLink(@PathVariable UUID id, @PathVariable UUID respondentId) {
        return rounds.reissue(CurrentCaller.get(), id, respondentId);
    }
}
