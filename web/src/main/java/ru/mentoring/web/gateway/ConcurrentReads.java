package ru.mentoring.web.gateway;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Starts a page's independent reads through the gateway at once, so that the page waits for its
 * slowest read rather than for their sum. Each read runs on a virtual thread carrying the request's
 * signed-in person and the request itself, which the access token is looked up from (and, when it
 * is about to expire, refreshed into the session).
 */
@Component
public class ConcurrentReads {

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    /** Starts {@code read} now; its failure is the future's (see {@link #join}). */
    public <T> CompletableFuture<T> start(Supplier<T> read) {
        SecurityContext security = SecurityContextHolder.getContext();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(security);
            RequestContextHolder.setRequestAttributes(request);
            try {
                return read.get();
            } finally {
                SecurityContextHolder.clearContext();
                RequestContextHolder.resetRequestAttributes();
            }
        }, threads);
    }

    /** The read's result, or the exception it threw (not wrapped), so callers handle it as if it ran here. */
    public static <T> T join(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @PreDestroy
    void close() {
        threads.shutdown();
    }
}
