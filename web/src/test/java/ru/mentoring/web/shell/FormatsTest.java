package ru.mentoring.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats fmt = new Formats();

    @Test
    void datesAreDayMonthYearWithDots() {
        assertThat(fmt.date(LocalDate.of(2026, 12, 2))).isEqualTo("02.12.2026");
        // late evening UTC is already the next day in the district
        assertThat(fmt.date(OffsetDateTime.of(2026, 12, 1, 22, 30, 0, 0, ZoneOffset.UTC))).isEqualTo("02.12.2026");
        assertThat(fmt.date((LocalDate) null)).isEqualTo("—");
    }

    @Test
    void numbersHaveADecimalCommaAndSpacedThousands() {
        assertThat(fmt.number(0.73456, 3)).isEqualTo("0,735");
        assertThat(fmt.number(0.5, 3)).isEqualTo("0,5");
        assertThat(fmt.number(1234567.25, 2)).isEqualTo("1\u00a0234\u00a0567,25");
        assertThat(fmt.number(-0.25, 2)).isEqualTo("−0,25");
        assertThat(fmt.number(12, 0)).isEqualTo("12");
        assertThat(fmt.number(null, 3)).isEqualTo("—");
    }

    @Test
    void quartilesReadAsQ1ToQ4() {
        assertThat(fmt.quartile(1)).isEqualTo("Q1");
        assertThat(fmt.quartile(null)).isEqualTo("—");
    }
}
