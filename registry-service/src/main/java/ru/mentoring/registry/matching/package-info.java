/** Suggesting mentors for a mentee's request, preferring effective and stably high schools of the index. */
package ru.mentoring.registry.matching;
