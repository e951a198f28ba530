package ru.mentoring.web.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import ru.mentoring.web.shell.DistrictTime;

/** Programme years (учебный год, by the year it starts: September of Y to August of Y + 1) the pages offer. */
public final class ProgrammeYears {

    static final int SHOWN = 5;

    private ProgrammeYears() {
    }

    public static int current(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(DistrictTime.ZONE));
        return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    }

    /** The current year and the four before it, newest first. */
    public static List<Integer> offered(Clock clock) {
        int current = current(clock);
        return IntStream.range(0, SHOWN).mapToObj(i -> current - i).toList();
    }

    /** The year asked for, or the current one. */
    public static int orCurrent(Integer asked, Clock clock) {
        return asked == null ? current(clock) : asked;
    }
}
