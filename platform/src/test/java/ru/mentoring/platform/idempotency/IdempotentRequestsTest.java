package ru.mentoring.platform.idempotency;

import java.io.IOException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.Liquibase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import static org.assertj.core.api.Assertions.assertThat;

/** The claims behind the Idempotency-Key header, on a real PostgreSQL with the platform's changelog. */
class IdempotentRequestsTest {

    static EmbeddedPostgres postgres;
    static SingleConnectionDataSource dataSource;

    final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T09:00:00Z"));
    final IdempotentRequests requests = new IdempotentRequests(new JdbcTemplate(dataSource),
            new IdempotencyProperties(true, Duration.ofMinutes(5), Duration.ofHours(24)), clock);

    @BeforeAll
    static void database() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Liquibase liquibase = new Liquibase("db/platform/idempotency.yaml", new ClassLoaderResourceAccessor(),
                new JdbcConnection(postgres.getPostgresDatabase().getConnection()))) {
            liquibase.update("");
        }
        // the column "tenant" takes the connection's app.tenant, as the services' connections carry it
        Connection connection = postgres.getPostgresDatabase().getConnection();
        connection.createStatement().execute("set app.tenant = '*'");
        dataSource = new SingleConnectionDataSource(connection, true);
    }

    @AfterAll
    static void stop() throws IOException {
        dataSource.destroy();
        postgres.close();
    }

    @Test
    void aNewKeyIsClaimedOnceAndItsRetryWaitsWhileTheFirstRuns() {
        assertThat(requests.claim("a1")).isInstanceOf(IdempotentRequests.Claimed.class);
        assertThat(requests.claim("a1")).isInstanceOf(IdempotentRequests.Running.class);
        assertThat(requests.claim("a2")).isInstanceOf(IdempotentRequests.Claimed.class);
    }

    @Test
    void anAnsweredKeyIsReplayedWithItsStatusTypeLocationAndBody() {
        requests.claim("b1");
        requests.answer("b1", 201, "application/json", "/api/x/1", "{\"id\":1}".getBytes(), "ab12", 42);

        assertThat(requests.claim("b1"))
                .isInstanceOfSatisfying(IdempotentRequests.Answered.class, a -> {
                    assertThat(a.status()).isEqualTo(201);
                    assertThat(a.contentType()).isEqualTo("application/json");
                    assertThat(a.location()).isEqualTo("/api/x/1");
                    assertThat(a.body()).asString().isEqualTo("{\"id\":1}");
                    assertThat(a.requestHash()).isEqualTo("ab12");
                    assertThat(a.requestLength()).isEqualTo(42);
                });
    }

    @Test
    void aReleasedKeyCanBeClaimedAgainButAnAnsweredOneIsNotReleased() {
        requests.claim("c1");
        requests.release("c1");
        assertThat(requests.claim("c1")).isInstanceOf(IdempotentRequests.Claimed.class);

        requests.answer("c1", 200, null, null, new byte[0], null, 0);
        requests.release("c1");
        assertThat(requests.claim("c1")).isInstanceOf(IdempotentRequests.Answered.class);
    }

    @Test
    void aClaimAbandonedPastTheLeaseIsTakenOverByOneRetryOnly() {
        requests.claim("d1");
        clock.advance(Duration.ofMinutes(4));
        assertThat(requests.claim("d1")).isInstanceOf(IdempotentRequests.Running.class);

        clock.advance(Duration.ofMinutes(2));
        assertThat(requests.claim("d1")).isInstanceOf(IdempotentRequests.Claimed.class);
        assertThat(requests.claim("d1")).isInstanceOf(IdempotentRequests.Running.class);
    }

    @Test
    void answersOlderThanTheRetentionAreForgotten() {
        requests.claim("e1");
        requests.answer("e1", 200, null, null, new byte[0], null, 0);
        clock.advance(Duration.ofHours(25));

        assertThat(requests.claim("e2")).isInstanceOf(IdempotentRequests.Claimed.class);
        assertThat(requests.claim("e1")).isInstanceOf(IdempotentRequests.Claimed.class);
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
