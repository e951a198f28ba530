/** Questionnaire rounds of a school and programme year, their respondents and single-use personal links. */
package ru.mentoring.monitoring.round;
