package ru.mentoring.monitoring.questionnaire;

import java.util.Locale;

/** Before entering the programme, or after it: the two measurements of stage 2 of monitoring. */
public enum Stage {
    BEFORE, AFTER;

    /** A file's cell as a school writes it (BEFORE, «до», «входное», …), or null when it names no stage. */
    public static Stage read(String cell) {
        return switch (cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT)) {
            case "before", "до", "до программы", "входное", "входной" -> BEFORE;
            case "after", "после", "после программы", "итоговое", "итоговый" -> AFTER;
            default -> null;
        };
    }
}
