/**
 * The participant's questionnaire page: the personal link a coordinator hands out ({@code /q/{token}}),
 * answered without an account, on a phone or with a keyboard, once.
 */
package ru.mentoring.web.questionnaire;
