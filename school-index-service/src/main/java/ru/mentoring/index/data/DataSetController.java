package ru.mentoring.index.data;

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
 * The versions of a year's values: the list (who, when, which file, rows, checksum, which is
 * current) and undo, which makes an earlier data set current again. The data sets are the whole
 * region's cohort, like the values endpoints; metadata only, no values.
 */
@RestController
@RequestMapping("/api/index/years/{year}/data-sets")
class DataSetController {

    private final DataSetService dataSets;

    DataSetController(DataSetService dataSets) {
        this.dataSets = dataSets;
    }

    @GetMapping
    @PreAuthorize(IndexAccess.RECORD_READERS)
    List<DataSetView> list(@PathVariable int year) {
        return dataSets.list(year);
    }

    @GetMapping("/{id}")
    @PreAuthorize(IndexAccess.RECORD_READERS)
    DataSetView get(@PathVariable int year, @PathVariable UUID id) {
        return dataSets.get(year, id);
    }

    /** Undo: the data set becomes the current one of its (year, kind); the one current before is kept. */
    @PostMapping("/{id}/current")
    // a version is the whole region's year: only the region's analyst switches it
    @PreAuthorize("hasRole('region-analyst')")
    DataSetView makeCurrent(@PathVariable int year, @PathVariable UUID id) {
        return dataSets.makeCurrent(year, id, CurrentCaller.get().username());
    }
}
