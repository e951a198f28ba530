/** The monitoring's own metrics (submissions, reports, imports). */
package ru.mentoring.monitoring.metrics;
