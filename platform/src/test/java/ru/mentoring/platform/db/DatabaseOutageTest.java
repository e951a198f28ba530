package ru.mentoring.platform.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void noConnectionFromThePoolInTimeIsAnOutage() {
        // what JPA's transaction manager throws when Hikari gives up after its connection timeout
        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 2001ms")))).isTrue();
        // and JdbcClient
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"))).isTrue();
    }

    @Test
    void aConnectionLostOrRefusedDeepInTheCausesIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new JpaSystemException(new RuntimeException("wrapped",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))))).isTrue();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(new SQLException("the database system is starting up", "57P03"))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(new SQLException("Connection to localhost:5432 refused",
                "08001", new ConnectException("Connection refused"))))).isTrue();
    }

    @Test
    void aRefusedConnectionToSomethingElseIsNoDatabaseOutage() {
        // the service's own token from a Keycloak that is down (its client credentials call refused)
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("[invalid_token_response] An error occurred",
                new ConnectException("Connection refused")))).isFalse();
    }

    @Test
    void aFaultOfTheRequestOrOfTheCodeIsNot() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("syntax error", "42601"))).isFalse();
    }
}
