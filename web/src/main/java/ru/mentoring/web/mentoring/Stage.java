package ru.mentoring.web.mentoring;

import java.util.List;

/**
 * The order of a pair's stages as the registry keeps it (PairStatus: подготовительный →
 * проектировочный → реализационный → рефлексивно-аналитический → результативный, then завершена;
 * прекращена from any stage). Used to offer the one next step; the registry checks it again.
 * Public for the templates.
 */
public final class Stage {

    /** The five stages in order. */
    public static final List<String> STAGES = List.of("PREPARATORY", "DESIGN", "IMPLEMENTATION", "REFLECTIVE_ANALYTICAL", "RESULTATIVE");

    private Stage() {
    }

    public static boolean isActive(String status) {
        return STAGES.contains(status);
    }

    /** The step after {@code status}: the next stage, COMPLETED after the last one, null after the end. */
    public static String next(String status) {
        int i = STAGES.indexOf(status);
        if (i < 0) {
            return null;
        }
        return i == STAGES.size() - 1 ? "COMPLETED" : STAGES.get(i + 1);
    }

    /** "done", "current" or "ahead" for the stage strip; a finished pair has passed every stage it reached. */
    public static String place(String stage, String status) {
        int at = STAGES.indexOf(status);
        int i = STAGES.indexOf(stage);
        if (at < 0) {
            return "COMPLETED".equals(status) ? "done" : "ahead";
        }
        return i < at ? "done" : i == at ? "current" : "ahead";
    }

    /** The category of a participant in Russian (registry's ParticipantKind); never the code. */
    public static String kind(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "TEACHER" -> "педагог";
            case "STUDENT" -> "обучающийся";
            case "PARENT" -> "родитель";
            case "PARTNER" -> "представитель организации-партнёра";
            default -> "иная категория";
        };
    }
}
