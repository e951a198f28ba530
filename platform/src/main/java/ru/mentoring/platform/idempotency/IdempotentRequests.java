package ru.mentoring.platform.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The kept answers, in the service's table {@code idempotent_request}. Every statement runs in
 * autocommit on its own: a claim must be visible to a concurrent retry at once, and it must
 * outlive the request's own transaction, which may roll back.
 */
final class IdempotentRequests {

    /** What a claim found. */
    sealed interface Claim {
    }

    /** The key is new (or its abandoned claim was taken over): run the request. */
    record Claimed() implements Claim {
    }

    /** A request with the key is running now. */
    record Running() implements Claim {
    }

    /** The key's request was answered: replay it. */
    record Answered(int status, String contentType, String location, byte[] body, String requestHash, long requestLength)
            implements Claim {
    }

    private final JdbcTemplate jdbc;
    private final IdempotencyProperties properties;
    private final Clock clock;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    IdempotentRequests(JdbcTemplate jdbc, IdempotencyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    Claim claim(String scope) {
        Instant now = clock.instant();
        purgeNowAndThen(now);
        int inserted = jdbc.update("insert into idempotent_request (scope_key, claimed_at) values (?, ?) on conflict do nothing",
                scope, Timestamp.from(now));
        if (inserted == 1) {
            return new Claimed();
        }
        List<Claim> found = jdbc.query("""
                select claimed_at, status, content_type, location, body, request_hash, request_length
                from idempotent_request where scope_key = ?""", (rs, i) -> {
            int status = rs.getInt("status");
            if (rs.wasNull()) {
                return rs.getTimestamp("claimed_at").toInstant().isBefore(now.minus(properties.lease()))
                        ? takeOver(scope, rs.getTimestamp("claimed_at"), now) : new Running();
            }
            return new Answered(status, rs.getString("content_type"), rs.getString("location"), rs.getBytes("body"),
                    rs.getString("request_hash"), rs.getLong("request_length"));
        }, scope);
        // gone between the insert and the read (purged, or its request failed and let it go): claim again
        return found.isEmpty() ? claim(scope) : found.getFirst();
    }

    /** An abandoned claim (its service died in the middle): the first retry to move its time wins it. */
    private Claim takeOver(String scope, Timestamp claimedAt, Instant now) {
        int moved = jdbc.update("update idempotent_request set claimed_at = ? where scope_key = ? and claimed_at = ? and status is null",
                Timestamp.from(now), scope, claimedAt);
        return moved == 1 ? new Claimed() : new Running();
    }

    void answer(String scope, int status, String contentType, String location, byte[] body, String requestHash,
            long requestLength) {
        jdbc.update("""
                update idempotent_request set status = ?, content_type = ?, location = ?, body = ?, request_hash = ?,
                       request_length = ?, answered_at = ?
                where scope_key = ?""",
                status, contentType, location, body, requestHash, requestLength, Timestamp.from(clock.instant()), scope);
    }

    /** The request failed in a way worth retrying: the key is free again. */
    void release(String scope) {
        jdbc.update("delete from idempotent_request where scope_key = ? and status is null", scope);
    }

    private void purgeNowAndThen(Instant now) {
        Instant last = lastPurge.get();
        if (last.isAfter(now.minusSeconds(600)) || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        jdbc.update("delete from idempotent_request where claimed_at < ?", Timestamp.from(now.minus(properties.retention())));
    }
}
