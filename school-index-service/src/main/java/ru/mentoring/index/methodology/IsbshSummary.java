package ru.mentoring.index.methodology;

import java.util.List;

/**
 * The ИСБШ side of year Y.
 *
 * @param mode           fixed weights or regression
 * @param defined        schools with a defined ИСБШ
 * @param rawMin         smallest {@code Σ w_j z_j}, or {@code null}
 * @param rawMax         largest, or {@code null}
 * @param boundaries     ИСБШ quartile boundaries, {@code null} when no school has ИСБШ
 * @param boundarySource computed or published, {@code null} without boundaries
 * @param scaling        the z-score mean and standard deviation of every factor
 * @param weights        the weights used, methodology order
 * @param regression     the fit in regression mode, else {@code null}
 */
record IsbshSummary(IsbshMode mode, int defined, Double rawMin, Double rawMax, QuartileBoundaries boundaries,
                           BoundarySource boundarySource, List<FactorScaling> scaling, List<FactorWeight> weights,
                           RegressionSummary regression) {

    IsbshSummary {
        scaling = List.copyOf(scaling);
        weights = List.copyOf(weights);
    }
}
