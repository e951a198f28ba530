package ru.mentoring.monitoring.recommendation;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.monitoring.web.ProgrammeYear;
import ru.mentoring.platform.security.CurrentCaller;

/** Recommendations after monitoring and the schools' decisions on them. */
@RestController
@Validated
@RequestMapping("/api/monitoring/recommendations")
class RecommendationController {

    private final RecommendationService recommendations;

    RecommendationController(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @PostMapping
    @PreAuthorize("hasRole('coordinator')")
    ResponseEntity<RecommendationView> create(@Valid @RequestBody RecommendationRequests.Create request) {
        RecommendationView created = recommendations.create(CurrentCaller.get(), request);
        return ResponseEntity.created(URI.create("/api/monitoring/recommendations/" + created.id())).body(created);
    }

    /** The municipality's (coordinator, department viewer; {@code schoolCode} narrows to one school) or the own school's. */
    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    List<RecommendationView> list(@RequestParam(required = false) @ProgrammeYear Integer programmeYear,
            @RequestParam(required = false) String schoolCode) {
        return recommendations.list(CurrentCaller.get(), programmeYear, schoolCode);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin','department-viewer')")
    RecommendationView one(@PathVariable UUID id) {
        return recommendations.one(CurrentCaller.get(), id);
    }

    /** The school's decision on the recommendation, its due date and, once carried out, the day. */
    @PutMapping("/{id}/decision")
    @PreAuthorize("hasRole('school-admin')")
    RecommendationView decide(@PathVariable UUID id, @Valid @RequestBody RecommendationRequests.Decision decision) {
        return recommendations.decide(CurrentCaller.get(), id, decision);
    }
}
