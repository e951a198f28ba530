package ru.mentoring.index.methodology;

/**
 * A contextual (social) factor of ИСБШ.
 *
 * @param code   stable code, as in the CSV rows {@code school_code,year,factor_code,value}
 * @param name   name shown to people (defaults to the code)
 * @param weight the published weight used in {@link IsbshMode#FIXED_WEIGHTS} mode; may be negative
 *               (a larger share of low-income families lowers the context); ignored in regression mode
 */
record ContextFactor(String code, String name, double weight) {

    ContextFactor {
        if (code == null || code.isBlank()) {
            throw new MethodologyException("contextFactors.code", "Не указан код контекстного фактора");
        }
        if (name == null || name.isBlank()) {
            name = code;
        }
        if (!Double.isFinite(weight)) {
            throw new MethodologyException("contextFactors[" + code + "].weight", "Вес фактора должен быть числом");
        }
    }

    /** A factor for regression mode, where the weight comes from the fit. */
    static ContextFactor of(String code, String name) {
        return new ContextFactor(code, name, 0.0);
    }
}
