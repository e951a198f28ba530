package ru.mentoring.registry.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.platform.upload.RowsRejectedException;
import ru.mentoring.platform.upload.UploadException;
import ru.mentoring.platform.upload.UploadTooLargeException;
import ru.mentoring.platform.web.NotFoundException;

/**
 * The banks of mentors, mentees and pairs as XLSX and CSV files, both ways.
 * <ul>
 *   <li>{@code GET /api/registry/exchange/{mentors|mentees|pairs}?format=xlsx|csv&school=} — a file;</li>
 *   <li>{@code POST /api/registry/exchange/{mentors|mentees|pairs}} with a multipart {@code file} — import,
 *       all or nothing; 422 lists every rejected row ({@code errors: [{row, field, reason}]}), 400 a file that is
 *       no table, 413 a file over {@code platform.upload.max-size} (10 MB) or with more rows than
 *       {@code platform.upload.max-rows}.</li>
 * </ul>
 * A school administrator exports and imports their school only; the coordinator the municipality.
 */
@RestController
@RequestMapping("/api/registry/exchange")
class ExchangeController {

    private final Exports exports;
    private final PeopleImport people;
    private final PairImport pairs;
    private final MeterRegistry meters;
    private final TableReader reader;
    private final Clock clock;

    ExchangeController(Exports exports, PeopleImport people, PairImport pairs, MeterRegistry meters, TableReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
        this.exports = exports;
        this.people = people;
        this.pairs = pairs;
        this.meters = meters;
    }

    @GetMapping("/{bank}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<byte[]> export(@PathVariable String bank, @RequestParam(required = false) String format,
            @RequestParam(required = false) String school) {
        FileFormat f = FileFormat.of(format);
        CallerIdentity caller = CurrentCaller.get();
        String schoolCode = school == null || school.isBlank() ? null : school.strip();
        Exports.Export export = switch (bank) {
            case "mentors" -> exports.mentors(caller, schoolCode);
            case "mentees" -> exports.mentees(caller, schoolCode);
            case "pairs" -> exports.pairs(caller, schoolCode);
            default -> throw new NotFoundException("bank", bank);
        };
        byte[] body = TableWriter.write(f, export.sheet(), export.header(), export.rows());
        String filename = export.sheet() + (schoolCode == null ? "" : " " + schoolCode) + " " + LocalDate.now(clock) + "." + f.extension();
        return ResponseEntity.ok()
                .contentType(f.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8)
                        .build().toString())
                .body(body);
    }

    @PostMapping("/{bank}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    Object importFile(@PathVariable String bank, @RequestPart(name = "file", required = false) MultipartFile file) {
        PeopleImport.Bank which = switch (bank) {
            case "mentors" -> PeopleImport.Bank.MENTORS;
            case "mentees" -> PeopleImport.Bank.MENTEES;
            case "pairs" -> null;
            default -> throw new NotFoundException("bank", bank);
        };
        String kind = bank.toLowerCase(Locale.ROOT);
        try {
            if (file == null) {
                throw new UploadException(400, "file", "Приложите файл в поле «file» (XLSX или CSV)");
            }
            Table table = reader.read(file);
            Object result = which == null ? pairs.run(CurrentCaller.get(), table) : people.run(CurrentCaller.get(), which, table);
            count(kind, "stored");
            if (which != null) {
                people.analyze(); // after the commit
            }
            return result;
        } catch (RowsRejectedException e) {
            count(kind, "rejected");
            throw e;
        } catch (UploadTooLargeException e) {
            count(kind, "too_large");
            throw e;
        } catch (UploadException e) {
            count(kind, "malformed");
            throw e;
        }
    }

    private void count(String kind, String outcome) {
        Counter.builder("registry.imports").description("Imports of the banks by outcome")
                .tag("kind", kind).tag("outcome", outcome).register(meters).increment();
    }
}
