package ru.mentoring.index.methodology;

/** How the factor weights of ИСБШ are obtained. */
public enum IsbshMode {
    /** The region publishes the weights: {@code raw = Σ w_j z_j}. */
    FIXED_WEIGHTS,
    /** The weights are the significant OLS coefficients of ИОР on the factors' z-scores, fitted per year. */
    REGRESSION
}
