package ru.mentoring.index.classification;

import java.util.List;

/**
 * What one computation produced, ready to store.
 *
 * @param summary the cohort-wide numbers as JSON text (boundaries, means, regression fit)
 */
record Classification(List<ComputedSchool> schools, String summary) {
}
