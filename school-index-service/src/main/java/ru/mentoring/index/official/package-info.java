/** The region's official ШНОР list of a year beside the computed one. */
package ru.mentoring.index.official;
