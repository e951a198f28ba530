package ru.mentoring.platform.db;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long a service waits for its database, the same for every service. When PostgreSQL is down a
 * request may not hold a thread for long: a connection is waited for 2 s at most (then the request
 * is answered 503, see {@link DatabaseOutage}), a connection attempt gives up after 2 s, and a
 * pooled connection is checked before it is handed out (Hikari does so for one idle over half a
 * second), so a service recovers by itself once the database is back. One statement may run for
 * {@code platform.db.statement-timeout} (2 min; the index's largest loads stay well below it).
 */
public final class DatabaseTimeouts {

    private DatabaseTimeouts() {
    }

    /** Defaults for the service's configuration; anything the service or the environment sets wins. */
    public static Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("platform.db.statement-timeout", "120s");
        d.put("spring.datasource.hikari.connection-timeout", "2000");
        d.put("spring.datasource.hikari.validation-timeout", "1000");
        // idle connections are tested now and then, so one broken by a database restart is replaced before it is needed
        d.put("spring.datasource.hikari.keepalive-time", "60000");
        // the driver's own bounds: a connection attempt, and a reply that never comes (a database that hangs)
        d.put("spring.datasource.hikari.data-source-properties.connectTimeout", "2");
        d.put("spring.datasource.hikari.data-source-properties.socketTimeout", "300");
        d.put("spring.datasource.hikari.data-source-properties.options", "-c statement_timeout=${platform.db.statement-timeout}");
        return d;
    }
}
