/** Statistics of paired answers: the Wilcoxon signed-rank test and percentages, plain Java. */
package ru.mentoring.monitoring.stats;
