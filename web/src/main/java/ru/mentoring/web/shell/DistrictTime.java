package ru.mentoring.web.shell;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The district's calendar for pages: the same zone as platform's {@code DistrictTime}, kept here
 * because the web application has no database and does not take the platform library. Machines run
 * on UTC; between 21:00 and 24:00 UTC it is already tomorrow in the district.
 */
public final class DistrictTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private DistrictTime() {
    }

    public static Clock clock() {
        return Clock.system(ZONE);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
