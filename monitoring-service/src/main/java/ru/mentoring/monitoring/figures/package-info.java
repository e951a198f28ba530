/** A figure that may be missing, with the reason: what a target rests on when another service does not answer. */
package ru.mentoring.monitoring.figures;
