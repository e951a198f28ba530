package ru.mentoring.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The district's calendar. Schools live by Moscow time, and the machines running the platform often
 * by UTC: between 21:00 and 24:00 UTC it is already tomorrow in the district. Every "today" a person
 * sees or a rule checks (a pair's start, a consent's date, an export's name) is the district's.
 */
public final class DistrictTime {

    /** The district's time zone; a service may still override its own with a property. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private DistrictTime() {
    }

    /** The district's clock. */
    public static Clock clock() {
        return Clock.system(ZONE);
    }

    /** Today in the district. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
