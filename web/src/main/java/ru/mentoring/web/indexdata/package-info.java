/**
 * The section "Данные индекса": a year's data sets (versions of the indicator and context values)
 * with undo, uploads with their row report or rejected rows, classification runs with their summary
 * and XLSX, recomputation, and the official ШНОР list beside the computed one. Everything is
 * school-index-service's API called as the signed-in person, so its rules decide who writes.
 */
package ru.mentoring.web.indexdata;
