package ru.mentoring.platform.client;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long another service may take and how often a failed read is tried again
 * ({@code platform.service-client.*}). The addresses themselves are {@code platform.services.<name>}.
 *
 * @param timeout connecting and waiting for the answer, each; a figure that takes longer is reported as unavailable
 * @param retries further attempts of a GET whose connection failed (never after a timeout, never for a write)
 * @param openFor how long a service whose calls keep failing is not called at all (its circuit breaker open)
 *                before a few calls try it again
 */
@ConfigurationProperties("platform.service-client")
public record ServiceClientProperties(Duration timeout, Integer retries, Duration openFor) {

    public ServiceClientProperties {
        timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
        retries = retries == null ? 1 : Math.max(0, retries);
        openFor = openFor == null ? Duration.ofSeconds(10) : openFor;
    }
}
