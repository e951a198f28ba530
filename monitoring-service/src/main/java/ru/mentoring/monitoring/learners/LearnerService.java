package ru.mentoring.monitoring.learners;

import java.io.InputStream;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import java.time.Clock;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ru.mentoring.monitoring.access.Scope;
import ru.mentoring.monitoring.access.Scopes;
import ru.mentoring.monitoring.access.SqlScope;
import ru.mentoring.monitoring.learners.LearnerViews.Results;
import ru.mentoring.monitoring.learners.LearnerViews.UploadReport;
import ru.mentoring.monitoring.registry.RegistryPairs;
import ru.mentoring.monitoring.registry.RegistryPairs.PeriodPair;
import ru.mentoring.monitoring.stats.PairedChange;
import ru.mentoring.monitoring.web.ProgrammeYears;
import ru.mentoring.platform.privacy.SmallCells;
import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.upload.RowsRejectedException;
import ru.mentoring.platform.upload.TableRow;
import ru.mentoring.platform.upload.UploadException;
import ru.mentoring.platform.upload.UploadedTable;
import ru.mentoring.platform.upload.Uploads;
import ru.mentoring.platform.web.NotFoundException;

/**
 * Learners' indicators (stage 2 of monitoring, seeds 000 and 003): a school administrator loads their
 * own school's mentees, the coordinator those of any school of the municipality; the file is stored
 * whole or not at all. A row is accepted only for a registry participant who is the mentee of a pair
 * of a pupil form («ученик – ученик», «учитель – ученик», «студент – ученик», «работодатель – ученик»)
 * of that school that ran in the programme year (01.09.Y–31.08.Y+1, {@link ProgrammeYears}, as rounds from pairs read it) and was
 * not terminated. Plain SQL, confined by {@link SqlScope}; row-level security stands behind it. The
 * registry is asked before any statement, so no connection waits on a remote call.
 */
@Service
public class LearnerService {

    /** The registry's forms whose mentees are pupils (the codes are the registry's). */
    static final Set<String> PUPIL_FORMS = Set.of("STUDENT_STUDENT", "TEACHER_STUDENT", "COLLEGE_STUDENT_STUDENT",
            "EMPLOYER_STUDENT");

    private final JdbcClient jdbc;
    private final Scopes scopes;
    private final RegistryPairs pairs;
    private final Uploads uploads;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LearnerService(JdbcClient jdbc, Scopes scopes, RegistryPairs pairs, Uploads uploads,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.pairs = pairs;
        this.uploads = uploads;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    UploadReport load(CallerIdentity caller, InputStream body, String filename, String contentType, long length) {
        String ownSchool = CallerScope.forWriting(caller) instanceof CallerScope.School own ? own.schoolCode() : null;
        List<String> header;
        List<LearnerImport.Line> lines = new ArrayList<>();
        try (UploadedTable table = uploads.open(body, contentType, filename, length)) {
            header = table.header();
            if (header.isEmpty()) {
                throw UploadException.unreadable("В первой строке файла нет заголовков столбцов");
            }
            while (table.hasNext()) {
                TableRow row = table.next();
                lines.add(new LearnerImport.Line(row.line(), row.cells()));
            }
        }
        Map<String, String> municipalities = new HashMap<>();
        Map<String, Map<UUID, String>> mentees = new HashMap<>();
        LearnerImport.Outcome outcome = LearnerImport.check(header, lines, ownSchool, new LearnerImport.Checks() {
            @Override
            public boolean mayWrite(String schoolCode) {
                try {
                    municipalities.put(schoolCode, scopes.writeSchool(caller, schoolCode).municipalityCode());
                    return true;
                } catch (NotFoundException e) {
                    return false;
                }
            }

            @Override
            public String menteeForm(String schoolCode, int programmeYear, UUID participantId) {
                return mentees.computeIfAbsent(schoolCode + "|" + programmeYear,
                        k -> menteesOf(schoolCode, programmeYear)).get(participantId);
            }
        });
        if (!outcome.valid()) {
            throw new RowsRejectedException("Файл не загружен: исправьте отмеченные строки. Ни одна строка не сохранена.",
                    outcome.rowsRead(), outcome.rejectedRows(), outcome.errors());
        }
        List<LearnerImport.Row> rows = outcome.rows();
        UUID upload = UUID.randomUUID();
        String uploadMunicipality = municipalities.get(rows.getFirst().schoolCode());
        long[] counts = transaction.execute(status -> {
            jdbc.sql("""
                    insert into learner_upload (id, municipality_code, filename, rows_stored, loaded_by, loaded_at)
                    values (:id, :m, :filename, :rows, :by, :at)""").paramSource(new MapSqlParameterSource()
                    .addValue("id", upload).addValue("m", uploadMunicipality)
                    .addValue("filename", filename == null ? null : filename.length() > 300 ? filename.substring(0, 300) : filename)
                    .addValue("rows", rows.size()).addValue("by", caller.username())
                    .addValue("at", Timestamp.from(clock.instant()))).update();
            long inserted = 0;
            for (LearnerImport.Row r : rows) {
                boolean isNew = jdbc.sql("""
                        insert into learner_indicator (municipality_code, school_code, programme_year, participant_id, form,
                                                       stage, average_mark, absences, on_register, in_club, upload_id)
                        values (:m, :school, :year, :participant, :form, :stage, :mark, :absences, :register, :club, :upload)
                        on conflict (school_code, programme_year, participant_id, stage)
                        do update set form = excluded.form, average_mark = excluded.average_mark, absences = excluded.absences,
                                      on_register = excluded.on_register, in_club = excluded.in_club,
                                      upload_id = excluded.upload_id, municipality_code = excluded.municipality_code
                        returning (xmax = 0)""").paramSource(new MapSqlParameterSource()
                        .addValue("m", municipalities.get(r.schoolCode())).addValue("school", r.schoolCode())
                        .addValue("year", r.programmeYear()).addValue("participant", r.participantId())
                        .addValue("form", r.form()).addValue("stage", r.stage()).addValue("mark", r.averageMark())
                        .addValue("absences", r.absences()).addValue("register", r.onRegister())
                        .addValue("club", r.inClub()).addValue("upload", upload)).query(Boolean.class).single();
                inserted += isNew ? 1 : 0;
            }
            return new long[] {inserted, rows.size() - inserted};
        });
        return new UploadReport(upload, rows.size(), counts[0], counts[1],
                List.copyOf(new TreeSet<>(rows.stream().map(LearnerImport.Row::schoolCode).toList())),
                List.copyOf(new TreeSet<>(rows.stream().map(LearnerImport.Row::programmeYear).toList())));
    }

    /**
     * The school's mentees of pupil forms in pairs that ran in the year and were not terminated, with
     * their pair's form; someone in two such pairs counts under the earliest (the registry lists by start).
     */
    private Map<UUID, String> menteesOf(String schoolCode, int programmeYear) {
        Map<UUID, String> forms = new HashMap<>();
        for (PeriodPair p : pairs.ofSchool(schoolCode, ProgrammeYears.firstDay(programmeYear), ProgrammeYears.lastDay(programmeYear))) {
            if (RegistryPairs.TERMINATED.equals(p.status()) || !PUPIL_FORMS.contains(p.form())) {
                continue;
            }
            for (RegistryPairs.Member m : p.members()) {
                if ("MENTEE".equals(m.role())) {
                    forms.putIfAbsent(m.participantId(), p.form());
                }
            }
        }
        return forms;
    }

    /**
     * The learners' results as this reader may see them (nothing over 1–4 mentees for a department
     * viewer). One school's results are a line of the municipality's: hidden there (small, or the
     * complement of a small one), they are hidden here too, else the municipality's minus the others
     * would tell them. The public read for reports (the information note).
     */
    @Transactional(readOnly = true)
    public Results results(Scope scope, int programmeYear, SmallCells.Reader reader) {
        Results exact = results(scope, programmeYear);
        if (!reader.hidesSmallCells()) {
            return exact;
        }
        if (reader.hides(exact.menteesBefore()) || reader.hides(exact.menteesAfter()) || reader.hides(exact.paired())) {
            return exact.hiddenWhole();
        }
        if (scope.isSchool() && scope.municipalityCode() != null) {
            Map<String, Long> lines = pairedBySchool(new Scope(scope.municipalityCode(), null), programmeYear);
            List<String> keys = new ArrayList<>(lines.keySet());
            boolean[] hide = reader.hideInLine(keys.stream().mapToLong(lines::get).toArray());
            int at = keys.indexOf(scope.schoolCode());
            if (at >= 0 && hide[at]) {
                return exact.hiddenWhole();
            }
        }
        return exact;
    }

    /** The exact results over the scope: every figure over the mentees with indicators before and after. */
    @Transactional(readOnly = true)
    public Results results(Scope scope, int programmeYear) {
        Gathered all = new Gathered();
        gather(scope, programmeYear).values().forEach(all::add);
        return all.results(scope, programmeYear);
    }

    /**
     * The exact results of each school of the scope that has learners' indicators in the year, by code
     * (the programme targets' lines per school); one read for all of them.
     */
    @Transactional(readOnly = true)
    public Map<String, Results> resultsBySchool(Scope scope, int programmeYear) {
        Map<String, Results> bySchool = new TreeMap<>();
        gather(scope, programmeYear).forEach((school, g) ->
                bySchool.put(school, g.results(new Scope(scope.municipalityCode(), school), programmeYear)));
        return bySchool;
    }

    /** Counts and paired figures of some mentees. */
    private static final class Gathered {
        long before;
        long after;
        final List<LearnerTable.Mentee> paired = new ArrayList<>();

        void add(Gathered other) {
            before += other.before;
            after += other.after;
            paired.addAll(other.paired);
        }

        Results results(Scope scope, int programmeYear) {
            return new Results(programmeYear, scope.municipalityCode(), scope.schoolCode(), before, after,
                    (long) paired.size(), LearnerTable.measures(paired), LearnerTable.statuses(paired),
                    PairedChange.SIGNIFICANCE_LEVEL, LearnerViews.METHOD_NOTE, false);
        }
    }

    private Map<String, Gathered> gather(Scope scope, int programmeYear) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String people = people(scope, programmeYear, params);
        Map<String, Gathered> bySchool = new TreeMap<>();
        jdbc.sql(people + """
                select * from person""").paramSource(params).query(rs -> {
            Gathered g = bySchool.computeIfAbsent(rs.getString("school_code"), k -> new Gathered());
            boolean hasBefore = rs.getObject("mark_before") != null;
            boolean hasAfter = rs.getObject("mark_after") != null;
            g.before += hasBefore ? 1 : 0;
            g.after += hasAfter ? 1 : 0;
            if (hasBefore && hasAfter) {
                g.paired.add(new LearnerTable.Mentee(rs.getDouble("mark_before"), rs.getDouble("mark_after"),
                        rs.getInt("absences_before"), rs.getInt("absences_after"), rs.getBoolean("register_before"),
                        rs.getBoolean("register_after"), rs.getBoolean("club_before"), rs.getBoolean("club_after")));
            }
        });
        return bySchool;
    }

    /** Mentees with figures before and after, per school of the scope, in code order. */
    private Map<String, Long> pairedBySchool(Scope scope, int programmeYear) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Map<String, Long> lines = new TreeMap<>();
        jdbc.sql(people(scope, programmeYear, params) + """
                select school_code, count(*) as paired from person
                where mark_before is not null and mark_after is not null group by school_code""")
                .paramSource(params).query(rs -> {
                    lines.put(rs.getString("school_code"), rs.getLong("paired"));
                });
        return lines;
    }

    /** {@code with person as (...)}: one line per mentee of the scope and year, the figures of both stages side by side. */
    private static String people(Scope scope, int programmeYear, MapSqlParameterSource params) {
        params.addValue("year", programmeYear);
        return """
                with person as (
                  select l.school_code, l.participant_id,
                         max(l.average_mark) filter (where l.stage = 'BEFORE') as mark_before,
                         max(l.average_mark) filter (where l.stage = 'AFTER') as mark_after,
                         max(l.absences) filter (where l.stage = 'BEFORE') as absences_before,
                         max(l.absences) filter (where l.stage = 'AFTER') as absences_after,
                         bool_or(l.on_register) filter (where l.stage = 'BEFORE') as register_before,
                         bool_or(l.on_register) filter (where l.stage = 'AFTER') as register_after,
                         bool_or(l.in_club) filter (where l.stage = 'BEFORE') as club_before,
                         bool_or(l.in_club) filter (where l.stage = 'AFTER') as club_after
                  from learner_indicator l
                  where l.programme_year = :year""" + SqlScope.on("l", scope, params) + """

                  group by l.school_code, l.participant_id
                )
                """;
    }
}
