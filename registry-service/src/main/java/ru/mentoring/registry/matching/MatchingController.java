package ru.mentoring.registry.matching;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.security.CurrentCaller;

@RestController
class MatchingController {

    private final MatchingService matching;

    MatchingController(MatchingService matching) {
        this.matching = matching;
    }

    /**
     * Ranked mentors for the request, each with its reasons. {@code year}: the classification year
     * to ask the index service for (default: this year, then the year before).
     */
    @GetMapping("/api/registry/bank/mentee-requests/{id}/suggested-mentors")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    MatchingViews.Answer suggest(@PathVariable UUID id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer limit) {
        int n = limit == null ? 20 : Math.max(1, Math.min(100, limit));
        return matching.suggest(CurrentCaller.get(), id, year, n);
    }
}
