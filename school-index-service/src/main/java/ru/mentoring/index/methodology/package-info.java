/**
 * The school index methodology as pure Java: ИОР, ИСБШ, quartiles and the classification of schools
 * (docs/methodology.md). No Spring, no JPA, no database: only the JDK and commons-math3 (OLS and Student's t).
 *
 * <h2>Entry points</h2>
 * {@link ru.mentoring.index.methodology.MethodologyVersion} (validated, {@link
 * ru.mentoring.index.methodology.MethodologyException} otherwise), {@link ru.mentoring.index.methodology.CohortData}
 * (the input), {@link ru.mentoring.index.methodology.Classifier#classify} (the output, {@link
 * ru.mentoring.index.methodology.ClassificationResult}); the building blocks {@link
 * ru.mentoring.index.methodology.IorCalculator}, {@link ru.mentoring.index.methodology.IsbshCalculator},
 * {@link ru.mentoring.index.methodology.Regression} and {@link ru.mentoring.index.methodology.QuartileCalculator}
 * are public too. Data problems raise {@link ru.mentoring.index.methodology.ComputationException} (a 422).
 *
 * <h2>Formulas</h2>
 * <ul>
 *   <li>Normalisation per indicator and year over the schools that have a value:
 *       {@code n = (x - min)/(max - min)} (+1), {@code (max - x)/(max - min)} (-1), 0.5 for all when
 *       {@code max == min}.</li>
 *   <li>{@code ИОР = Σ w_i n_i / Σ w_i} over the indicators the school has; undefined ("insufficient data")
 *       when {@code Σ w_i(has) / Σ w_i(all) < 0.5}; exactly half is enough.</li>
 *   <li>GIA-only / VPR-only index: the same normalised values and formula over the indicators of that
 *       source, with the same half-of-the-weight rule against that source's total weight.</li>
 *   <li>{@code z = (x - mean)/sd} per factor and year over the schools with a value, sample sd (n - 1).</li>
 *   <li>ИСБШ: {@code raw = Σ w_j z_j}; weights published (fixed mode) or fitted: OLS of ИОР on the z-scores
 *       with an intercept over the schools with a defined ИОР and every factor; weight = coefficient when the
 *       two-sided t-test p-value (n - k - 1 df) is below alpha, else 0; all coefficients when none is.
 *       {@code ИСБШ = (raw - min)/(max - min)} over the schools with a raw value, 0.5 for all when equal.</li>
 *   <li>Quartiles: P25/P50/P75 at position (n - 1)·p, linear interpolation (Excel QUARTILE.INC, numpy default);
 *       Q1 {@code v ≤ P25}, Q2 {@code ≤ P50}, Q3 {@code ≤ P75}, else Q4.</li>
 *   <li>Unstable results: AM and GM of ИОР(Y-2), ИОР(Y-1), ИОР(Y); GM = 0 if any is 0; flagged when
 *       {@code (AM - GM)/AM > 0.01}.</li>
 *   <li>GIA/VPR gap: {@code max/min ≥ 1.5}; one zero and one non-zero counts; both zero does not.</li>
 * </ul>
 *
 * <h2>Decisions where the region's documents are silent (docs/methodology.md §7)</h2>
 * <ol>
 *   <li>The "total weight" of the half-of-the-weight rule is the sum over all the methodology's indicators,
 *       including those nobody has a value of in that year.</li>
 *   <li>A school with values but below half of the weight gets {@code INSUFFICIENT_DATA}; with no value at
 *       all {@code NO_DATA}; a year with nothing loaded {@code YEAR_NOT_LOADED}.</li>
 *   <li>Sub-indices follow the same share rule per source. If the methodology has no GIA (or no VPR)
 *       indicator with a weight, or the school's sub-index is undefined, the GIA/VPR rule cannot apply and the
 *       explanation says so.</li>
 *   <li>z-scores use the sample standard deviation (n - 1); with sd = 0 or a single value, z = 0 for all.</li>
 *   <li>z-scores (both modes) are computed over every school that has the factor, not only over the
 *       regression sample.</li>
 *   <li>Regression: {@code n ≤ k + 1} is an error (k = all methodology factors); a factor whose z-score is the
 *       same for the whole sample is left out with weight 0 ({@code excluded}); all ИОР equal in the sample,
 *       all factors constant, or linearly dependent factors are errors. With an exact fit (standard error 0) a
 *       factor's t and p are undefined ({@code null}) and it is not significant.</li>
 *   <li>ИСБШ requires only the factors whose weight is not zero; a school lacking one gets
 *       {@code MISSING_FACTOR} naming the first such factor. A school does not need a defined ИОР to get ИСБШ.
 *       If every weight is zero no school has ИСБШ ({@code NO_FACTOR_WEIGHTS}). Fixed-weight methodologies with
 *       all weights zero are rejected outright.</li>
 *   <li>A methodology without context factors is valid: ИСБШ is not computed and the ИСБШ-based statuses are not
 *       assigned (noted). Likewise when no school has ИСБШ in year Y (typically: factors not loaded for that
 *       year; in regression mode too, when no factor value at all is loaded): noted, not an error, the ИОР
 *       statuses stand. With 1 to 3 schools with ИСБШ, quartiles are refused as for ИОР.</li>
 *   <li>ИСБШ is computed for year Y only; Y-2 and Y-1 need only ИОР and its quartiles.</li>
 *   <li>Year Y must be loaded and have quartiles (else {@link ru.mentoring.index.methodology.ComputationException}).
 *       A past year that is not loaded, has fewer than 4 schools with ИОР, or has no published boundaries only
 *       makes STABLY_LOW / STABLY_HIGH (and, when not loaded, RISK_UNSTABLE) inapplicable; noted.</li>
 *   <li>The minimum of 4 schools applies to computed quartiles only: published boundaries are used as they are,
 *       whatever the number of schools. Min-max, z-scores and the regression always run over all loaded
 *       schools: the cohort choice only changes the boundaries.</li>
 *   <li>When all values are equal, P25 = P50 = P75 and every school falls in Q1 ({@code v ≤ P25}), as the rule
 *       says; the result carries a note.</li>
 *   <li>RISK_UNSTABLE is not flagged when AM = 0 (all three values 0: perfectly stable, the gap would be 0/0).</li>
 *   <li>"Below the mean" is strict; the mean is over the schools with a defined ИОР(Y); an advanced school with
 *       an undefined ИОР is not flagged.</li>
 *   <li>Comparisons against boundaries, thresholds and the mean are made after rounding both sides to 10
 *       decimals, so that a ratio that is exactly 1.5 in decimal arithmetic (0.6 / 0.4) counts as 1.5. p-values
 *       are compared with alpha as they are (strictly below).</li>
 *   <li>Determinism: schools sorted by code (String order), sums in school-code and methodology order; the
 *       result does not depend on the order values were loaded in.</li>
 * </ol>
 */
package ru.mentoring.index.methodology;
