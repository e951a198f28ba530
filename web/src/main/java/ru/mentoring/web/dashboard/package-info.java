/**
 * The municipality's overview for the education department and the coordinator: the programme's
 * targets over the years, the ШНОР trend, the schools by ИОР and ИСБШ, the dynamics before and after,
 * pairs by form and stage, participants by category, the banks, satisfaction by form, the plans of
 * events; each as a chart and as its table, and the table as XLSX; aggregated, with no person's name.
 */
package ru.mentoring.web.dashboard;
