/**
 * After monitoring (seed 001, 9.5: «адресные рекомендации», «управленческие решения»): the
 * coordinator's recommendations to a school from a round's results, and the school's decision on each
 * with its due date and, once carried out, the day it was done.
 */
package ru.mentoring.monitoring.recommendation;
