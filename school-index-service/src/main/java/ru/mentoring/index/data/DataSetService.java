package ru.mentoring.index.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.web.NotFoundException;

/**
 * The versions of a year's values. A data set never changes after its upload committed; what
 * changes is which one is current. Switching is serialized per (year, kind) by a transaction-level
 * advisory lock, which an upload also holds from its start, so two uploads of the same year and
 * kind follow one another and each compares itself with the version that really was current.
 */
@Service
public class DataSetService {

    private static final Logger log = LoggerFactory.getLogger(DataSetService.class);

    /** The advisory lock's first key: this service's own namespace of locks. */
    private static final int LOCK_NAMESPACE = 0x1D5E7;

    private static final String COLUMNS = """
            d.id, d.kind, d.year, d.uploaded_by, d.uploaded_at, d.file_name, d.row_count, d.school_count, d.checksum,
            d.current, d.superseded_at,
            (select count(*) from school_index.classification_run_data_set r where r.data_set_id = d.id)""";

    private final JdbcClient jdbc;

    DataSetService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every data set of the year, newest first. */
    @Transactional(readOnly = true)
    List<DataSetView> list(int year) {
        ValueImportService.checkYear(year);
        return jdbc.sql("select " + COLUMNS + " from school_index.data_set d where d.year = ? order by d.uploaded_at desc, d.id")
                .param(year).query(DataSetService::view).list();
    }

    @Transactional(readOnly = true)
    DataSetView get(int year, UUID id) {
        return find(year, id).orElseThrow(() -> new NotFoundException("data set", id));
    }

    /** The data sets with the given ids, in the order of kind and year. */
    @Transactional(readOnly = true)
    public List<DataSetView> views(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from school_index.data_set d where d.id = any(?) order by d.kind, d.year")
                .param(ids.toArray(UUID[]::new)).query(DataSetService::view).list();
    }

    /**
     * Makes a data set of the year current again (undo of an upload, or of an earlier undo); the one
     * current before stays stored. Making the current one current changes nothing.
     */
    @Transactional
    DataSetView makeCurrent(int year, UUID id, String by) {
        DataSetView target = find(year, id).orElseThrow(() -> new NotFoundException("data set", id));
        lock(year, target.kind());
        // the row locked before anything switches: deleted meanwhile by retention, it is a 404, and the year keeps its current
        if (jdbc.sql("select id from school_index.data_set where id = ? for update").param(id).query(UUID.class).optional().isEmpty()) {
            throw new NotFoundException("data set", id);
        }
        switchCurrent(year, target.kind(), id);
        log.info("Data set {} ({} {}) made current by {}", id, target.kind(), year, by);
        return get(year, id);
    }

    /** The current data sets of the years {@code fromYear..toYear}, both kinds. */
    @Transactional(readOnly = true)
    public List<DataSetRef> current(int fromYear, int toYear) {
        return jdbc.sql("""
                        select id, kind, year from school_index.data_set
                         where current and year between ? and ? order by kind, year""")
                .params(fromYear, toYear)
                .query((rs, n) -> new DataSetRef(rs.getObject(1, UUID.class), ValueKind.valueOf(rs.getString(2)), rs.getInt(3)))
                .list();
    }

    Optional<DataSetView> current(int year, ValueKind kind) {
        return jdbc.sql("select " + COLUMNS + " from school_index.data_set d where d.year = ? and d.kind = ? and d.current")
                .params(year, kind.name()).query(DataSetService::view).optional();
    }

    /** Held until the transaction ends: uploads and switches of one (year, kind) take turns. */
    void lock(int year, ValueKind kind) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_NAMESPACE, year * 2 + kind.ordinal()).query().singleRow();
    }

    /** Records a loaded data set and makes it current; the caller holds the (year, kind) lock. */
    void store(UUID id, ValueKind kind, int year, Upload upload, long rows, int schools, String checksum) {
        jdbc.sql("""
                        insert into school_index.data_set
                               (id, kind, year, uploaded_by, uploaded_at, file_name, row_count, school_count, checksum, current)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, false)""")
                .params(id, kind.name(), year, upload.uploadedBy(), OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS),
                        upload.fileName(), rows, schools, checksum)
                .update();
        switchCurrent(year, kind, id);
    }

    private void switchCurrent(int year, ValueKind kind, UUID id) {
        // first the old one off: the unique index on (year, kind) where current is checked per statement
        jdbc.sql("""
                        update school_index.data_set set current = false, superseded_at = now()
                         where year = ? and kind = ? and current and id <> ?""")
                .params(year, kind.name(), id).update();
        jdbc.sql("update school_index.data_set set current = true, superseded_at = null where id = ? and not current")
                .param(id).update();
    }

    private Optional<DataSetView> find(int year, UUID id) {
        ValueImportService.checkYear(year);
        return jdbc.sql("select " + COLUMNS + " from school_index.data_set d where d.id = ? and d.year = ?")
                .params(id, year).query(DataSetService::view).optional();
    }

    private static DataSetView view(ResultSet rs, int n) throws SQLException {
        return new DataSetView(rs.getObject(1, UUID.class), ValueKind.valueOf(rs.getString(2)), rs.getInt(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getLong(7), rs.getInt(8), rs.getString(9),
                rs.getBoolean(10), rs.getObject(11, OffsetDateTime.class), rs.getLong(12));
    }
}
