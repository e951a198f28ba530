package ru.mentoring.platform.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled   whether the header is honoured (it is, wherever the service has a database)
 * @param lease     how long a first request may run before a retry with its key may take it over
 *                  (a service killed in the middle leaves its claim behind; longer than the gateway's
 *                  response timeout, so that a live request is never run twice)
 * @param retention how long an answer is kept for replay
 */
@ConfigurationProperties("platform.idempotency")
public record IdempotencyProperties(Boolean enabled, Duration lease, Duration retention) {

    public IdempotencyProperties {
        enabled = enabled == null || enabled;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        retention = retention == null ? Duration.ofHours(24) : retention;
    }
}
