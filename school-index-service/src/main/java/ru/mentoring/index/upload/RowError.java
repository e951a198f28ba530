package ru.mentoring.index.upload;

/** Why one row of an upload was rejected: the line a person finds it at, the column, the reason in Russian. */
public record RowError(long line, String field, String reason) {
}
