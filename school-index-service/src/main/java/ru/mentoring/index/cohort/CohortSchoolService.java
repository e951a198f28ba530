package ru.mentoring.index.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.upload.RowErrors;
import ru.mentoring.platform.upload.TableRow;
import ru.mentoring.platform.upload.UploadedTable;
import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.NotFoundException;

@Service
public class CohortSchoolService {

    /** Codes of schools and municipalities: safe in CSV, in COPY's text format and in a URL. */
    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);
    private static final int BATCH = 1000;

    private final CohortSchoolRepository schools;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Counter imported;

    public CohortSchoolService(CohortSchoolRepository schools, JdbcClient jdbc, JdbcTemplate jdbcTemplate, MeterRegistry meters) {
        this.schools = schools;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.imported = Counter.builder("index.cohort.schools.imported")
                .description("Region schools loaded from CSV").register(meters);
    }

    public record Upserted(CohortSchool school, boolean created) {
    }

    /**
     * Creates or replaces one school. A REGION description never overwrites a school the registry
     * made known: the registry is the authority for its own tenants.
     */
    @Transactional
    public Upserted upsert(String code, CohortSchoolRequest request) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw DomainRuleException.unprocessable("code",
                    "Код школы: латинские буквы, цифры, точка, дефис, подчёркивание; до 64 символов");
        }
        SchoolSource source = request.source() == null ? SchoolSource.REGISTRY : request.source();
        return schools.findById(code)
                .map(existing -> {
                    if (existing.getSource() == SchoolSource.REGISTRY && source == SchoolSource.REGION) {
                        throw DomainRuleException.conflict("source",
                                "Школа " + code + " известна из реестра: региональные данные её не меняют");
                    }
                    existing.describe(request.name(), request.municipalityCode(), request.advancedLevel(), source);
                    return new Upserted(existing, false);
                })
                .orElseGet(() -> new Upserted(schools.save(new CohortSchool(code, request.name(), request.municipalityCode(),
                        request.advancedLevel(), source)), true));
    }

    /**
     * The rest of the region as {@code school_code,name,municipality_code,advanced_level}: every
     * row is checked first, and one bad row rejects the file.
     */
    @Transactional
    public CohortImportReport importRegion(UploadedTable table) {
        int codeColumn = required(table, "school_code");
        int nameColumn = required(table, "name");
        int municipalityColumn = required(table, "municipality_code");
        int advancedColumn = required(table, "advanced_level");

        record Row(String code, String name, String municipality, boolean advanced) {
        }
        List<Row> rows = new ArrayList<>();
        RowErrors errors = new RowErrors();
        Set<String> seen = new HashSet<>();
        long read = 0;
        while (table.hasNext()) {
            TableRow row = table.next();
            read++;
            String code = row.cell(codeColumn);
            String name = row.cell(nameColumn);
            String municipality = row.cell(municipalityColumn);
            String advanced = row.cell(advancedColumn).toLowerCase(java.util.Locale.ROOT);
            boolean ok = true;
            if (code.isEmpty()) {
                errors.reject(row.line(), "school_code", "Пустой код школы");
                ok = false;
            } else if (!CODE.matcher(code).matches()) {
                errors.reject(row.line(), "school_code",
                        "Код школы «" + code + "»: допустимы латинские буквы, цифры, точка, дефис, подчёркивание; до 64 символов");
                ok = false;
            } else if (!seen.add(code)) {
                errors.reject(row.line(), "school_code", "Школа " + code + " уже встречалась в файле выше");
                ok = false;
            }
            if (name.isEmpty()) {
                errors.reject(row.line(), "name", "Пустое наименование школы");
                ok = false;
            } else if (name.length() > 500) {
                errors.reject(row.line(), "name", "Наименование длиннее 500 символов");
                ok = false;
            }
            if (municipality.isEmpty()) {
                errors.reject(row.line(), "municipality_code", "Пустой код муниципалитета");
                ok = false;
            } else if (!CODE.matcher(municipality).matches()) {
                errors.reject(row.line(), "municipality_code", "Недопустимый код муниципалитета «" + municipality + "»");
                ok = false;
            }
            if (!advanced.equals("true") && !advanced.equals("false")) {
                errors.reject(row.line(), "advanced_level",
                        "Признак школы повышенного уровня должен быть true или false, а не «" + row.cell(advancedColumn) + "»");
                ok = false;
            }
            if (ok && !errors.any()) {
                rows.add(new Row(code, name, municipality, advanced.equals("true")));
            }
        }
        if (errors.any()) {
            throw errors.exception(read);
        }
        if (read == 0) {
            throw DomainRuleException.unprocessable("file", "В файле нет ни одной строки со школой");
        }

        Map<String, SchoolSource> existing = new HashMap<>();
        jdbc.sql("select code, source from cohort_school")
                .query(rs -> {
                    existing.put(rs.getString(1), SchoolSource.valueOf(rs.getString(2)));
                });
        long created = 0;
        long updated = 0;
        long kept = 0;
        for (Row r : rows) {
            SchoolSource source = existing.get(r.code());
            if (source == null) {
                created++;
            } else if (source == SchoolSource.REGION) {
                updated++;
            } else {
                kept++;
            }
        }
        // one statement for all: the WHERE keeps the registry's own schools as the registry described them
        jdbcTemplate.batchUpdate("""
                insert into cohort_school (code, name, municipality_code, advanced_level, source, updated_at)
                values (?, ?, ?, ?, 'REGION', now())
                on conflict (code) do update
                   set name = excluded.name, municipality_code = excluded.municipality_code,
                       advanced_level = excluded.advanced_level, updated_at = now()
                 where cohort_school.source = 'REGION'""", rows, BATCH, (ps, r) -> {
            ps.setString(1, r.code());
            ps.setString(2, r.name());
            ps.setString(3, r.municipality());
            ps.setBoolean(4, r.advanced());
        });
        imported.increment(created + updated);
        String message = "Загружено школ региона: " + rows.size() + " (новых — " + created + ", обновлено — " + updated
                + (kept > 0 ? ", оставлено как в реестре — " + kept : "") + ").";
        return new CohortImportReport(read, created, updated, kept, message);
    }

    /** The cohort schools the caller may see: their own school, their municipality's, or all for a service. */
    @Transactional(readOnly = true)
    public List<CohortSchool> visibleTo(CallerIdentity caller) {
        if (caller.isInternalService()) {
            return schools.findAllByOrderByCode();
        }
        if (caller.isCoordinator() || caller.isDepartmentViewer()) {
            return caller.municipality() == null ? List.of() : schools.findByMunicipalityCodeOrderByCode(caller.municipality());
        }
        if (caller.schoolCode() == null) {
            return List.of();
        }
        return schools.findById(caller.schoolCode()).stream().toList();
    }

    @Transactional(readOnly = true)
    public CohortSchool readable(CallerIdentity caller, String code) {
        return schools.findById(code)
                .filter(s -> caller.canReadSchool(s.getCode(), s.getMunicipalityCode()))
                .orElseThrow(() -> new NotFoundException("school", code));
    }

    /**
     * Every cohort school's code with a dense number (0..n-1), so that a loader can keep one bit
     * per (school, code) pair instead of a set of strings.
     */
    @Transactional(readOnly = true)
    public Map<String, Integer> numberedCodes() {
        Map<String, Integer> numbered = new HashMap<>();
        jdbc.sql("select code from cohort_school").query(rs -> {
            numbered.putIfAbsent(rs.getString(1), numbered.size());
        });
        return numbered;
    }

    private static int required(UploadedTable table, String column) {
        OptionalInt index = table.column(column);
        if (index.isEmpty()) {
            throw DomainRuleException.unprocessable("header",
                    "В заголовке нет столбца " + column + ": ожидается school_code,name,municipality_code,advanced_level");
        }
        return index.getAsInt();
    }
}
