/**
 * Stage 2 of monitoring for learners (seeds 000, 003): mentees' average mark, lessons missed, register
 * and club status before and after the programme, uploaded by the school or the coordinator, and their
 * paired dynamics.
 */
package ru.mentoring.monitoring.learners;
