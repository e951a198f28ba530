/**
 * The municipality's overview for the education department and the coordinator: the programme's
 * targets over the years, the ШНОР trend, the schools by ИОР and ИСБШ, the dynamics before and after;
 * each as a chart and as its table, aggregated, with no person's name.
 */
package ru.mentoring.web.dashboard;
