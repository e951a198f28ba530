/**
 * The registry as monitoring reads it: schools and their municipality, counts of teachers, mentors and
 * mentees, the pairs of a period, and for the note the year's pairs and people by form and model and
 * the forms of support from the pairs' programmes.
 */
package ru.mentoring.monitoring.registry;
