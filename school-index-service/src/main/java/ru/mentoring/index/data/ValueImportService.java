package ru.mentoring.index.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.index.cohort.CohortSchoolService;
import ru.mentoring.index.methodologyversion.MethodologyVersionService;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.upload.RowErrors;
import ru.mentoring.platform.upload.TableRow;
import ru.mentoring.platform.upload.UploadedTable;
import ru.mentoring.platform.web.DomainRuleException;

/**
 * Loads a year's indicator or context values as a new data set (version): every row is checked,
 * valid rows stream into PostgreSQL's binary COPY ({@link BinaryCopyWriter}), tagged with the new
 * data set's id, while the file is read, and one bad row anywhere cancels the COPY and rolls the
 * whole load back. Nothing is ever deleted: the data set becomes current when the load commits,
 * the previous one stays stored (it can be made current again, {@link DataSetService#makeCurrent}).
 * Nothing but a bit per (school, code) pair is held in memory, so a file of millions of rows costs
 * no more heap than a small one.
 *
 * <p>A data set is the complete set of the year's values of its kind, not a patch: classification
 * reads the current one alone. So that a partial file (one school's corrected row, say) cannot
 * silently take the region's other schools out of the classification, an upload that leaves out
 * more than {@code index.data-sets.max-dropped-share} (10%) of the current version's schools is
 * refused with 409 unless it says {@code ?replace=all}. Refusing, rather than accepting and
 * relying on undo, is the safer of the two: the region's classification never runs on a
 * truncated year by accident, and undo stays for the mistakes the check cannot see.
 */
@Service
class ValueImportService {

    static final String SCHEMA = "school_index";
    private static final Pattern YEAR = Pattern.compile("\\d{4}(?:\\.0+)?");
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final CohortSchoolService cohort;
    private final MethodologyVersionService methodologies;
    private final DataSetService dataSets;
    private final DataSetProperties dataSetProperties;

    ValueImportService(DataSource dataSource, JdbcClient jdbc, CohortSchoolService cohort,
            MethodologyVersionService methodologies, DataSetService dataSets, DataSetProperties dataSetProperties) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.cohort = cohort;
        this.methodologies = methodologies;
        this.dataSets = dataSets;
        this.dataSetProperties = dataSetProperties;
    }

    /**
     * @param methodology the version whose codes are valid; null for the codes of any stored version
     */
    @Transactional
    ImportReport load(ValueKind kind, int year, String methodology, UploadedTable table, Upload upload, CallerScope scope) {
        checkYear(year);
        int schoolColumn = required(table, kind, "school_code");
        int yearColumn = required(table, kind, "year");
        int codeColumn = required(table, kind, kind.headerNames().toArray(String[]::new));
        int valueColumn = required(table, kind, "value");

        Set<String> validCodes = kind == ValueKind.INDICATOR
                ? methodologies.indicatorCodes(methodology)
                : methodologies.factorCodes(methodology);
        Map<String, Integer> codes = new HashMap<>();
        validCodes.forEach(c -> codes.putIfAbsent(c, codes.size()));
        // a school outside the caller's scope is as unknown as a school that does not exist
        Map<String, Integer> schools = cohort.numberedCodes(scope);
        if (schools.isEmpty()) {
            throw DomainRuleException.unprocessable("school_code",
                    "В когорте нет ни одной школы: сначала загрузите школы (POST /api/index/schools)");
        }
        if ((long) schools.size() * codes.size() > Integer.MAX_VALUE) {
            throw DomainRuleException.unprocessable("file", "Слишком много пар «школа — код» для одной загрузки");
        }
        String codeWhere = methodology == null ? "" : " (версия методики " + methodology + ")";

        dataSets.lock(year, kind);
        Optional<DataSetView> previous = dataSets.current(year, kind);
        UUID dataSetId = UUID.randomUUID();
        String yearText = Integer.toString(year);
        // each code's UTF-8 bytes once, not once a row
        byte[][] schoolBytes = new byte[schools.size()][];
        schools.forEach((code, number) -> schoolBytes[number] = BinaryCopyWriter.utf8(code));
        byte[][] codeBytes = new byte[codes.size()][];
        codes.forEach((code, number) -> codeBytes[number] = BinaryCopyWriter.utf8(code));

        BitSet seenPairs = new BitSet();
        BitSet seenSchools = new BitSet();
        RowErrors errors = new RowErrors();
        long read = 0;
        long stored;
        CopyIn copy = startCopy(kind);
        try {
            BinaryCopyWriter out = new BinaryCopyWriter(copy);
            while (table.hasNext()) {
                TableRow row = table.next();
                read++;
                long at = row.line();

                String school = row.cell(schoolColumn);
                Integer schoolNumber = null;
                if (school.isEmpty()) {
                    errors.reject(at, "school_code", "Пустой код школы");
                } else {
                    schoolNumber = schools.get(school);
                    if (schoolNumber == null) {
                        errors.reject(at, "school_code", "Школа «" + school
                                + "» не найдена в когорте: сначала загрузите её (POST /api/index/schools)");
                    }
                }

                String rowYear = row.cell(yearColumn);
                if (rowYear.isEmpty()) {
                    errors.reject(at, "year", "Пустой год");
                } else if (rowYear.equals(yearText)) {
                    // the usual case, without the pattern
                } else if (!YEAR.matcher(rowYear).matches()) {
                    errors.reject(at, "year", "Год «" + rowYear + "» не является годом");
                } else if (Integer.parseInt(rowYear.substring(0, 4)) != year) {
                    errors.reject(at, "year", "Год в строке (" + rowYear.substring(0, 4)
                            + ") не совпадает с годом загрузки в адресе запроса (" + year + ")");
                }

                String code = row.cell(codeColumn);
                Integer codeNumber = null;
                if (code.isEmpty()) {
                    errors.reject(at, kind.codeColumn(), "Пустой код " + kind.genitive());
                } else {
                    codeNumber = codes.get(code);
                    if (codeNumber == null) {
                        errors.reject(at, kind.codeColumn(), "Неизвестный код " + kind.genitive() + " «" + code
                                + "»: его нет " + (methodology == null ? "ни в одной сохранённой версии методики" : "в методике" + codeWhere));
                    }
                }

                String text = row.cell(valueColumn);
                double value = Double.NaN;
                if (text.isEmpty()) {
                    errors.reject(at, "value", "Пустое значение");
                } else if (Double.isNaN(value = DecimalText.parse(text))) {
                    errors.reject(at, "value", "Значение «" + text + "» не является числом (дробная часть отделяется точкой)");
                } else {
                    if (!Double.isFinite(value)) {
                        errors.reject(at, "value", "Значение «" + text + "» вне допустимого диапазона чисел");
                    } else if (kind.isShare() && (value < 0 || value > 1)) {
                        errors.reject(at, "value", "Значение фактора — доля от 0 до 1, а не " + text);
                    }
                }

                if (schoolNumber != null && codeNumber != null) {
                    int pair = schoolNumber * codes.size() + codeNumber;
                    if (seenPairs.get(pair)) {
                        errors.reject(at, kind.codeColumn(), "Повторная строка: для школы «" + school + "» значение "
                                + kind.genitive() + " «" + code + "» уже указано выше в файле");
                    }
                    seenPairs.set(pair);
                    seenSchools.set(schoolNumber);
                }

                if (errors.any()) {
                    if (copy.isActive()) {
                        // the load is lost: stop sending rows, keep reading to report every bad one
                        copy.cancelCopy();
                    }
                    continue;
                }
                out.row(5).uuid(dataSetId).int4(year).text(schoolBytes[schoolNumber]).text(codeBytes[codeNumber]).float8(value);
            }
            if (errors.any()) {
                throw errors.exception(read);
            }
            if (read == 0) {
                throw DomainRuleException.unprocessable("file", "В файле нет ни одной строки данных: загружать нечего");
            }
            stored = out.end();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + kind.table() + " failed", e);
        } finally {
            cancelQuietly(copy);
        }

        long carried = 0;
        // what the caller may know of the previous version: all of it, or only their own schools' part
        PreviousPart before = previous.map(p -> scope.isRegionWide()
                ? new PreviousPart(p.rows(), p.schools()) : partWithin(kind, p.id(), scope)).orElse(new PreviousPart(0, 0));
        if (previous.isPresent() && !scope.isRegionWide()) {
            // a municipality's upload is a new version of the whole year: the other schools' values carry over
            carried = carryOverOutside(kind, year, previous.get(), dataSetId, scope);
        }
        long storedFromFile = stored;
        int schoolsFromFile = seenSchools.cardinality();
        if (previous.isPresent() && !upload.replaceAll()) {
            refuseIfDropsTooMany(kind, year, previous.get(), before, schools, seenSchools, scope);
        }
        String checksum = upload.bytes().finish();
        int schoolCount = carried > 0 ? countSchools(kind, dataSetId) : schoolsFromFile;
        dataSets.store(dataSetId, kind, year, upload, stored + carried, schoolCount, checksum);

        // the report speaks of the caller's part only: another municipality's figures are not theirs to see
        String what = ValueKind.INDICATOR == kind ? "Значения показателей" : "Значения контекстных факторов";
        boolean replaced = before.rows() > 0;
        String message = replaced
                ? what + " за " + year + " год заменены новой версией: сохранено " + storedFromFile + " знач. по " + schoolsFromFile
                        + " школам; прежняя версия (" + before.rows() + " знач.) сохранена, её можно снова сделать текущей."
                : what + " за " + year + " год загружены: сохранено " + storedFromFile + " знач. по " + schoolsFromFile + " школам.";
        if (carried > 0) {
            message += " Значения школ других муниципалитетов оставлены без изменений.";
        }
        return new ImportReport(year, kind, read, storedFromFile, replaced, before.rows(), schoolsFromFile, message, dataSetId,
                previous.map(DataSetView::id).orElse(null), upload.fileName(), checksum);
    }

    /** The rows and schools of a version within a scope. */
    private record PreviousPart(long rows, long schools) {
    }

    private PreviousPart partWithin(ValueKind kind, UUID dataSetId, CallerScope scope) {
        CallerScope.SqlCondition within = scope.condition("c.code", "c.municipality_code");
        List<Object> params = new ArrayList<>(List.of(dataSetId));
        params.addAll(within.params());
        return jdbc.sql("select count(*), count(distinct v.school_code) from " + SCHEMA + "." + kind.table() + " v where v.data_set_id = ?"
                        + " and v.school_code in (select c.code from " + SCHEMA + ".cohort_school c where " + within.sql() + ")")
                .params(params).query((rs, n) -> new PreviousPart(rs.getLong(1), rs.getLong(2))).single();
    }

    /**
     * Refuses a version that leaves out more than the allowed share of the current version's
     * schools: a partial file taken for the whole year would drop them from the classification.
     */
    private void refuseIfDropsTooMany(ValueKind kind, int year, DataSetView previous, PreviousPart before,
            Map<String, Integer> schools, BitSet seenSchools, CallerScope scope) {
        long[] dropped = {0};
        jdbc.sql("select distinct school_code from " + SCHEMA + "." + kind.table() + " where data_set_id = ?")
                .param(previous.id())
                .query(rs -> {
                    Integer number = schools.get(rs.getString(1));
                    if (number == null && !scope.isRegionWide()) {
                        return; // outside the caller's scope: carried over, not dropped
                    }
                    if (number == null || !seenSchools.get(number)) {
                        dropped[0]++;
                    }
                });
        if (dropped[0] > 0 && dropped[0] > dataSetProperties.maxDroppedShare() * before.schools()) {
            throw DomainRuleException.conflict("replace", "В файле нет значений " + dropped[0] + " из " + before.schools()
                    + " школ текущей версии за " + year + " год (загружена " + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(previous.uploadedAt())
                    + (previous.uploadedBy() == null || !scope.isRegionWide() ? "" : ", " + previous.uploadedBy())
                    + "). Версия — полный набор значений за год: без этих школ они выпадут из классификации."
                    + " Загрузите файл со всеми школами или, если так и задумано, повторите загрузку с ?replace=all"
                    + " (прежняя версия сохранится, её можно снова сделать текущей).");
        }
    }

    /** Copies the previous version's values of the schools outside the caller's scope into the new version. */
    private long carryOverOutside(ValueKind kind, int year, DataSetView previous, UUID dataSetId, CallerScope scope) {
        CallerScope.SqlCondition within = scope.condition("c.code", "c.municipality_code");
        List<Object> params = new ArrayList<>(List.of(dataSetId, previous.id(), year));
        params.addAll(within.params());
        String table = SCHEMA + "." + kind.table();
        return jdbc.sql("insert into " + table + " (data_set_id, year, school_code, " + kind.codeColumn() + ", value) "
                        + "select ?, v.year, v.school_code, v." + kind.codeColumn() + ", v.value from " + table + " v "
                        + "where v.data_set_id = ? and v.year = ? and v.school_code not in (select c.code from "
                        + SCHEMA + ".cohort_school c where " + within.sql() + ")")
                .params(params).update();
    }

    private int countSchools(ValueKind kind, UUID dataSetId) {
        return jdbc.sql("select count(distinct school_code) from " + SCHEMA + "." + kind.table() + " where data_set_id = ?")
                .param(dataSetId).query(Integer.class).single();
    }

    /** Counts of the year's current data sets. */
    @Transactional(readOnly = true)
    YearDataSummary summary(int year) {
        checkYear(year);
        Map<String, Long> byIndicator = counts("current_indicator_value", "indicator_code", year);
        Map<String, Long> byFactor = counts("current_context_value", "factor_code", year);
        long indicatorSchools = jdbc.sql("select count(distinct school_code) from " + SCHEMA + ".current_indicator_value where year = ?")
                .param(year).query(Long.class).single();
        long contextSchools = jdbc.sql("select count(distinct school_code) from " + SCHEMA + ".current_context_value where year = ?")
                .param(year).query(Long.class).single();
        return new YearDataSummary(year, byIndicator.values().stream().mapToLong(Long::longValue).sum(),
                byFactor.values().stream().mapToLong(Long::longValue).sum(), indicatorSchools, contextSchools, byIndicator, byFactor);
    }

    private Map<String, Long> counts(String table, String column, int year) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select " + column + ", count(*) from " + SCHEMA + "." + table + " where year = ? group by 1 order by 1")
                .param(year)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainRuleException.unprocessable("year", "Год должен быть от " + FIRST_YEAR + " до " + LAST_YEAR);
        }
    }

    /** COPY on the transaction's own connection, so that it commits or rolls back with the data set. */
    private CopyIn startCopy(ValueKind kind) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            return pg.getCopyAPI().copyIn("copy " + SCHEMA + "." + kind.table() + " (data_set_id, year, school_code, "
                    + kind.codeColumn() + ", value) from stdin (format binary)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not start COPY into " + kind.table(), e);
        }
    }

    private static void cancelQuietly(CopyIn copy) {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                // the transaction rolls back anyway
            }
        }
    }

    private static int required(UploadedTable table, ValueKind kind, String... names) {
        OptionalInt column = table.column(names);
        if (column.isEmpty()) {
            throw DomainRuleException.unprocessable("header", "В заголовке нет столбца " + String.join(" или ", names)
                    + ": ожидается school_code,year," + kind.codeColumn() + ",value");
        }
        return column.getAsInt();
    }
}
