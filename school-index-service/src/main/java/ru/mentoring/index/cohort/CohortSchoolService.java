package ru.mentoring.index.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.upload.RowErrors;
import ru.mentoring.platform.upload.TableRow;
import ru.mentoring.platform.upload.UploadedTable;
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

    CohortSchoolService(CohortSchoolRepository schools, JdbcClient jdbc, JdbcTemplate jdbcTemplate, MeterRegistry meters) {
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
     * made known: the registry is the authority for its own tenants, and only the registry (a
     * service, {@link CallerScope.Everything}) describes them. Through the index API a school's
     * municipality never changes, and a caller describes only schools within their scope.
     */
    @Transactional
    Upserted upsert(String code, CohortSchoolRequest request, CallerScope scope) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw DomainRuleException.unprocessable("code",
                    "Код школы: латинские буквы, цифры, точка, дефис, подчёркивание; до 64 символов");
        }
        boolean registry = scope instanceof CallerScope.Everything;
        if (!registry && request.source() == SchoolSource.REGISTRY) {
            throw DomainRuleException.unprocessable("source",
                    "Школы реестра описывает только реестр: здесь описываются школы региона (source REGION)");
        }
        if (scope.isEmpty()) {
            throw new AccessDeniedException("no write scope");
        }
        if (!scope.coversMunicipality(request.municipalityCode())) {
            throw DomainRuleException.unprocessable("municipalityCode", OTHER_MUNICIPALITY);
        }
        SchoolSource source = registry ? (request.source() == null ? SchoolSource.REGISTRY : request.source()) : SchoolSource.REGION;
        return schools.findById(code)
                .map(existing -> {
                    if (!scope.includes(existing.getCode(), existing.getMunicipalityCode())) {
                        // another municipality's school: the same words as for any code one cannot use
                        throw DomainRuleException.unprocessable("code", unusableCode(code));
                    }
                    if (existing.getSource() == SchoolSource.REGISTRY && source == SchoolSource.REGION) {
                        throw DomainRuleException.conflict("source",
                                "Школа " + code + " известна из реестра: региональные данные её не меняют");
                    }
                    if (!registry && !existing.getMunicipalityCode().equals(request.municipalityCode())) {
                        throw DomainRuleException.unprocessable("municipalityCode", "Муниципалитет школы " + code
                                + " не меняется: она относится к муниципалитету " + existing.getMunicipalityCode());
                    }
                    existing.describe(request.name(), request.municipalityCode(), request.advancedLevel(), source);
                    return new Upserted(existing, false);
                })
                .orElseGet(() -> new Upserted(schools.save(new CohortSchool(code, request.name(), request.municipalityCode(),
                        request.advancedLevel(), source)), true));
    }

    /** A school of another municipality, to a caller confined to theirs: nothing about it is told. */
    static String unusableCode(String code) {
        return "Код школы «" + code + "» нельзя использовать в этой загрузке: выберите другой код";
    }

    static final String OTHER_MUNICIPALITY = "Можно описывать только школы своего муниципалитета";

    /**
     * The rest of the region as {@code school_code,name,municipality_code,advanced_level}: every
     * row is checked first, and one bad row rejects the file.
     */
    @Transactional
    CohortImportReport importRegion(UploadedTable table, CallerScope scope) {
        int codeColumn = required(table, "school_code");
        int nameColumn = required(table, "name");
        int municipalityColumn = required(table, "municipality_code");
        int advancedColumn = required(table, "advanced_level");

        record Row(long line, String code, String name, String municipality, boolean advanced) {
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
            String advanced = row.cell(advancedColumn).toLowerCase(Locale.ROOT);
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
            } else if (!scope.coversMunicipality(municipality)) {
                errors.reject(row.line(), "municipality_code", OTHER_MUNICIPALITY);
                ok = false;
            }
            if (!advanced.equals("true") && !advanced.equals("false")) {
                errors.reject(row.line(), "advanced_level",
                        "Признак школы повышенного уровня должен быть true или false, а не «" + row.cell(advancedColumn) + "»");
                ok = false;
            }
            if (ok && !errors.any()) {
                rows.add(new Row(row.line(), code, name, municipality, advanced.equals("true")));
            }
        }
        if (errors.any()) {
            throw errors.exception(read);
        }
        if (read == 0) {
            throw DomainRuleException.unprocessable("file", "В файле нет ни одной строки со школой");
        }

        record Known(SchoolSource source, String municipality) {
        }
        Map<String, Known> existing = new HashMap<>();
        jdbc.sql("select code, source, municipality_code from cohort_school")
                .query(rs -> {
                    existing.put(rs.getString(1), new Known(SchoolSource.valueOf(rs.getString(2)), rs.getString(3)));
                });
        long created = 0;
        long updated = 0;
        long kept = 0;
        for (Row r : rows) {
            Known known = existing.get(r.code());
            if (known == null) {
                created++;
            } else if (!scope.includes(r.code(), known.municipality())) {
                // another municipality's school: the same words as for any code one cannot use
                errors.reject(r.line(), "school_code", unusableCode(r.code()));
            } else if (known.source() != SchoolSource.REGION) {
                kept++;
            } else if (!known.municipality().equals(r.municipality())) {
                errors.reject(r.line(), "municipality_code", "Муниципалитет школы " + r.code()
                        + " не меняется: она относится к муниципалитету " + known.municipality());
            } else {
                updated++;
            }
        }
        if (errors.any()) {
            throw errors.exception(read);
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

    /** The cohort schools within the caller's scope. */
    @Transactional(readOnly = true)
    List<CohortSchool> visibleTo(CallerScope scope) {
        return switch (scope) {
            case CallerScope.Everything e -> schools.findAllByOrderByCode();
            case CallerScope.Region r -> schools.findAllByOrderByCode();
            case CallerScope.Municipality m -> schools.findByMunicipalityCodeOrderByCode(m.municipality());
            case CallerScope.School s -> schools.findById(s.schoolCode()).stream().toList();
            case CallerScope.Nothing n -> List.of();
        };
    }

    /** One school within the caller's scope; 404 alike for a missing one and one out of reach. */
    @Transactional(readOnly = true)
    CohortSchool readable(CallerScope scope, String code) {
        return schools.findById(code)
                .filter(s -> scope.includes(s.getCode(), s.getMunicipalityCode()))
                .orElseThrow(() -> new NotFoundException("school", code));
    }

    /**
     * Every cohort school's code within the scope with a dense number (0..n-1), so that a loader can keep one bit
     * per (school, code) pair instead of a set of strings.
     */
    @Transactional(readOnly = true)
    public Map<String, Integer> numberedCodes(CallerScope scope) {
        Map<String, Integer> numbered = new HashMap<>();
        CallerScope.SqlCondition within = scope.condition("code", "municipality_code");
        jdbc.sql("select code from cohort_school where " + within.sql()).params(within.params()).query(rs -> {
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
