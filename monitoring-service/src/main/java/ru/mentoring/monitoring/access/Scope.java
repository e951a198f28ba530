package ru.mentoring.monitoring.access;

import ru.mentoring.platform.security.CallerScope;

/**
 * What an aggregate is computed over: the schools of one municipality, or one school
 * ({@code schoolCode} set). Built only by {@link Scopes} from the caller's token, never from a
 * request parameter alone.
 *
 * @param municipalityCode the municipality of a coordinator's or department viewer's read; null for a
 *                         school administrator's read, whose reach is their school alone
 * @param schoolCode       one school, or null for the whole municipality
 */
public record Scope(String municipalityCode, String schoolCode) {

    public boolean isSchool() {
        return schoolCode != null;
    }

    /** The same reach as the platform's caller scope: one school, or the schools of one municipality. */
    CallerScope reach() {
        return schoolCode != null ? new CallerScope.School(schoolCode, municipalityCode) : new CallerScope.Municipality(municipalityCode);
    }
}
