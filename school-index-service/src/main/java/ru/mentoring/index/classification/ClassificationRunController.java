package ru.mentoring.index.classification;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.index.access.IndexAccess;
import ru.mentoring.platform.security.CurrentCaller;

/**
 * The stored runs of a year with the data sets and methodology version each read, and their
 * recomputation: any past run computed again from its own inputs and compared with what was stored.
 */
@RestController
@RequestMapping("/api/index/years/{year}/classification/runs")
class ClassificationRunController {

    private final RunRecomputation runs;

    ClassificationRunController(RunRecomputation runs) {
        this.runs = runs;
    }

    @GetMapping
    @PreAuthorize(IndexAccess.RECORD_READERS)
    List<RunRecord> list(@PathVariable int year) {
        return runs.runs(year);
    }

    @GetMapping("/{runId}")
    @PreAuthorize(IndexAccess.RECORD_READERS)
    RunRecord get(@PathVariable int year, @PathVariable UUID runId) {
        return runs.run(year, runId);
    }

    /** Computes the run again (nothing is stored) and says whether every school's result is equal, and which differ. */
    @PostMapping("/{runId}/recomputation")
    // a whole cohort computed again: the region's analyst's check (and the platform's), not every reader's
    @PreAuthorize("hasAnyRole('region-analyst','internal-service')")
    RecomputationReport recompute(@PathVariable int year, @PathVariable UUID runId) {
        return runs.recompute(year, runId, CurrentCaller.get());
    }
}
