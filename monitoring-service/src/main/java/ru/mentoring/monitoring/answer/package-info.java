/** Answering a questionnaire through a personal link, without an account: the public form, validation of the answers, the single-use submission. */
package ru.mentoring.monitoring.answer;
