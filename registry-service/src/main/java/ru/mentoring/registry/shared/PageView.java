package ru.mentoring.registry.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, where the page lies and how many there are in all. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 500;

    <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** A page number below 0 is the first page; a size outside 1..MAX_SIZE is clamped, not refused. */
    public static int page(Integer page) {
        return page == null || page < 0 ? 0 : page;
    }

    public static int size(Integer size, int defaultSize) {
        if (size == null) {
            return defaultSize;
        }
        return Math.max(1, Math.min(MAX_SIZE, size));
    }
}
