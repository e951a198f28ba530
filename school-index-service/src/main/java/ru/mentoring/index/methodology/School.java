package ru.mentoring.index.methodology;

/**
 * A school of the cohort.
 *
 * @param code             stable external code (regional school code)
 * @param municipalityCode municipality, may be {@code null} when unknown
 * @param advancedLevel    гимназия, лицей, углублённое изучение: subject to the "advanced below average" rule
 */
record School(String code, String municipalityCode, boolean advancedLevel) {

    School {
        if (code == null || code.isBlank()) {
            throw new ComputationException(null, "Не указан код школы");
        }
    }
}
