/** The schools of the cohort: the registry's own (synchronised) and the rest of the region (uploaded). */
package ru.mentoring.index.cohort;
