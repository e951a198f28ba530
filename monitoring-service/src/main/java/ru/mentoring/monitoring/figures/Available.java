package ru.mentoring.monitoring.figures;

import java.util.function.Function;

/**
 * A figure from another service, or the reason it is not available (the service did not answer,
 * refused, or does not publish that figure yet). Reports show the reason instead of a number:
 * nothing is invented.
 */
public record Available<T>(T value, String unavailable) {

    public static <T> Available<T> of(T value) {
        return new Available<>(value, null);
    }

    public static <T> Available<T> unavailable(String reason) {
        return new Available<>(null, reason);
    }

    public boolean present() {
        return unavailable == null;
    }

    <R> Available<R> map(Function<T, R> f) {
        return present() ? of(f.apply(value)) : unavailable(unavailable);
    }
}
