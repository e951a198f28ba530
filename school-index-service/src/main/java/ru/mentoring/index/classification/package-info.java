/** Classification runs: loading a year's cohort, computing it with a methodology version, storing and serving the results with explanations. */
package ru.mentoring.index.classification;
