package ru.mentoring.registry.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.NotFoundException;
import ru.mentoring.registry.shared.PageView;

/**
 * The audit log is the coordinator's: it names people of every school of the municipality, so a
 * school administrator and a department viewer get 403.
 */
@RestController
@RequestMapping("/api/registry/audit")
class AuditController {

    private final AuditLog audit;
    private final ZoneId zone;

    AuditController(AuditLog audit, @Value("${registry.zone:Europe/Moscow}") ZoneId zone) {
        this.audit = audit;
        this.zone = zone;
    }

    /** {@code from} and {@code to} are calendar days of the district (both included). */
    @GetMapping
    @PreAuthorize("hasRole('coordinator')")
    PageView<AuditEntryView> read(@RequestParam(required = false) String schoolCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        CallerIdentity caller = CurrentCaller.get();
        if (from != null && to != null && to.isBefore(from)) {
            throw DomainRuleException.unprocessable("to", "Дата окончания периода раньше даты начала");
        }
        String school = schoolCode == null || schoolCode.isBlank() ? null : schoolCode.strip();
        if (school != null && !audit.schoolOfMunicipality(school, caller.municipality())) {
            throw new NotFoundException("school", school); // another district's school is "not found", as everywhere
        }
        OffsetDateTime start = from == null ? null : from.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        return audit.read(caller.municipality(), school, start, end, PageView.page(page), PageView.size(size, 100));
    }
}
