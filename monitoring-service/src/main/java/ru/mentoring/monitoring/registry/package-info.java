/** The registry as monitoring reads it: schools and their municipality, counts of teachers, mentors and mentees. */
package ru.mentoring.monitoring.registry;
