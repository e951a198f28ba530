/**
 * Recognition of mentors (seed 001 §5, seed 003 «Механизмы мотивации и поощрения наставников»): a school nominates
 * its mentors and pairs for «Наставник года», «Лучшая пара», school certificates and letters of thanks, the
 * municipal coordinator decides, and the awarded ones are listed for the year.
 */
package ru.mentoring.registry.recognition;
