package ru.mentoring.index.history;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.web.NotFoundException;

/** A school's results over the years, and a municipality's ШНОР count year by year. */
@Service
class HistoryService {

    /** The programme's target: the number of ШНОР falls by at least 40% a year. */
    static final int TARGET_FALL_PERCENT = 40;

    /** The latest run of each year, chosen as ClassificationStore.latestRun chooses it. */
    private static final String LATEST_RUNS = """
            with latest as (
                select distinct on (year) id, year, methodology_version
                  from classification_run
                 order by year, computed_at desc, id)
            """;

    private final JdbcClient jdbc;

    HistoryService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry per year with a run that includes the school, oldest first; 404 when the caller may not see the school. */
    @Transactional(readOnly = true)
    List<SchoolYear> schoolHistory(String code, CallerIdentity caller) {
        CallerScope.SqlCondition within = CallerScope.forReading(caller).condition("c.code", "c.municipality_code");
        List<Object> params = new ArrayList<>(List.of(code));
        params.addAll(within.params());
        boolean visible = jdbc.sql("select exists (select 1 from cohort_school c where c.code = ? and (%s))"
                .formatted(within.sql())).params(params).query(Boolean.class).single();
        if (!visible) {
            throw new NotFoundException("school", code);
        }
        return jdbc.sql(LATEST_RUNS + """
                        select l.year, l.methodology_version, r.ior, r.ior_quartile, r.isbsh, r.isbsh_quartile, r.statuses
                          from latest l
                          join classification_result r on r.run_id = l.id and r.school_code = ?
                         order by l.year""")
                .param(code)
                .query((rs, n) -> new SchoolYear(rs.getInt(1), rs.getString(2), (Double) rs.getObject(3),
                        integer(rs.getObject(4)), (Double) rs.getObject(5), integer(rs.getObject(6)),
                        Arrays.asList((String[]) rs.getArray(7).getArray())))
                .list();
    }

    /**
     * The municipality's ШНОР count in each year whose latest run includes its schools; a
     * coordinator or department viewer of that municipality or a region analyst may read it (404
     * for everyone else).
     */
    @Transactional(readOnly = true)
    LowResultsTrend lowResultsTrend(String municipality, CallerIdentity caller) {
        CallerScope scope = CallerScope.forReading(caller);
        if (!scope.coversMunicipality(municipality) || scope instanceof CallerScope.Everything) {
            throw new NotFoundException("municipality", municipality);
        }
        // a region-wide reader names any municipality: one the cohort does not know is not found, as for anyone
        if (scope.isRegionWide() && !jdbc.sql("select exists (select 1 from cohort_school where municipality_code = ?)")
                .param(municipality).query(Boolean.class).single()) {
            throw new NotFoundException("municipality", municipality);
        }
        record Count(int year, int low, int schools) {
        }
        List<Count> counts = jdbc.sql(LATEST_RUNS + """
                        select l.year,
                               count(*) filter (where 'LOW_RESULTS' = any(r.statuses)),
                               count(*)
                          from latest l
                          join classification_result r on r.run_id = l.id
                          join cohort_school c on c.code = r.school_code and c.municipality_code = ?
                         group by l.year
                         order by l.year""")
                .param(municipality)
                .query((rs, n) -> new Count(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .list();
        List<LowResultsTrend.Year> years = new ArrayList<>();
        Count previous = null;
        for (Count count : counts) {
            Integer before = previous != null && previous.year() == count.year() - 1 ? previous.low() : null;
            Integer change = before == null ? null : count.low() - before;
            Double percent = before == null || before == 0 ? null
                    : BigDecimal.valueOf(change * 100L).divide(BigDecimal.valueOf(before), 2, RoundingMode.HALF_UP).doubleValue();
            // exact in integers: a fall of at least 40% means count <= 60% of the year before
            Boolean met = before == null || before == 0 ? null
                    : count.low() * 100L <= (long) before * (100 - TARGET_FALL_PERCENT);
            years.add(new LowResultsTrend.Year(count.year(), count.low(), count.schools(), before, change, percent, met));
            previous = count;
        }
        return new LowResultsTrend(municipality, TARGET_FALL_PERCENT, years);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
