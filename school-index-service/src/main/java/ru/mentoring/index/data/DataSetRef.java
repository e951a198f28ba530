package ru.mentoring.index.data;

import java.util.UUID;

/** Which data set: what a classification run records for each year and kind it read. */
public record DataSetRef(UUID id, ValueKind kind, int year) {
}
