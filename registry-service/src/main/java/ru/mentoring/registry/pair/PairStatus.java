package ru.mentoring.registry.pair;

import java.util.EnumSet;
import java.util.Set;

/**
 * The stages of seed 001 (6.2.3: подготовительный → проектировочный → реализационный →
 * рефлексивно-аналитический → результативный), passed forward one at a time, then the end: completed
 * after the last stage, or terminated at any stage with a reason.
 */
public enum PairStatus {

    PREPARATORY("подготовительный"),
    DESIGN("проектировочный"),
    IMPLEMENTATION("реализационный"),
    REFLECTIVE_ANALYTICAL("рефлексивно-аналитический"),
    RESULTATIVE("результативный"),
    COMPLETED("завершена"),
    TERMINATED("прекращена");

    public static final Set<PairStatus> ACTIVE = EnumSet.range(PREPARATORY, RESULTATIVE);

    /** {@link #ACTIVE} as SQL literals for {@code status in (...)} in plain-SQL queries. */
    public static final String ACTIVE_SQL_LIST = String.join(",", ACTIVE.stream().map(s -> "'" + s.name() + "'").toList());

    private final String label;

    PairStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    /** The stage after this one; the last stage is followed by completion; an end has no next. */
    PairStatus next() {
        return switch (this) {
            case PREPARATORY -> DESIGN;
            case DESIGN -> IMPLEMENTATION;
            case IMPLEMENTATION -> REFLECTIVE_ANALYTICAL;
            case REFLECTIVE_ANALYTICAL -> RESULTATIVE;
            case RESULTATIVE -> COMPLETED;
            case COMPLETED, TERMINATED -> null;
        };
    }
}
