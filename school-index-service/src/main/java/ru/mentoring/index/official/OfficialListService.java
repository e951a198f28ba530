package ru.mentoring.index.official;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.upload.RowErrors;
import ru.mentoring.platform.upload.TableRow;
import ru.mentoring.platform.upload.UploadedTable;
import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.NotFoundException;

/** The region's official ШНОР list per year, and its comparison with the computed classification. */
@Service
class OfficialListService {

    static final String LOW_RESULTS = "LOW_RESULTS";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    OfficialListService(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Replaces the year's list with the codes of the table (header {@code school_code}), all or
     * nothing: a blank, repeated or unknown code (not in the cohort) rejects the whole file. A
     * caller confined to a municipality replaces that municipality's part of the list only, and a
     * code outside it is as unknown as a code of no school.
     */
    @Transactional
    OfficialListReport replace(int year, UploadedTable table, CallerIdentity caller, CallerScope scope) {
        if (scope.isEmpty()) {
            throw new AccessDeniedException("no write scope");
        }
        checkYear(year);
        OptionalInt column = table.column("school_code");
        if (column.isEmpty()) {
            throw DomainRuleException.unprocessable("header", "В заголовке нет столбца school_code");
        }
        List<TableRow> rows = new ArrayList<>();
        while (table.hasNext()) {
            rows.add(table.next());
        }
        Set<String> codes = new HashSet<>();
        for (TableRow row : rows) {
            codes.add(row.cell(column.getAsInt()));
        }
        CallerScope.SqlCondition within = scope.condition("c.code", "c.municipality_code");
        List<Object> knownParams = new ArrayList<>();
        knownParams.add(codes.toArray(String[]::new));
        knownParams.addAll(within.params());
        Set<String> known = new HashSet<>(jdbc.sql("select c.code from cohort_school c where c.code = any(?) and (" + within.sql() + ")")
                .params(knownParams).query(String.class).list());
        RowErrors errors = new RowErrors();
        Map<String, Long> accepted = new LinkedHashMap<>();
        for (TableRow row : rows) {
            String code = row.cell(column.getAsInt());
            if (code.isEmpty()) {
                errors.reject(row.line(), "school_code", "Пустой код школы");
            } else if (accepted.containsKey(code)) {
                errors.reject(row.line(), "school_code", "Школа " + code + " уже есть в строке " + accepted.get(code));
            } else if (!known.contains(code)) {
                errors.reject(row.line(), "school_code",
                        "Школы " + code + " нет в когорте: сначала загрузите её (POST /api/index/schools)");
            } else {
                accepted.put(code, row.line());
            }
        }
        if (errors.any()) {
            throw errors.exception(rows.size());
        }
        OffsetDateTime at = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        List<Object[]> batch = accepted.keySet().stream().map(code -> new Object[] {year, code}).toList();
        boolean replaced;
        if (scope.isRegionWide()) {
            replaced = jdbc.sql("delete from official_low_result_list where year = ?").param(year).update() > 0;
            jdbc.sql("insert into official_low_result_list (year, loaded_at, loaded_by, school_count) values (?, ?, ?, ?)")
                    .params(year, at, caller.username(), accepted.size()).update();
            template.batchUpdate("insert into official_low_result (year, school_code) values (?, ?)", batch);
        } else {
            // the municipality's part of the region's list: the other municipalities' lines stay
            replaced = jdbc.sql("select exists (select 1 from official_low_result_list where year = ?)")
                    .param(year).query(Boolean.class).single();
            jdbc.sql("""
                            insert into official_low_result_list (year, loaded_at, loaded_by, school_count) values (?, ?, ?, 0)
                            on conflict (year) do update set loaded_at = excluded.loaded_at, loaded_by = excluded.loaded_by""")
                    .params(year, at, caller.username()).update();
            List<Object> deleteParams = new ArrayList<>(List.of(year));
            deleteParams.addAll(within.params());
            jdbc.sql("delete from official_low_result o where o.year = ? and o.school_code in (select c.code from cohort_school c where "
                    + within.sql() + ")").params(deleteParams).update();
            template.batchUpdate("insert into official_low_result (year, school_code) values (?, ?)", batch);
            jdbc.sql("update official_low_result_list set school_count = (select count(*) from official_low_result where year = ?) where year = ?")
                    .params(year, year).update();
        }
        return new OfficialListReport(year, accepted.size(), replaced, at, caller.username());
    }

    /** The year's official list beside the latest run's LOW_RESULTS, both limited to what the caller may read. */
    @Transactional(readOnly = true)
    LowResultsComparison compare(int year, CallerIdentity caller) {
        checkYear(year);
        boolean loaded = jdbc.sql("select exists (select 1 from official_low_result_list where year = ?)")
                .param(year).query(Boolean.class).single();
        if (!loaded) {
            throw new NotFoundException("official-low-results", year);
        }
        UUID run = jdbc.sql("select id from classification_run where year = ? order by computed_at desc, id limit 1")
                .param(year).query(UUID.class).optional()
                .orElseThrow(() -> new NotFoundException("classification", year));
        CallerScope.SqlCondition scope = CallerScope.forReading(caller).condition("c.code", "c.municipality_code");
        List<Object> officialParams = new ArrayList<>(List.of(year));
        officialParams.addAll(scope.params());
        Set<String> official = new TreeSet<>(jdbc.sql("""
                        select o.school_code
                          from official_low_result o
                          left join cohort_school c on c.code = o.school_code
                         where o.year = ? and (%s)""".formatted(scope.sql()))
                .params(officialParams).query(String.class).list());
        List<Object> computedParams = new ArrayList<>(List.of(run, LOW_RESULTS));
        computedParams.addAll(scope.params());
        Set<String> computed = new TreeSet<>(jdbc.sql("""
                        select r.school_code
                          from classification_result r
                          left join cohort_school c on c.code = r.school_code
                         where r.run_id = ? and ? = any(r.statuses) and (%s)""".formatted(scope.sql()))
                .params(computedParams).query(String.class).list());
        List<String> inBoth = official.stream().filter(computed::contains).toList();
        List<String> onlyOfficial = official.stream().filter(c -> !computed.contains(c)).toList();
        List<String> onlyComputed = computed.stream().filter(c -> !official.contains(c)).toList();
        return new LowResultsComparison(year, inBoth, onlyOfficial, onlyComputed);
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw DomainRuleException.unprocessable("year", "Год должен быть от 2000 до 2100");
        }
    }
}
