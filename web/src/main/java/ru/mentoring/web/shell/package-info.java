/**
 * What every page shares: the layout's user, role and navigation, Russian formats of dates and
 * numbers, the "не найдено" and error pages.
 */
package ru.mentoring.web.shell;
