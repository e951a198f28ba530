package ru.mentoring.index.methodology;

/**
 * An indicator of the educational results index (ИОР).
 *
 * @param code      stable code, as in the CSV rows {@code school_code,year,indicator_code,value}
 * @param name      name shown to people (defaults to the code)
 * @param source    GIA, VPR or OTHER: decides which sub-index (GIA-only, VPR-only) it enters
 * @param direction +1 higher is better, -1 lower is better
 * @param weight    weight, {@code >= 0}
 */
public record Indicator(String code, String name, Source source, Direction direction, double weight) {

    public Indicator {
        if (code == null || code.isBlank()) {
            throw new MethodologyException("indicators.code", "Не указан код показателя");
        }
        String field = "indicators[" + code + "]";
        if (name == null || name.isBlank()) {
            name = code;
        }
        if (source == null) {
            throw new MethodologyException(field + ".source", "Не указан источник показателя (GIA, VPR или OTHER)");
        }
        if (direction == null) {
            throw new MethodologyException(field + ".direction", "Направление показателя должно быть +1 или -1");
        }
        if (!Double.isFinite(weight)) {
            throw new MethodologyException(field + ".weight", "Вес показателя должен быть числом");
        }
        if (weight < 0) {
            throw new MethodologyException(field + ".weight", "Вес показателя не может быть отрицательным");
        }
    }

    /** Convenience for the form in which the methodology is written: direction as +1 / -1. */
    public static Indicator of(String code, String name, Source source, int direction, double weight) {
        Direction d;
        try {
            d = Direction.of(direction);
        } catch (MethodologyException e) {
            throw new MethodologyException("indicators[" + code + "].direction", e.reason());
        }
        return new Indicator(code, name, source, d, weight);
    }
}
