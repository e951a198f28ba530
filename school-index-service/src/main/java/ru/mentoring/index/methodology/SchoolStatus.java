package ru.mentoring.index.methodology;

/** The statuses of domain.md §3.5, with the words the coordinator sees. */
public enum SchoolStatus {
    LOW_RESULTS("ШНОР: школа с низкими образовательными результатами"),
    STABLY_LOW("Стабильно низкие результаты"),
    UNFAVOURABLE_SOCIAL("ШНСУ: школа, функционирующая в неблагоприятных социальных условиях"),
    STABLY_HIGH("Стабильно высокие результаты"),
    EFFECTIVE("Эффективная школа"),
    RESILIENT("Резильентная школа"),
    RISK_UNSTABLE("Зона риска: неустойчивость образовательных результатов"),
    RISK_GIA_VPR_GAP("Зона риска: дифференциация результатов ГИА и ВПР"),
    RISK_ADVANCED_BELOW_AVERAGE("Зона риска: школа повышенного уровня с ИОР ниже среднего");

    private final String russian;

    SchoolStatus(String russian) {
        this.russian = russian;
    }

    public String russian() {
        return russian;
    }
}
