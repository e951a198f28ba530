package ru.mentoring.monitoring.competency;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ru.mentoring.monitoring.access.Scope;
import ru.mentoring.monitoring.access.SqlScope;
import ru.mentoring.monitoring.competency.CompetencyViews.Summary;
import ru.mentoring.monitoring.competency.CompetencyViews.UploadReport;
import ru.mentoring.monitoring.metrics.MonitoringMetrics;
import ru.mentoring.monitoring.registry.SchoolDirectory;
import ru.mentoring.platform.privacy.SmallCells;
import ru.mentoring.platform.upload.RowsRejectedException;
import ru.mentoring.platform.upload.Uploads;

/**
 * District competency testing of teachers (районное тестирование): the coordinator loads the
 * scores, all or nothing; the targets read the rise of the mean score of teachers tested before
 * and after.
 */
@Service
public class CompetencyService {

    private final JdbcClient jdbc;
    private final JdbcTemplate connections;
    private final SchoolDirectory schools;
    private final TransactionTemplate transaction;
    private final MonitoringMetrics metrics;
    private final Clock clock;
    private final Uploads uploads;

    CompetencyService(JdbcClient jdbc, JdbcTemplate connections, SchoolDirectory schools,
            PlatformTransactionManager transactions, MonitoringMetrics metrics, Clock clock, Uploads uploads) {
        this.uploads = uploads;
        this.jdbc = jdbc;
        this.connections = connections;
        this.schools = schools;
        this.transaction = new TransactionTemplate(transactions);
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Checks the whole file (the registry confirms every school), then stores every row in one transaction. */
    UploadReport load(String municipality, String username, InputStream file, String filename, String contentType,
            long length) {
        CompetencyImport.Outcome outcome;
        try {
            UploadedRows rows = UploadedRows.read(uploads, file, filename, contentType, length);
            outcome = CompetencyImport.check(rows, municipality, schools::municipalityOf);
        } catch (RuntimeException e) {
            metrics.importRejected();
            throw e;
        }
        if (!outcome.valid()) {
            metrics.importRejected();
            throw new RowsRejectedException("Файл не загружен: исправьте отмеченные строки. Ни одна строка не сохранена.",
                    outcome.rowsRead(), outcome.rejectedRows(), outcome.errors());
        }
        List<CompetencyImport.Score> scores = outcome.scores();
        UUID upload = UUID.randomUUID();
        Instant now = clock.instant();
        long[] counts = transaction.execute(status -> {
            jdbc.sql("""
                    insert into competency_upload (id, municipality_code, filename, rows_stored, loaded_by, loaded_at)
                    values (:id, :m, :filename, :rows, :by, :at)""").paramSource(new MapSqlParameterSource()
                    .addValue("id", upload).addValue("m", municipality)
                    .addValue("filename", filename == null ? null : filename.length() > 300 ? filename.substring(0, 300) : filename)
                    .addValue("rows", scores.size()).addValue("by", username).addValue("at", Timestamp.from(now))).update();
            return store(municipality, upload, scores);
        });
        metrics.importAccepted(counts[0], counts[1]);
        return new UploadReport(upload, scores.size(), counts[0], counts[1],
                List.copyOf(new TreeSet<>(scores.stream().map(CompetencyImport.Score::schoolCode).toList())),
                List.copyOf(new TreeSet<>(scores.stream().map(CompetencyImport.Score::programmeYear).toList())));
    }

    /** One statement for the whole file: unnest the columns, upsert, and count what was new and what was replaced. */
    private long[] store(String municipality, UUID upload, List<CompetencyImport.Score> scores) {
        return connections.execute((ConnectionCallback<long[]>) connection -> {
            String[] schoolCodes = new String[scores.size()];
            Integer[] years = new Integer[scores.size()];
            String[] keys = new String[scores.size()];
            String[] stages = new String[scores.size()];
            BigDecimal[] values = new BigDecimal[scores.size()];
            for (int i = 0; i < scores.size(); i++) {
                CompetencyImport.Score s = scores.get(i);
                schoolCodes[i] = s.schoolCode();
                years[i] = s.programmeYear();
                keys[i] = s.teacherKey();
                stages[i] = s.stage();
                values[i] = s.score();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into competency_score (municipality_code, school_code, programme_year, teacher_key, stage, score, upload_id)
                    select ?, u.s, u.y, u.k, u.st, u.sc, ?
                    from unnest(?::varchar[], ?::int[], ?::varchar[], ?::varchar[], ?::numeric[]) as u(s, y, k, st, sc)
                    on conflict (school_code, programme_year, teacher_key, stage)
                    do update set score = excluded.score, upload_id = excluded.upload_id, municipality_code = excluded.municipality_code
                    returning (xmax = 0) as inserted""")) {
                Array[] arrays = {connection.createArrayOf("varchar", schoolCodes), connection.createArrayOf("int4", years),
                        connection.createArrayOf("varchar", keys), connection.createArrayOf("varchar", stages),
                        connection.createArrayOf("numeric", values)};
                insert.setString(1, municipality);
                insert.setObject(2, upload);
                for (int i = 0; i < arrays.length; i++) {
                    insert.setArray(3 + i, arrays[i]);
                }
                long inserted = 0;
                long replaced = 0;
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getBoolean(1)) {
                            inserted++;
                        } else {
                            replaced++;
                        }
                    }
                }
                return new long[] {inserted, replaced};
            }
        });
    }

    /**
     * The summary as this reader may see it (no line over 1–4 teachers for a department viewer). One
     * school's summary is a line of the municipality's: hidden there (small, or the complement of a
     * small one), it is hidden here too, else the municipality's total minus the others would tell it.
     */
    @Transactional(readOnly = true)
    public Summary summary(Scope scope, int programmeYear, SmallCells.Reader reader) {
        Summary shown = summary(scope, programmeYear).shownTo(reader);
        if (reader.hidesSmallCells() && scope.isSchool() && scope.municipalityCode() != null
                && summary(new Scope(scope.municipalityCode(), null), programmeYear).shownTo(reader).bySchool().stream()
                        .anyMatch(f -> scope.schoolCode().equals(f.schoolCode()) && f.suppressed())) {
            return shown.hiddenWhole();
        }
        return shown;
    }

    /** Counts and means per school of the scope and for the scope as a whole; the rise rests on teachers with both scores. */
    @Transactional(readOnly = true)
    public Summary summary(Scope scope, int programmeYear) {
        List<SchoolScores> scores = scores(scope, programmeYear);
        return new Summary(programmeYear, scope.municipalityCode(), scope.schoolCode(),
                SchoolScores.figures(null, scores),
                scores.stream().map(s -> SchoolScores.figures(s.schoolCode(), List.of(s))).toList());
    }

    /** Each school's counts and score sums (what a mean over any set of schools is computed from), in code order. */
    @Transactional(readOnly = true)
    public List<SchoolScores> scores(Scope scope, int programmeYear) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("year", programmeYear);
        String sql = """
                with teacher as (
                  select c.school_code, c.teacher_key,
                         max(c.score) filter (where c.stage = 'BEFORE') as before_score,
                         max(c.score) filter (where c.stage = 'AFTER') as after_score
                  from competency_score c
                  where c.programme_year = :year""" + SqlScope.on("c", scope, params) + """

                  group by c.school_code, c.teacher_key
                )
                select school_code,
                       count(before_score) as before_n, count(after_score) as after_n,
                       count(*) filter (where before_score is not null and after_score is not null) as paired,
                       coalesce(sum(before_score) filter (where after_score is not null), 0) as sum_before,
                       coalesce(sum(after_score) filter (where before_score is not null), 0) as sum_after
                from teacher group by school_code order by school_code""";
        return jdbc.sql(sql).paramSource(params).query((rs, i) -> new SchoolScores(rs.getString("school_code"),
                rs.getLong("before_n"), rs.getLong("after_n"), rs.getLong("paired"), rs.getBigDecimal("sum_before"),
                rs.getBigDecimal("sum_after"))).list();
    }
}
