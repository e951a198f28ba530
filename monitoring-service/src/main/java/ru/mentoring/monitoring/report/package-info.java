/** The information note on the results of monitoring (seed 002's shape) as DOCX, PDF or XLSX. */
package ru.mentoring.monitoring.report;
