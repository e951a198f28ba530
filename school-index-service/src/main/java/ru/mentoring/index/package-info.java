/** The school index service: methodology versions, the cohort and its data, ИОР/ИСБШ, quartiles and the classification of schools. */
package ru.mentoring.index;
