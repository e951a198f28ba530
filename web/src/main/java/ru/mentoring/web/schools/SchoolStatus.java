package ru.mentoring.web.schools;

import java.util.Arrays;

/**
 * The classification's statuses as people read them. The codes and the full titles are those of
 * school-index-service's {@code SchoolStatus} (the titles its XLSX export prints); the short names
 * fit a table cell. A code this version does not know is shown as "иной статус", never as a code.
 */
public enum SchoolStatus {
    LOW_RESULTS("ШНОР", "ШНОР: школа с низкими образовательными результатами"),
    STABLY_LOW("Стабильно низкие", "Стабильно низкие результаты"),
    UNFAVOURABLE_SOCIAL("ШНСУ", "ШНСУ: школа, функционирующая в неблагоприятных социальных условиях"),
    STABLY_HIGH("Стабильно высокие", "Стабильно высокие результаты"),
    EFFECTIVE("Эффективная", "Эффективная школа"),
    RESILIENT("Резильентная", "Резильентная школа"),
    RISK_UNSTABLE("Риск: неустойчивость", "Зона риска: неустойчивость образовательных результатов"),
    RISK_GIA_VPR_GAP("Риск: ГИА и ВПР", "Зона риска: дифференциация результатов ГИА и ВПР"),
    RISK_ADVANCED_BELOW_AVERAGE("Риск: ниже среднего", "Зона риска: школа повышенного уровня с ИОР ниже среднего");

    private final String shortName;
    private final String title;

    SchoolStatus(String shortName, String title) {
        this.shortName = shortName;
        this.title = title;
    }

    public String shortName() {
        return shortName;
    }

    public String title() {
        return title;
    }

    public boolean risk() {
        return name().startsWith("RISK_") || this == LOW_RESULTS || this == STABLY_LOW || this == UNFAVOURABLE_SOCIAL;
    }

    public static String shortName(String code) {
        return find(code).map(SchoolStatus::shortName).orElse("иной статус");
    }

    public static String title(String code) {
        return find(code).map(SchoolStatus::title).orElse("Иной статус");
    }

    public static java.util.Optional<SchoolStatus> find(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }
}
