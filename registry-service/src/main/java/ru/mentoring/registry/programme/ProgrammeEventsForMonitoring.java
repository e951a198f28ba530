package ru.mentoring.registry.programme;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.web.DomainRuleException;

/**
 * For the monitoring service's information note (its service token only): what the pairs'
 * programmes held in a period, the forms of support given («собеседование», «посещение открытого
 * урока», ...): each event title once (the same words in any case and spacing are one line), with
 * how many pairs planned it, how many times, and how many were done. Titles only, no goals, no
 * names: a programme's title is the pair's plan, not a person's data.
 */
@RestController
@RequestMapping("/api/registry/programmes")
class ProgrammeEventsForMonitoring {

    /** @param title the title as most often written (the first such, alphabetically, on a tie) */
    record EventLine(String title, long pairs, long events, long done) {
    }

    private final JdbcClient jdbc;

    ProgrammeEventsForMonitoring(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/events-in-period")
    @PreAuthorize("hasRole('internal-service')")
    @Transactional(readOnly = true)
    List<EventLine> inPeriod(@RequestParam(required = false) String municipalityCode,
            @RequestParam(required = false) String schoolCode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        boolean school = schoolCode != null && !schoolCode.isBlank();
        if (school == (municipalityCode != null && !municipalityCode.isBlank())) {
            throw new DomainRuleException(400, "Укажите школу или муниципалитет",
                    List.of(new DomainRuleException.Violation("schoolCode", "Укажите либо школу, либо муниципалитет")));
        }
        String member = school ? "m.school_code = :scope"
                : "m.school_code in (select code from school where municipality_code = :scope)";
        // the events dated in the period, of pairs with a member of the scope
        return jdbc.sql("""
                        with e as (
                          select e.pair_id, e.title, e.done, lower(regexp_replace(btrim(e.title), '\\s+', ' ', 'g')) as k
                          from programme_event e
                          where e.event_date between :from and :to
                            and exists (select 1 from pair_member m where m.pair_id = e.pair_id and %s))
                        select (select e2.title from e e2 where e2.k = e.k group by e2.title order by count(*) desc, e2.title limit 1),
                               count(distinct e.pair_id), count(*), count(*) filter (where e.done)
                        from e group by e.k order by count(distinct e.pair_id) desc, 1""".formatted(member))
                .param("scope", (school ? schoolCode : municipalityCode).strip()).param("from", from).param("to", to)
                .query((rs, i) -> new EventLine(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
    }
}
