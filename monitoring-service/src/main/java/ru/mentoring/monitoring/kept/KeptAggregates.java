package ru.mentoring.monitoring.kept;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.mentoring.monitoring.access.Scope;
import ru.mentoring.monitoring.access.SqlScope;
import ru.mentoring.platform.tenant.TenantIdentifierResolver;

/**
 * Keeps a municipality's aggregate of a programme year with the fingerprint of the year's
 * submissions it was computed from, and gives it again while the fingerprint is the same.
 *
 * <p>Why a fingerprint is enough: a submission and its answers are written once and never
 * changed, and the rounds and respondents they hang on are not changed after they are made
 * (their form, school, year, person). Any new answer of the year — a late import, a round
 * reopened and answered, a removed round — changes the count or the sum of the submissions' ids
 * hashed with their round's school and form, and the next read computes afresh. The fingerprint
 * is read before the aggregate, so a kept aggregate never rests on fewer submissions than its
 * fingerprint says (at worst on more, and the next read recomputes).
 *
 * <p>Concurrent reads of the same aggregate share one computation (the dashboard reads the year's
 * assessment itself and through the year's targets at once). Only root reads of a whole
 * municipality are kept: a school's connection sees its own rows only, and what it computes must
 * never be served to anyone else.
 */
@Component
public class KeptAggregates {

    /** A municipality × year × kind × filters: a few hundred small records at most. */
    static final int CAPACITY = 512;

    private final JdbcClient jdbc;
    private final TenantIdentifierResolver tenants = new TenantIdentifierResolver();
    private final Map<Key, Entry> kept = new ConcurrentHashMap<>();
    private final AtomicLong computations = new AtomicLong();

    public KeptAggregates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The aggregate {@code kind} (with its {@code filters}: whatever else it depends on) of the scope and year: kept, or computed
     * by {@code compute} and kept. What it gives is shared between readers: it must not be changed.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String kind, Scope scope, int programmeYear, Supplier<T> compute, Object... filters) {
        if (scope.isSchool() || scope.municipalityCode() == null
                || !TenantIdentifierResolver.ROOT.equals(tenants.resolveCurrentTenantIdentifier())) {
            return count(compute);
        }
        String fingerprint = fingerprint(scope, programmeYear);
        Key key = new Key(kind, scope, programmeYear, Arrays.asList(filters).toString());
        CompletableFuture<Object> mine = new CompletableFuture<>();
        Entry entry = kept.compute(key, (k, old) -> old != null && old.fingerprint().equals(fingerprint) ? old
                : new Entry(fingerprint, mine));
        if (entry.value() != mine) {
            try {
                return (T) entry.value().join();
            } catch (CompletionException e) {
                // the shared computation failed: this read tries on its own
                return count(compute);
            }
        }
        try {
            T value = count(compute);
            mine.complete(value);
            if (kept.size() > CAPACITY) {
                kept.keySet().removeIf(k -> !k.equals(key));
            }
            return value;
        } catch (RuntimeException | Error e) {
            kept.remove(key, entry);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** How many aggregates were computed rather than given again (for tests). */
    long computations() {
        return computations.get();
    }

    private <T> T count(Supplier<T> compute) {
        computations.incrementAndGet();
        return compute.get();
    }

    /** The number of the year's submissions in the scope and a sum of their ids hashed with their round's school and form. */
    private String fingerprint(Scope scope, int programmeYear) {
        MapSqlParameterSource params = new MapSqlParameterSource("year", programmeYear);
        String sql = """
                select count(*) || ':' || coalesce(sum(hashtextextended(s.id::text || r.school_code || coalesce(r.form, ''), 0)), 0)
                from questionnaire_submission s
                join questionnaire_round r on r.id = s.round_id
                where r.programme_year = :year""" + SqlScope.on("r", scope, params);
        return jdbc.sql(sql).paramSource(params).query(String.class).single();
    }

    private record Key(String kind, Scope scope, int programmeYear, String filters) {
        Key {
            Objects.requireNonNull(kind);
        }
    }

    private record Entry(String fingerprint, CompletableFuture<Object> value) {
    }
}
