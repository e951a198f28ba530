/**
 * The municipality's aggregates of a programme year (personal assessment, dynamics) kept once
 * computed, as long as the year's submissions are the same: the dashboard, the targets of three
 * years and the information note read the same year's answers again and again.
 */
package ru.mentoring.monitoring.kept;
