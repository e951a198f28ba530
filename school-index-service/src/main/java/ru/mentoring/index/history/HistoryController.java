package ru.mentoring.index.history;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.index.access.IndexAccess;
import ru.mentoring.platform.security.CurrentCaller;

/** History of a school's results and the municipality's ШНОР trend (issue 4, item 6). */
@RestController
class HistoryController {

    private final HistoryService history;

    HistoryController(HistoryService history) {
        this.history = history;
    }

    @GetMapping("/api/index/schools/{code}/history")
    @PreAuthorize(IndexAccess.READERS)
    List<SchoolYear> schoolHistory(@PathVariable String code) {
        return history.schoolHistory(code, CurrentCaller.get());
    }

    /** Any other caller gets 404 (not 403), as for a municipality that does not exist. */
    @GetMapping("/api/index/municipalities/{municipality}/low-results-trend")
    @PreAuthorize(IndexAccess.READERS)
    LowResultsTrend lowResultsTrend(@PathVariable String municipality) {
        return history.lowResultsTrend(municipality, CurrentCaller.get());
    }
}
