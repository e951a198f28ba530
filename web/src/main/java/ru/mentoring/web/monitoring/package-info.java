/**
 * The "Мониторинг" section: questionnaire rounds with their personal links (copy, print with QR
 * codes), the personal assessment, the dynamics before/after with the Wilcoxon test, the programme
 * targets, competency results, stage 1 (curator's questionnaire, SWOT), the plan of events and the
 * information note's downloads, all read from monitoring-service through the gateway as the
 * signed-in person. A department viewer gets the services' aggregates only, with small cells as
 * the service hides them (shown as «&lt;5»).
 */
package ru.mentoring.web.monitoring;
