/** The district's competency test scores of teachers before and after the programme (uploaded as CSV/XLSX), and their rise. */
package ru.mentoring.monitoring.competency;
