package ru.mentoring.index.methodology;

/** Why a school has no ИОР or no ИСБШ for a year. */
enum UndefinedReason {
    /** Nothing at all was loaded for that year. */
    YEAR_NOT_LOADED("Нет данных за год"),
    /** The school has no value of any methodology indicator in that year. */
    NO_DATA("Нет значений показателей школы за год"),
    /** "insufficient data": the school's indicators carry less than the required share of the total weight. */
    INSUFFICIENT_DATA("Недостаточно данных: показатели школы несут меньше половины общего веса"),
    /** The methodology has no context factors, so there is no ИСБШ at all. */
    NO_CONTEXT_FACTORS("В методике нет контекстных факторов: ИСБШ не рассчитывается"),
    /** No school has any context factor value in that year (factors not loaded for it). */
    NO_FACTOR_DATA("Нет значений контекстных факторов за год: ИСБШ не рассчитывается"),
    /** The school lacks a factor whose weight is not zero. */
    MISSING_FACTOR("Нет значения контекстного фактора с ненулевым весом"),
    /** Every factor weight came out zero, so ИСБШ carries no information. */
    NO_FACTOR_WEIGHTS("Все веса контекстных факторов равны нулю");

    private final String description;

    UndefinedReason(String description) {
        this.description = description;
    }

    /** Short reason in Russian. */
    String description() {
        return description;
    }
}
