package ru.mentoring.index.methodology;

/** Whether a higher indicator value is better (+1) or worse (-1). */
enum Direction {
    HIGHER_IS_BETTER(1),
    LOWER_IS_BETTER(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /** +1 or -1, as written in the methodology. */
    int sign() {
        return sign;
    }

    /** The direction for +1 or -1; anything else is rejected (a methodology cannot be "half inverted"). */
    static Direction of(int sign) {
        return switch (sign) {
            case 1 -> HIGHER_IS_BETTER;
            case -1 -> LOWER_IS_BETTER;
            default -> throw new MethodologyException("direction",
                    "Направление показателя должно быть +1 или -1, получено " + sign);
        };
    }
}
