package ru.mentoring.index.methodology;

/** The quartile boundaries of one index in one year, computed or published. */
public record QuartileBoundaries(double p25, double p50, double p75) {

    public QuartileBoundaries {
        if (!Double.isFinite(p25) || !Double.isFinite(p50) || !Double.isFinite(p75)) {
            throw new MethodologyException("boundaries", "Границы квартилей должны быть числами");
        }
        if (p25 > p50 || p50 > p75) {
            throw new MethodologyException("boundaries", "Границы квартилей должны удовлетворять P25 ≤ P50 ≤ P75");
        }
    }
}
