/** Dynamics before/after per paired scale item, with the Wilcoxon signed-rank test. */
package ru.mentoring.monitoring.dynamics;
