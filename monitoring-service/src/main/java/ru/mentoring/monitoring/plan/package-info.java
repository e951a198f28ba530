/** The plan of events (план мероприятий, дорожная карта) of a municipality or a school: events, status, evidence, what is overdue. */
package ru.mentoring.monitoring.plan;
