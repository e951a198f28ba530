package ru.mentoring.registry.audit;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.registry.shared.PageView;

/**
 * The audit log of personal data. Entries are written in the caller's transaction (MANDATORY), so a
 * change and its audit entry are stored together or not at all. Plain JDBC, because an import
 * writes thousands of entries at once and the log is not a tenant-filtered entity: the
 * coordinator's read is confined by municipality here.
 */
@Component
public class AuditLog {

    private static final TypeReference<List<AuditChange>> CHANGES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcTemplate jdbcTemplate, JdbcClient jdbc, JsonMapper json) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord entry) {
        recordAll(List.of(entry));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditRecord> entries) {
        List<AuditRecord> worth = entries.stream().filter(e -> !e.changes().isEmpty() || !e.action().endsWith("UPDATED")).toList();
        if (worth.isEmpty()) {
            return;
        }
        String actor = actor();
        jdbcTemplate.batchUpdate("""
                insert into audit_entry (actor, municipality_code, school_codes, entity_type, entity_id, action, changes)
                values (?, ?, ?, ?, ?, ?, ?::jsonb)""", new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                AuditRecord e = worth.get(i);
                Array schools = ps.getConnection().createArrayOf("text", e.schoolCodes().stream().sorted().toArray());
                ps.setString(1, actor);
                ps.setString(2, e.municipalityCode());
                ps.setArray(3, schools);
                ps.setString(4, e.entityType());
                ps.setString(5, e.entityId());
                ps.setString(6, e.action());
                ps.setString(7, json.writeValueAsString(e.changes()));
            }

            @Override
            public int getBatchSize() {
                return worth.size();
            }
        });
    }

    /** The coordinator's read: their municipality only, optionally one school and a time window. */
    @Transactional(readOnly = true)
    PageView<AuditEntryView> read(String municipality, String schoolCode, OffsetDateTime from, OffsetDateTime to,
            int page, int size) {
        StringBuilder where = new StringBuilder(" where municipality_code = :m");
        if (schoolCode != null) {
            where.append(" and :school = any(school_codes)");
        }
        if (from != null) {
            where.append(" and at >= :from");
        }
        if (to != null) {
            where.append(" and at < :to");
        }
        JdbcClient.StatementSpec count = bind(jdbc.sql("select count(*) from audit_entry" + where), municipality, schoolCode, from, to);
        long total = count.query(Long.class).single();
        JdbcClient.StatementSpec select = bind(jdbc.sql("""
                select id, at, actor, school_codes, entity_type, entity_id, action, changes::text as changes
                from audit_entry""" + where + " order by at desc, id desc limit :limit offset :offset"),
                municipality, schoolCode, from, to)
                .param("limit", size).param("offset", (long) page * size);
        List<AuditEntryView> items = new ArrayList<>(select.query((rs, n) -> new AuditEntryView(
                rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
                Arrays.stream((Object[]) rs.getArray("school_codes").getArray()).map(String::valueOf).toList(),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"),
                json.readValue(rs.getString("changes"), CHANGES))).list());
        return new PageView<>(items, page, size, total);
    }

    /** Whether the school lies in the municipality (the audit log sits below the schools, so it asks the table). */
    @Transactional(readOnly = true)
    boolean schoolOfMunicipality(String schoolCode, String municipality) {
        return municipality != null && jdbc.sql("select count(*) from school where code = :c and municipality_code = :m")
                .param("c", schoolCode).param("m", municipality).query(Long.class).single() > 0;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, String municipality, String schoolCode,
            OffsetDateTime from, OffsetDateTime to) {
        spec = spec.param("m", municipality);
        if (schoolCode != null) {
            spec = spec.param("school", schoolCode);
        }
        if (from != null) {
            spec = spec.param("from", from);
        }
        if (to != null) {
            spec = spec.param("to", to);
        }
        return spec;
    }

    private static String actor() {
        return CurrentCaller.find().map(CallerIdentity::username).filter(u -> u != null && !u.isBlank()).orElse("system");
    }
}
