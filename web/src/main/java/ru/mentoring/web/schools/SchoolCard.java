package ru.mentoring.web.schools;

import java.util.List;

import tools.jackson.databind.JsonNode;

import ru.mentoring.web.schools.IndexApi.SchoolYear;

/**
 * A school's card: names, its last three years of results and why each status of the latest year
 * was given.
 *
 * @param fullName   from the registry; null for a school the registry does not keep
 * @param boundaries the cohort's quartile boundaries of the latest year, for reading the numbers
 */
public record SchoolCard(String shortName, String fullName, String kind, Boolean rural, boolean advancedLevel,
        String municipalityCode, List<SchoolYear> history, SchoolYear latest, List<Reason> reasons, Boundaries boundaries) {

    /** @param text the classification's own sentence with the numbers, or null when it gave none */
    public record Reason(String status, String text) {
    }

    /** ИОР's and ИСБШ's p25, p50, p75 in the cohort, and the cohort's mean ИОР. */
    public record Boundaries(Double iorP25, Double iorP50, Double iorP75, Double isbshP25, Double isbshP50, Double isbshP75,
            Double cohortMeanIor, String iorUndefined, String isbshUndefined) {

        static Boundaries of(JsonNode explanation) {
            if (explanation == null || !explanation.isObject()) {
                return null;
            }
            JsonNode ior = explanation.path("ior");
            JsonNode isbsh = explanation.path("isbsh");
            return new Boundaries(number(ior.path("boundaries").path("p25")), number(ior.path("boundaries").path("p50")),
                    number(ior.path("boundaries").path("p75")), number(isbsh.path("boundaries").path("p25")),
                    number(isbsh.path("boundaries").path("p50")), number(isbsh.path("boundaries").path("p75")),
                    number(explanation.path("cohortMeanIor")), text(ior.path("undefinedReasonText")),
                    text(isbsh.path("undefinedReasonText")));
        }

        private static Double number(JsonNode node) {
            return node != null && node.isNumber() ? node.asDouble() : null;
        }

        private static String text(JsonNode node) {
            return node != null && node.isString() ? node.asString() : null;
        }
    }

    /** The registry's school kinds in Russian (registry-service's {@code SchoolKind}). */
    public static String kind(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "SOSH" -> "Средняя общеобразовательная школа";
            case "OOSH" -> "Основная общеобразовательная школа";
            case "GYMNASIUM" -> "Гимназия";
            case "LYCEUM" -> "Лицей";
            case "ADVANCED_STUDY" -> "Школа с углублённым изучением предметов";
            case "DOU" -> "Дошкольное образовательное учреждение";
            default -> null;
        };
    }
}
