/**
 * The information note on the results of monitoring (seed 002's shape) for the municipality or one
 * school, and the short report to the head of the education department (seed 004, event 39), as DOCX
 * or PDF with the note's charts as pictures, or the note's tables as XLSX. The registry's side (forms,
 * models, pairs and people of the year, the forms of support from the pairs' programmes) is read from
 * the registry with the service token.
 */
package ru.mentoring.monitoring.report;
