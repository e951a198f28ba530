/**
 * The district's calendar: one time zone for every "today" the platform shows or checks.
 */
package ru.mentoring.platform.time;
