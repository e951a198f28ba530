/** The information note on the results of monitoring (seed 002's shape) as DOCX or PDF with its charts as pictures, or XLSX. */
package ru.mentoring.monitoring.report;
