package ru.mentoring.index.classification;

import ru.mentoring.index.methodology.CohortData;
import ru.mentoring.index.methodology.MethodologyVersion;

/** Runs the pure library over a loaded cohort and turns its result into what is stored. */
interface CohortClassifier {

    Classification classify(MethodologyVersion methodology, CohortData cohort, int year);
}
