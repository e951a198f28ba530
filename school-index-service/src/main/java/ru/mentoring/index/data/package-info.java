/** A year's indicator and context values, uploaded as CSV or XLSX and streamed into PostgreSQL. */
package ru.mentoring.index.data;
