/**
 * The district's schools with their latest classification (ИОР, ИСБШ, quartiles, statuses) and a
 * school's card with its history and the explanation of each status.
 */
package ru.mentoring.web.schools;
