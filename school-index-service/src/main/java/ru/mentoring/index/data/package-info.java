/**
 * A year's indicator and context values and their versions. Every upload becomes an immutable
 * data set (who, when, file name, rows, SHA-256 of the bytes received); the current data set of a
 * (year, kind) is what classification reads, an earlier one can be made current again, and old
 * ones no run names are deleted after the retention period ({@code index.data-sets.*}).
 */
package ru.mentoring.index.data;
