package ru.mentoring.platform.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means "the database cannot be reached now" (stopped, restarting, no connection
 * within the pool's timeout) rather than a fault of the request or of the code: such a request is
 * answered 503 with a Russian "try again", not 500.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        // a refused connection is the database's only below a JDBC or data access failure: Keycloak or a
        // called service refusing one is not a database outage
        boolean jdbc = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof QueryTimeoutException || t instanceof SQLTransientConnectionException
                    || (jdbc && t instanceof ConnectException)) {
                return true;
            }
            jdbc |= t instanceof SQLException || t instanceof DataAccessException;
            if (t instanceof SQLException sql && sql.getSQLState() != null && connectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL states of a lost or refused connection: class 08 (connection exception), 57P01–57P03
     * (the server shutting down, crashed, or still starting up), 57014 (the statement timeout).
     */
    static boolean connectionState(String state) {
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("57014");
    }
}
