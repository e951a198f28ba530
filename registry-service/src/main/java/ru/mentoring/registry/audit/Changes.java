package ru.mentoring.registry.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the fields that really changed; unchanged fields are not audit noise. */
public final class Changes {

    private final List<AuditChange> changes = new ArrayList<>();

    public static Changes of() {
        return new Changes();
    }

    public Changes field(String field, Object oldValue, Object newValue) {
        String before = text(oldValue);
        String after = text(newValue);
        if (!Objects.equals(before, after)) {
            changes.add(new AuditChange(field, before, after));
        }
        return this;
    }

    /** A value that is set for the first time (creation). */
    public Changes created(String field, Object value) {
        return field(field, null, value);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    List<AuditChange> list() {
        return List.copyOf(changes);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.isEmpty() ? null : s;
    }
}
