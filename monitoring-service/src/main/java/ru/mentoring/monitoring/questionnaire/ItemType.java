package ru.mentoring.monitoring.questionnaire;

import java.util.List;

/** How a question is answered; the limits are the questionnaire's, not a form widget's. */
public enum ItemType {
    /** [да/нет] */
    YES_NO,
    /** «Оцените в баллах от 1 до 10» */
    SCALE_1_10,
    /** one of {@link #FREQUENCY_OPTIONS} */
    FREQUENCY,
    /** a line to write on */
    FREE_TEXT;

    public static final int SCALE_MIN = 1;
    public static final int SCALE_MAX = 10;
    public static final int FREE_TEXT_MAX_LENGTH = 2000;
    /** The seed's frequency scale, in the spelling of docs/domain.md §3. */
    public static final List<String> FREQUENCY_OPTIONS = List.of("очень часто", "часто", "редко", "1–2 раза", "никогда");

    public List<String> options() {
        return this == FREQUENCY ? FREQUENCY_OPTIONS : List.of();
    }
}
