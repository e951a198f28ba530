package ru.mentoring.platform.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Tries a GET or HEAD again when its connection failed (a service restarting, a reset connection).
 * A timeout is not retried: the caller would only wait twice as long for the same slow service;
 * a write is never retried, since it may have been applied.
 */
final class RetriedReads implements ClientHttpRequestInterceptor {

    private final int retries;

    RetriedReads(int retries) {
        this.retries = retries;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        boolean idempotent = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        for (int attempt = 0;; attempt++) {
            try {
                return execution.execute(request, body);
            } catch (HttpTimeoutException | InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                if (!idempotent || attempt >= retries) {
                    throw e;
                }
            }
        }
    }
}
