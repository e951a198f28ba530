/** Participants of a school: teachers, students, parents and partners, with what each kind may carry. */
package ru.mentoring.registry.participant;
