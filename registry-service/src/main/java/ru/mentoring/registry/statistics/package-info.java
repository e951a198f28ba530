/** Counts per school, never names: for the department viewer, the coordinator and other services (teachers, mentors and mentees by kind and form). */
package ru.mentoring.registry.statistics;
