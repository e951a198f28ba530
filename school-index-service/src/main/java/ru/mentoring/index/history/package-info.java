/** A school's history over the years and the municipality's trend of ШНОР schools against the target. */
package ru.mentoring.index.history;
