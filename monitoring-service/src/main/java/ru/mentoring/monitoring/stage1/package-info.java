/** Stage 1 of the monitoring: the curator's questionnaire and SWOT per school, and the district's summary. */
package ru.mentoring.monitoring.stage1;
