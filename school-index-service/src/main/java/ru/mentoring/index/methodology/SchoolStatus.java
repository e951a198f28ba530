package ru.mentoring.index.methodology;

/** The statuses of docs/methodology.md §5, in the order they are listed (and sorted) in a result. */
public enum SchoolStatus {
    /** ШНОР: ИОР in Q1 in year Y. */
    LOW_RESULTS("ШНОР: школа с низкими образовательными результатами"),
    /** ИОР in Q1 in each of Y-2, Y-1, Y. */
    STABLY_LOW("Стабильно низкие результаты"),
    /** ШНСУ / ШССУ: ИСБШ in Q1 in year Y. */
    UNFAVOURABLE_SOCIAL("ШНСУ: школа, функционирующая в неблагоприятных социальных условиях"),
    /** ИОР in Q4 in each of Y-2, Y-1, Y. */
    STABLY_HIGH("Стабильно высокие результаты"),
    /** ИОР Q4 and ИСБШ Q4 in Y. */
    EFFECTIVE("Эффективная школа"),
    /** ИОР Q3 or Q4 while ИСБШ Q1 in Y. */
    RESILIENT("Резильентная школа"),
    /** ИОР defined in all three years and (AM - GM) / AM above the threshold. */
    RISK_UNSTABLE("Зона риска: неустойчивость образовательных результатов"),
    /** GIA-only and VPR-only indices differ by a factor of at least the threshold. */
    RISK_GIA_VPR_GAP("Зона риска: дифференциация результатов ГИА и ВПР"),
    /** Advanced-level school with ИОР below the cohort mean. */
    RISK_ADVANCED_BELOW_AVERAGE("Зона риска: школа повышенного уровня с ИОР ниже среднего");

    private final String russian;

    SchoolStatus(String russian) {
        this.russian = russian;
    }

    /** Russian title for screens and reports. */
    public String russian() {
        return russian;
    }
}
