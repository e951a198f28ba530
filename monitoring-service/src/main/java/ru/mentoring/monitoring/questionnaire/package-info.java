/** The questionnaires of seed 004 (mentee and mentor, before and after): templates and their items, as stored by Liquibase. */
package ru.mentoring.monitoring.questionnaire;
