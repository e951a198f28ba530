package ru.mentoring.index.methodology;

/**
 * Boundaries published by the region for one year.
 *
 * @param ior   ИОР boundaries (required)
 * @param isbsh ИСБШ boundaries; may be {@code null} for a methodology without context factors or for a past
 *              year that only serves the three-year rules
 */
public record PublishedBoundaries(QuartileBoundaries ior, QuartileBoundaries isbsh) {

    public PublishedBoundaries {
        if (ior == null) {
            throw new MethodologyException("cohortChoice.boundaries.ior", "Не указаны границы квартилей ИОР");
        }
    }
}
