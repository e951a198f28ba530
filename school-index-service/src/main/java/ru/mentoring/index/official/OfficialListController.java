package ru.mentoring.index.official;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.index.access.IndexAccess;
import ru.mentoring.platform.upload.UploadedTable;
import ru.mentoring.platform.upload.Uploads;
import ru.mentoring.platform.security.CurrentCaller;

/** The region's official ШНОР list of a year (docs/methodology.md §6) and its comparison with the computed one. */
@RestController
@RequestMapping("/api/index/years/{year}/official-low-results")
class OfficialListController {

    private final OfficialListService lists;
    private final Uploads uploads;
    private final IndexAccess access;

    OfficialListController(OfficialListService lists, Uploads uploads, IndexAccess access) {
        this.access = access;
        this.lists = lists;
        this.uploads = uploads;
    }

    /** {@code school_code}, one a row, as CSV or XLSX; replaces the year's list, all or nothing. */
    @PutMapping(consumes = {Uploads.CSV, Uploads.XLSX})
    @PreAuthorize(IndexAccess.WRITERS)
    OfficialListReport replace(@PathVariable int year, HttpServletRequest request) throws IOException {
        try (UploadedTable table = uploads.open(request.getInputStream(), request.getContentType(), null, request.getContentLengthLong())) {
            return lists.replace(year, table, CurrentCaller.get(), access.writing(CurrentCaller.get()));
        }
    }

    @GetMapping("/comparison")
    @PreAuthorize(IndexAccess.READERS)
    LowResultsComparison comparison(@PathVariable int year) {
        return lists.compare(year, CurrentCaller.get());
    }
}
